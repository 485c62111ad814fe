package org.paperkg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The page of a paper: title, authors, date, identifiers, abstract, every link with its evidence and confidence, and
 * the results it states ({@link PaperResults}).
 */
final class PaperPage {

    private final LocalSparql sparql;

    PaperPage(LocalSparql sparql) {
        this.sparql = sparql;
    }

    /** Writes the page; false when the store has no paper with that IRI. */
    boolean write(String path, HttpServletResponse resp) throws IOException {
        String iri = ResourcePaths.iri(path);
        Map<String, RDFNode> b = Map.of("paper", ResourceFactory.createResource(iri));
        List<QuerySolution> meta = sparql.select("""
                SELECT ?p ?o ?name WHERE {
                  GRAPH ?paper {
                    ?paper ?p ?o .
                    FILTER (?p IN (dcterms:title, dcterms:issued, dcterms:abstract, dcterms:creator, pkg:arxivId, pkg:doi,
                                   pkg:venue, pkg:category, foaf:page))
                    OPTIONAL { ?o foaf:name ?name }
                  }
                }""", b);
        if (meta.isEmpty()) {
            return false;
        }
        Map<String, Set<String>> v = new LinkedHashMap<>();
        Map<String, String> authors = new LinkedHashMap<>();
        for (QuerySolution r : meta) {
            String p = TermText.words(TermText.text(r, "p"));
            if (p.equals("creator")) {
                authors.put(TermText.text(r, "o"), r.contains("name") ? TermText.text(r, "name") : TermText.text(r, "o"));
            } else {
                v.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(TermText.text(r, "o"));
            }
        }
        String title = first(v, "title");
        PageWriter page = PageWriter.start(resp, title);
        page.html("<p class=\"muted\"><span class=\"tag\">paper</span>").text(first(v, "issued")).html("</p>");
        page.html("<h1 class=\"paper-title\">").text(title).html("</h1><p class=\"authors\">");
        boolean firstAuthor = true;
        for (Map.Entry<String, String> a : authors.entrySet()) {
            page.html(firstAuthor ? "" : ", ").html("<a href=\"" + PageWriter.esc(ResourcePaths.page(a.getKey())) + "\">")
                    .text(a.getValue()).html("</a>");
            firstAuthor = false;
        }
        page.html("</p><p>");
        String arxiv = first(v, "arxiv id");
        if (!arxiv.isEmpty()) {
            page.html("arXiv <a href=\"https://arxiv.org/abs/" + PageWriter.esc(arxiv) + "\">").text(arxiv).html("</a> ");
        }
        String doi = first(v, "doi");
        if (!doi.isEmpty()) {
            page.html("DOI <a href=\"https://doi.org/" + PageWriter.esc(doi) + "\">").text(doi).html("</a> ");
        }
        String venue = first(v, "venue");
        if (!venue.isEmpty()) {
            page.html("<span class=\"muted\">").text(venue).html("</span> ");
        }
        for (String c : v.getOrDefault("category", Set.of())) {
            page.html("<span class=\"tag\">").text(c).html("</span>");
        }
        page.html("</p>");
        String abs = first(v, "abstract");
        if (!abs.isEmpty()) {
            page.html("<section><h2>Abstract</h2><p>").text(abs).html("</p></section>");
        }
        writeLinks(page, b);
        new PaperResults(sparql).write(page, b);
        page.end(path);
        return true;
    }

    private void writeLinks(PageWriter page, Map<String, RDFNode> b) {
        List<QuerySolution> rows = sparql.select("""
                SELECT ?rel ?entity ?label ?evidence ?rule ?confidence ?st WHERE {
                  VALUES ?rel { %s }
                  GRAPH ?paper {
                    ?paper ?rel ?entity .
                    ?entity skos:prefLabel ?label .
                    OPTIONAL { ?st rdf:subject ?paper ; rdf:predicate ?rel ; rdf:object ?entity .
                               OPTIONAL { ?st pkg:evidence ?evidence } OPTIONAL { ?st pkg:rule ?rule }
                               OPTIONAL { ?st pkg:confidence ?confidence } }
                  }
                } ORDER BY ?rel DESC(?confidence) ?label""".formatted(TermText.RELATIONS), b);
        page.html("<section><h2>Methods, tasks and datasets</h2><table class=\"links\"><tr><th>Link</th><th>Entity</th>"
                + "<th>Evidence</th><th>Confidence</th></tr>");
        for (QuerySolution r : rows) {
            String label = TermText.text(r, "label");
            page.html("<tr><td>").text(TermText.words(TermText.text(r, "rel"))).html("</td><td>")
                    .html(TermText.link(r, "entity", label)).html("</td><td>")
                    .html(Highlighter.mark(TermText.text(r, "evidence"), List.of(label)));
            if (r.contains("rule")) {
                page.html("<br><span class=\"muted\">rule <code>").text(TermText.text(r, "rule")).html("</code></span>");
            }
            page.html("</td><td>").text(TermText.text(r, "confidence"));
            if (r.contains("st")) {
                page.html(" <a class=\"muted\" href=\"" + PageWriter.esc(ResourcePaths.page(TermText.text(r, "st")))
                        + "\" title=\"the statement\">&#8599;</a>");
            }
            page.html("</td></tr>");
        }
        if (rows.isEmpty()) {
            page.html("<tr><td colspan=\"4\" class=\"muted\">No method, task or dataset was found in this paper.</td></tr>");
        }
        page.html("</table></section>");
    }

    private static String first(Map<String, Set<String>> v, String key) {
        Set<String> s = v.get(key);
        return s == null || s.isEmpty() ? "" : s.iterator().next();
    }
}
