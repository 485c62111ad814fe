package org.paperkg.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** The page of an author: the name, the papers, and the methods, tasks and datasets of those papers. */
final class AuthorPage {

    private final LocalSparql sparql;

    AuthorPage(LocalSparql sparql) {
        this.sparql = sparql;
    }

    /** Writes the page; false when no paper has this author. */
    boolean write(String path, HttpServletResponse resp) throws IOException {
        Map<String, RDFNode> b = Map.of("a", ResourceFactory.createResource(ResourcePaths.iri(path)));
        List<QuerySolution> papers = sparql.select("""
                SELECT ?name ?paper ?title ?issued WHERE {
                  ?paper dcterms:creator ?a ; dcterms:title ?title .
                  OPTIONAL { ?a foaf:name ?name }
                  OPTIONAL { ?paper dcterms:issued ?issued }
                } ORDER BY DESC(STR(?issued)) ?paper LIMIT 500""", b);
        if (papers.isEmpty()) {
            return false;
        }
        String name = TermText.text(papers.get(0), "name");
        PageWriter p = PageWriter.start(resp, name);
        p.html("<p class=\"muted\"><span class=\"tag\">author</span></p><h1>").text(name).html("</h1>");
        p.html("<section><h2>Papers</h2><table class=\"papers\"><tr><th>Paper</th><th>Date</th></tr>");
        String last = null;
        for (QuerySolution r : papers) {
            String paper = TermText.text(r, "paper");
            if (!paper.equals(last)) {
                p.html("<tr><td>").html(TermText.link(r, "paper", TermText.text(r, "title"))).html("</td><td class=\"date\">")
                        .text(TermText.text(r, "issued")).html("</td></tr>");
            }
            last = paper;
        }
        p.html("</table></section>");
        List<QuerySolution> entities = sparql.select("""
                SELECT ?e ?type ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
                  VALUES ?rel { %s }
                  ?paper dcterms:creator ?a ; ?rel ?e .
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> { ?e a ?type ; skos:prefLabel ?label }
                  FILTER (?type IN (pkg:Method, pkg:Task, pkg:Dataset))
                } GROUP BY ?e ?type ?label ORDER BY DESC(?papers) ?label LIMIT 40""".formatted(TermText.RELATIONS), b);
        p.html("<section><h2>Methods, tasks and datasets in these papers</h2><p>");
        for (QuerySolution r : entities) {
            p.html("<span class=\"tag\">").text(TermText.words(TermText.text(r, "type"))).html("</span>")
                    .html(TermText.link(r, "e", TermText.text(r, "label"))).html(" <span class=\"muted\">(")
                    .text(TermText.text(r, "papers")).html(")</span> &nbsp; ");
        }
        p.html("</p></section>");
        p.end(path);
        return true;
    }
}
