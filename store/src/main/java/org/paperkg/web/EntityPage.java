package org.paperkg.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The page of a method, task or dataset: its names, type and support, papers per year, the entities it meets in the
 * same papers, and its papers with the evidence sentence, the name marked.
 */
final class EntityPage {

    /** Paper links listed on one page; the chart and counts cover all of them, the rest are a link away. */
    static final int PAPER_LIMIT = 200;

    private final LocalSparql sparql;

    EntityPage(LocalSparql sparql) {
        this.sparql = sparql;
    }

    /**
     * Writes the page, its paper list starting at the {@code offset}-th link (newest first); false when the store
     * knows no entity with that IRI.
     */
    boolean write(String path, int offset, HttpServletResponse resp) throws IOException {
        String iri = ResourcePaths.iri(path);
        Map<String, RDFNode> e = Map.of("e", ResourceFactory.createResource(iri));
        List<QuerySolution> about = sparql.select("""
                SELECT ?type ?label ?alt ?support WHERE {
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                    ?e skos:prefLabel ?label ; a ?type .
                    FILTER (?type IN (pkg:Method, pkg:Task, pkg:Dataset))
                    OPTIONAL { ?e pkg:support ?support }
                    OPTIONAL { ?e skos:altLabel ?alt }
                  }
                }""", e);
        if (about.isEmpty()) {
            return false;
        }
        String label = TermText.text(about.get(0), "label");
        String type = TermText.words(TermText.text(about.get(0), "type"));
        Set<String> names = new LinkedHashSet<>();
        names.add(label);
        about.forEach(r -> {
            if (r.contains("alt")) {
                names.add(TermText.text(r, "alt"));
            }
        });
        PageWriter p = PageWriter.start(resp, label);
        p.html("<p class=\"muted\"><span class=\"tag\">" + PageWriter.esc(type) + "</span>")
                .text("linked from " + TermText.text(about.get(0), "support") + " paper(s)").html("</p>");
        p.html("<h1 class=\"entity-name\">").text(label).html("</h1>");
        if (names.size() > 1) {
            p.html("<p>Also named: ");
            p.text(String.join(" · ", names.stream().skip(1).toList())).html("</p>");
        }
        writeChart(p, e, label);
        writeCooccurring(p, e);
        writePapers(p, path, e, names, Math.max(0, offset));
        p.end(path);
        return true;
    }

    private void writeChart(PageWriter p, Map<String, RDFNode> e, String label) {
        List<QuerySolution> rows = sparql.select("""
                SELECT ?year (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
                  VALUES ?rel { %s }
                  ?paper ?rel ?e .
                  OPTIONAL { ?paper dcterms:issued ?issued }
                  BIND (COALESCE(SUBSTR(STR(?issued), 1, 4), "undated") AS ?year)
                } GROUP BY ?year""".formatted(TermText.RELATIONS), e);
        SortedMap<Integer, Long> perYear = new TreeMap<>();
        long undated = 0;
        for (QuerySolution r : rows) {
            long n = r.getLiteral("papers").getLong();
            String y = TermText.text(r, "year");
            if (y.matches("\\d{4}")) {
                perYear.put(Integer.parseInt(y), n);
            } else {
                undated += n;
            }
        }
        p.html("<section><h2>Papers per year</h2>").html(YearChart.svg(perYear, "Papers per year linking to " + label));
        if (undated > 0) {
            p.html("<p class=\"muted\">").text(undated + " paper(s) have no date and are not in the chart.").html("</p>");
        }
        p.html("</section>");
    }

    private void writeCooccurring(PageWriter p, Map<String, RDFNode> e) {
        List<QuerySolution> rows = sparql.select("""
                SELECT ?other ?type ?label ?papers WHERE {
                  # Counted per entity first, labels after: the labels of the top 300 only.
                  { SELECT ?other (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
                      VALUES ?rel { %1$s }
                      VALUES ?rel2 { %1$s }
                      GRAPH ?paper { ?paper ?rel ?e ; ?rel2 ?other }
                      FILTER (?other != ?e)
                    } GROUP BY ?other ORDER BY DESC(?papers) LIMIT 300 }
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> { ?other a ?type ; skos:prefLabel ?label }
                  FILTER (?type IN (pkg:Method, pkg:Task, pkg:Dataset))
                } ORDER BY DESC(?papers) ?label""".formatted(TermText.RELATIONS), e);
        Map<String, List<QuerySolution>> byType = new LinkedHashMap<>();
        for (String t : List.of("task", "method", "dataset")) {
            byType.put(t, new ArrayList<>());
        }
        for (QuerySolution r : rows) {
            List<QuerySolution> l = byType.get(TermText.words(TermText.text(r, "type")));
            if (l != null && l.size() < 12) {
                l.add(r);
            }
        }
        p.html("<section><h2>Seen in the same papers</h2><table class=\"cooccurring\"><tr><th>Tasks</th><th>Methods</th>"
                + "<th>Datasets</th></tr><tr>");
        for (List<QuerySolution> l : byType.values()) {
            p.html("<td>");
            if (l.isEmpty()) {
                p.html("<span class=\"muted\">none</span>");
            }
            for (QuerySolution r : l) {
                p.html(TermText.link(r, "other", TermText.text(r, "label"))).html(" <span class=\"muted\">(")
                        .text(TermText.text(r, "papers")).html(")</span><br>");
            }
            p.html("</td>");
        }
        p.html("</tr></table></section>");
    }

    private void writePapers(PageWriter p, String path, Map<String, RDFNode> e, Set<String> names, int offset) {
        List<QuerySolution> rows = sparql.select("""
                SELECT ?paper ?title ?issued ?rel ?evidence ?confidence WHERE {
                  VALUES ?rel { %s }
                  GRAPH ?paper {
                    ?paper ?rel ?e ; dcterms:title ?title .
                    OPTIONAL { ?paper dcterms:issued ?issued }
                    OPTIONAL { ?st rdf:subject ?paper ; rdf:predicate ?rel ; rdf:object ?e ; pkg:evidence ?evidence .
                               OPTIONAL { ?st pkg:confidence ?confidence } }
                  }
                } ORDER BY DESC(STR(?issued)) ?paper ?rel OFFSET %d LIMIT %d""".formatted(TermText.RELATIONS, offset, PAPER_LIMIT + 1), e);
        boolean more = rows.size() > PAPER_LIMIT;
        if (more) {
            rows = rows.subList(0, PAPER_LIMIT);
        }
        p.html("<section><h2>Papers</h2>");
        if (offset > 0 || more) {
            p.html("<p class=\"muted pager\">").text("Links " + (offset + 1) + " to " + (offset + rows.size()) + ", newest first. ");
            if (offset > 0) {
                p.html("<a href=\"/page/" + PageWriter.esc(path) + "?offset=" + Math.max(0, offset - PAPER_LIMIT) + "\">newer</a> ");
            }
            if (more) {
                p.html("<a class=\"older\" href=\"/page/" + PageWriter.esc(path) + "?offset=" + (offset + PAPER_LIMIT) + "\">older</a>");
            }
            p.html("</p>");
        }
        p.html("<table class=\"papers\"><tr><th>Paper</th><th>Date</th><th>Link</th><th>Evidence</th></tr>");
        for (QuerySolution r : rows) {
            p.html("<tr><td>").html(TermText.link(r, "paper", TermText.text(r, "title"))).html("</td><td class=\"date\">")
                    .text(TermText.text(r, "issued")).html("</td><td>").text(TermText.words(TermText.text(r, "rel")));
            if (r.contains("confidence")) {
                p.html("<br><span class=\"muted\">confidence ").text(TermText.text(r, "confidence")).html("</span>");
            }
            p.html("</td><td>").html(Highlighter.mark(TermText.text(r, "evidence"), names)).html("</td></tr>");
        }
        p.html("</table></section>");
    }
}
