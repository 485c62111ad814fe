package org.paperkg.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The live part of the landing page: a search box, the counts of papers, methods, tasks, datasets and links (the VoID
 * figures the load writes), and the most linked entities of each class.
 */
public final class HomeSummary {

    private final LocalSparql sparql;

    public HomeSummary(Supplier<DatasetGraph> dataset) {
        this.sparql = new LocalSparql(dataset);
    }

    /** The HTML of the summary. */
    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<form class=\"big-search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
                + "placeholder=\"A method, task, dataset, paper title or arXiv id\" aria-label=\"Search\"> "
                + "<button type=\"submit\">Search</button></form>");
        List<QuerySolution> counts = sparql.select("""
                SELECT ?class ?n WHERE {
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                    <https://w3id.org/paperkg/resource/statistics> void:classPartition [ void:class ?class ; void:entities ?n ] .
                  }
                }""", Map.of());
        List<QuerySolution> links = sparql.select("""
                SELECT (SUM(?t) AS ?n) WHERE {
                  VALUES ?r { %s }
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                    <https://w3id.org/paperkg/resource/statistics> void:propertyPartition [ void:property ?r ; void:triples ?t ] .
                  }
                }""".formatted(TermText.RELATIONS), Map.of());
        h.append("<div class=\"counts\">");
        for (String c : List.of("Paper", "Method", "Task", "Dataset")) {
            String n = counts.stream().filter(r -> TermText.text(r, "class").endsWith("#" + c)).map(r -> TermText.text(r, "n"))
                    .findFirst().orElse("0");
            h.append("<div class=\"count\" id=\"count-").append(c.toLowerCase(java.util.Locale.ROOT)).append("\"><b>")
                    .append(PageWriter.esc(n)).append("</b>").append(c.toLowerCase(java.util.Locale.ROOT)).append("s</div>");
        }
        String l = links.isEmpty() || !links.get(0).contains("n") ? "0" : TermText.text(links.get(0), "n");
        h.append("<div class=\"count\" id=\"count-links\"><b>").append(PageWriter.esc(l)).append("</b>links</div></div>");
        h.append("<h2>Most linked</h2><div class=\"columns\">");
        for (String c : List.of("Task", "Method", "Dataset")) {
            List<QuerySolution> top = sparql.select("""
                    SELECT ?e ?label ?support WHERE {
                      GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                        ?e pkg:supportRank ?rank ; a pkg:%s ; skos:prefLabel ?label ; pkg:support ?support .
                      }
                    } ORDER BY DESC(?support) ?label LIMIT 10""".formatted(c), Map.of());
            h.append("<section class=\"top\"><h2>").append(c).append("s</h2><ol>");
            for (QuerySolution r : top) {
                h.append("<li>").append(TermText.link(r, "e", TermText.text(r, "label"))).append(" <span class=\"muted\">(")
                        .append(PageWriter.esc(TermText.text(r, "support"))).append(")</span></li>");
            }
            h.append("</ol></section>");
        }
        h.append("</div>");
        return h.toString();
    }
}
