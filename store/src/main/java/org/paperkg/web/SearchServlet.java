package org.paperkg.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.paperkg.queries.NameResolver;
import org.paperkg.queries.UnknownNameException;

/**
 * {@code /search?q=...}: the entity or paper the words name exactly (any case, hyphen or space, singular or plural;
 * arXiv id, DOI or IRI for papers), then full-text matches (jena-text) among entity names and paper titles, and the
 * closest names when nothing matches.
 */
final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient LocalSparql sparql;

    SearchServlet(LocalSparql sparql) {
        this.sparql = sparql;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        PageWriter p = PageWriter.start(resp, q.isEmpty() ? "Search" : "Search: " + q);
        p.html("<h1>Search</h1><form class=\"big-search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" "
                + "value=\"" + PageWriter.esc(q) + "\" placeholder=\"time-series forecasting, LoRA, 2401.00001 ...\" autofocus> "
                + "<button type=\"submit\">Search</button></form>");
        if (q.isEmpty()) {
            p.html("<p class=\"muted\">Type the name of a method, task or dataset (any case, with hyphens or spaces, "
                    + "singular or plural), words of a paper title, or a paper's arXiv id or DOI.</p>");
            p.end(null);
            return;
        }
        NameResolver resolver = new NameResolver(sparql::rows);
        List<String> closest = List.of();
        NameResolver.Match exact = null;
        try {
            exact = resolver.entity("q", q, null);
        } catch (UnknownNameException e) {
            closest = e.suggestions();
        }
        NameResolver.Match paper = null;
        try {
            paper = resolver.paper("q", q);
        } catch (UnknownNameException e) {
            // words of a title, not a whole one: the title matches below
        }
        for (NameResolver.Match m : new NameResolver.Match[] {exact, paper}) {
            if (m != null) {
                p.html("<section class=\"exact\"><span class=\"tag\">").text(m.type().toLowerCase(java.util.Locale.ROOT))
                        .html("</span><a href=\"" + PageWriter.esc(ResourcePaths.page(m.iri())) + "\"><b>").text(m.label())
                        .html("</b></a></section>");
            }
        }
        String words = NameResolver.luceneWords(q);
        List<QuerySolution> entities = words.isEmpty() ? List.of() : sparql.select("""
                SELECT ?e ?type ?label ?support WHERE {
                  { SELECT ?e (MAX(?score) AS ?best) WHERE { (?e ?score) text:query (skos:prefLabel ?q 100) } GROUP BY ?e }
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                    ?e a ?type ; skos:prefLabel ?label . OPTIONAL { ?e pkg:support ?support }
                  }
                  FILTER (?type IN (pkg:Method, pkg:Task, pkg:Dataset))
                } ORDER BY DESC(?best) DESC(?support) LIMIT 30""", Map.of("q", ResourceFactory.createStringLiteral(words)));
        List<QuerySolution> papers = words.isEmpty() ? List.of() : sparql.select("""
                SELECT ?paper ?title ?issued WHERE {
                  { SELECT ?paper (MAX(?score) AS ?best) WHERE { (?paper ?score) text:query (dcterms:title ?q 30) } GROUP BY ?paper }
                  ?paper a pkg:Paper ; dcterms:title ?title . OPTIONAL { ?paper dcterms:issued ?issued }
                } ORDER BY DESC(?best) ?paper""", Map.of("q", ResourceFactory.createStringLiteral(words)));
        p.html("<div class=\"columns\"><section><h2>Methods, tasks and datasets</h2><table class=\"entity-hits\">");
        for (QuerySolution r : entities) {
            p.html("<tr><td><span class=\"tag\">").text(TermText.words(TermText.text(r, "type"))).html("</span>")
                    .html(TermText.link(r, "e", TermText.text(r, "label"))).html("</td><td class=\"muted\">")
                    .text(TermText.text(r, "support") + ("1".equals(TermText.text(r, "support")) ? " paper" : " papers")).html("</td></tr>");
        }
        if (entities.isEmpty()) {
            p.html("<tr><td class=\"muted\">No name matches.</td></tr>");
        }
        p.html("</table></section><section><h2>Papers</h2><table class=\"paper-hits\">");
        for (QuerySolution r : papers) {
            p.html("<tr><td>").html(TermText.link(r, "paper", TermText.text(r, "title"))).html("</td><td class=\"muted date\">")
                    .text(TermText.text(r, "issued")).html("</td></tr>");
        }
        if (papers.isEmpty()) {
            p.html("<tr><td class=\"muted\">No title matches.</td></tr>");
        }
        p.html("</table></section></div>");
        if (exact == null && paper == null && entities.isEmpty() && papers.isEmpty()) {
            p.html("<p>Nothing matches <b>").text(q).html("</b>.");
            if (!closest.isEmpty()) {
                p.html(" Closest names: ");
                for (String c : closest) {
                    p.html("<a href=\"/search?q=" + PageWriter.esc(java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8))
                            + "\">").text(c).html("</a> ");
                }
            }
            p.html("</p>");
        }
        p.end(null);
    }
}
