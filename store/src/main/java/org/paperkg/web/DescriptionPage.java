package org.paperkg.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** The page of any other resource (a statement, the statistics): its properties and values, linked. */
final class DescriptionPage {

    private final LocalSparql sparql;

    DescriptionPage(LocalSparql sparql) {
        this.sparql = sparql;
    }

    /** Writes the page; false when the store says nothing about the resource. */
    boolean write(String path, HttpServletResponse resp) throws IOException {
        Map<String, RDFNode> b = Map.of("s", ResourceFactory.createResource(ResourcePaths.iri(path)));
        List<QuerySolution> rows = sparql.select("""
                SELECT DISTINCT ?p ?o ?label WHERE {
                  ?s ?p ?o .
                  OPTIONAL { ?o skos:prefLabel|dcterms:title|foaf:name ?label }
                } ORDER BY ?p ?o LIMIT 1000""", b);
        if (rows.isEmpty()) {
            return false;
        }
        String kind = ResourcePaths.kind(path);
        PageWriter p = PageWriter.start(resp, kind + " " + path.substring(kind.length()).replaceFirst("^/", ""));
        p.html("<p class=\"muted\"><span class=\"tag\">").text(kind).html("</span></p><h1>").text(path).html("</h1>");
        p.html("<section><table class=\"description\"><tr><th>Property</th><th>Value</th></tr>");
        for (QuerySolution r : rows) {
            p.html("<tr><td>").text(TermText.words(TermText.text(r, "p"))).html("</td><td>");
            RDFNode o = r.get("o");
            if (o.isURIResource()) {
                p.html(TermText.link(r, "o", r.contains("label") ? TermText.text(r, "label") : o.toString()));
            } else {
                p.text(TermText.text(r, "o"));
            }
            p.html("</td></tr>");
        }
        p.html("</table></section>");
        p.end(path);
        return true;
    }
}
