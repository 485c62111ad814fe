package org.paperkg.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The results section of a paper's page: per result the metric and value, what it is measured on (the dataset with
 * the split or release the sentence names, {@link MeasuredOn}), the method, and the evidence sentence.
 */
final class PaperResults {

    private final LocalSparql sparql;

    PaperResults(LocalSparql sparql) {
        this.sparql = sparql;
    }

    /** Writes the section; nothing when the paper states no result. */
    void write(PageWriter page, Map<String, RDFNode> paper) {
        List<QuerySolution> rows = sparql.select("""
                SELECT ?metricLabel ?value ?unit ?improvement ?baseline ?d ?datasetLabel ?datasetAsWritten ?split
                       ?method ?methodLabel ?evidence ?charStart WHERE {
                  GRAPH ?paper {
                    ?paper pkg:reportsResult ?r .
                    ?r pkg:metric ?m ; pkg:value ?value ; pkg:isImprovement ?improvement ; pkg:isBaseline ?baseline ;
                       pkg:onDataset ?d .
                    ?m skos:prefLabel ?metricLabel .
                    ?d skos:prefLabel ?datasetLabel .
                    OPTIONAL { ?r pkg:unit ?unit }
                    OPTIONAL { ?r pkg:datasetAsWritten ?datasetAsWritten }
                    OPTIONAL { ?r pkg:evaluationSplit ?split }
                    OPTIONAL { ?r pkg:forMethod ?method . ?method skos:prefLabel ?methodLabel }
                    OPTIONAL { ?st rdf:subject ?paper ; rdf:predicate pkg:reportsResult ; rdf:object ?r ;
                                   pkg:evidence ?evidence ; pkg:charStart ?charStart }
                  }
                } ORDER BY ?charStart ?metricLabel ?value""", paper);
        if (rows.isEmpty()) {
            return;
        }
        page.html("<section><h2>Results</h2><table class=\"results\"><tr><th>Metric</th><th>Value</th>"
                + "<th>Measured on</th><th>Method</th><th>Evidence</th></tr>");
        for (QuerySolution r : rows) {
            String value = new ScoreText(TermText.text(r, "value"), TermText.text(r, "unit")).text();
            if (TermText.text(r, "improvement").equals("true")) {
                value += " (improvement)";
            }
            MeasuredOn on = new MeasuredOn(TermText.text(r, "datasetLabel"), TermText.text(r, "datasetAsWritten"),
                    TermText.text(r, "split"));
            String method = TermText.text(r, "methodLabel");
            ResultOwner owner = new ResultOwner(method, TermText.text(r, "baseline").equals("true"));
            page.html("<tr><td>").text(TermText.text(r, "metricLabel")).html("</td><td>").text(value)
                    .html("</td><td>").html(TermText.link(r, "d", on.text())).html("</td><td>");
            if (owner.unnamed()) {
                page.html("<span class=\"muted\">").text(owner.text()).html("</span>");
            } else {
                page.html(TermText.link(r, "method", method))
                        .html(owner.baseline() ? " <span class=\"muted\">(baseline)</span>" : "");
            }
            page.html("</td><td>").text(TermText.text(r, "evidence")).html("</td></tr>");
        }
        page.html("</table></section>");
    }
}
