package org.paperkg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.paperkg.queries.QueryParameter;
import org.paperkg.queries.SavedQuery;

/** The landing page: the endpoints, the dump links, and every saved query with its description and parameters. */
public final class LandingPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final List<SavedQuery> queries;
    private final String service;
    private final boolean writable;
    private final transient org.paperkg.web.HomeSummary summary;

    /** Extra sections after the endpoints (the leaderboards), given the base URL. */
    private final transient java.util.function.UnaryOperator<String> sections;

    public LandingPageServlet(List<SavedQuery> queries, String service, boolean writable,
                              org.paperkg.web.HomeSummary summary, java.util.function.UnaryOperator<String> sections) {
        this.queries = List.copyOf(queries);
        this.service = service;
        this.writable = writable;
        this.summary = summary;
        this.sections = sections;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = ServerUrls.base(req);
        String sparql = base + "/" + service + "/sparql";
        resp.setContentType("text/html; charset=utf-8");
        PrintWriter w = resp.getWriter();
        w.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>paperkg</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"/assets/paperkg.css\"></head><body>");
        w.println("<header><a class=\"brand\" href=\"/\">paperkg</a><a href=\"/search\">Search</a>"
                + "<a href=\"/queries\">Saved queries</a><a href=\"/query\">SPARQL</a></header><main>");
        w.println("<h1>paperkg</h1><p>A knowledge graph of machine-learning papers: the methods, tasks and datasets each "
                + "paper proposes, uses or addresses, with the evidence for every link.</p>");
        w.println(summary.html());
        w.println("<h2>Endpoints</h2><table>");
        row(w, "SPARQL query UI", base + "/query");
        endpoint(w, "SPARQL query (GET or POST, public, read-only)", sparql);
        endpoint(w, "Graph Store Protocol, read-only", base + "/" + service + "/get");
        if (writable) {
            endpoint(w, "SPARQL update (basic auth)", base + "/" + service + "/update");
            endpoint(w, "Graph Store Protocol, read-write (basic auth)", base + "/" + service + "/data");
        }
        row(w, "VoID description", base + "/void");
        w.println("</table>");
        w.println("<p>The default graph of queries is the union of all graphs: one named graph per paper (named by the "
                + "paper IRI), <code>" + esc(org.paperkg.rdf.PKG.ENTITIES_GRAPH) + "</code> (entities with support) and <code>"
                + esc(org.paperkg.rdf.PKG.ONTOLOGY_GRAPH) + "</code>. Over the Graph Store Protocol ask for one graph with "
                + "<code>?graph=IRI</code>; <code>?default</code> is the stored default graph, which is empty.</p>");
        if (!writable) {
            w.println("<p>This server is read-only.</p>");
        }
        w.println(sections.apply(base));
        w.println("<h2>Dump</h2><p>The whole graph, gzip-compressed:</p><ul>");
        for (String[] d : new String[][] {{"nq", "N-Quads (one named graph per paper)"}, {"trig", "TriG"},
                {"ttl", "Turtle (union of all graphs)"}}) {
            String url = base + "/dump/" + DumpServlet.NAME + "." + d[0] + ".gz";
            w.println("<li><a href=\"" + esc(url) + "\">" + esc(DumpServlet.NAME + "." + d[0] + ".gz") + "</a> &mdash; " + d[1] + "</li>");
        }
        w.println("</ul>");
        w.println("<h2>Saved queries</h2><p>Run them with <code>./paperkg query NAME --endpoint " + esc(sparql)
                + " [--param name=value]</code>, or open one as a <a href=\"/queries\">form</a> and change its parameters.</p><dl>");
        for (SavedQuery q : queries) {
            w.println("<dt id=\"" + esc(q.name()) + "\">" + esc(q.title()) + " <small>(<code>" + esc(q.name()) + "</code>, <a href=\"/queries/"
                    + esc(q.name()) + "\">run</a>)</small></dt>");
            w.println("<dd>" + esc(q.description()));
            if (!q.parameters().isEmpty()) {
                w.println("<br>Parameters:<ul>");
                for (QueryParameter p : q.parameters()) {
                    w.println("<li><code>" + esc(p.name()) + "</code> (" + esc(p.type()) + ", default <code>"
                            + esc(p.defaultValue()) + "</code>) " + esc(p.description()) + "</li>");
                }
                w.println("</ul>");
            }
            w.println("<details><summary>SPARQL</summary><pre>" + esc(q.text()) + "</pre></details></dd>");
        }
        w.println("</dl></main></body></html>");
    }

    /** A protocol endpoint: shown, not linked (a bare GET answers an error or the whole store). */
    private static void endpoint(PrintWriter w, String what, String url) {
        w.println("<tr><td>" + esc(what) + "</td><td><code>" + esc(url) + "</code></td></tr>");
    }

    private static void row(PrintWriter w, String what, String url) {
        w.println("<tr><td>" + esc(what) + "</td><td><a href=\"" + esc(url) + "\"><code>" + esc(url) + "</code></a></td></tr>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
