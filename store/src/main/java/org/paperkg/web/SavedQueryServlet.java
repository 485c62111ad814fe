package org.paperkg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.queries.QueryException;
import org.paperkg.queries.QueryParameter;
import org.paperkg.queries.QueryRunner;
import org.paperkg.queries.SavedQuery;
import org.paperkg.queries.UnknownNameException;

/**
 * The saved queries in the browser: {@code /queries} lists them, {@code /queries/NAME} is a form with the query's
 * parameters whose answer is an HTML table, with the same answer as CSV or JSON ({@code &format=csv|json}).
 */
final class SavedQueryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient LocalSparql sparql;
    private final transient List<SavedQuery> queries;

    SavedQueryServlet(LocalSparql sparql, List<SavedQuery> queries) {
        this.sparql = sparql;
        this.queries = List.copyOf(queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            list(resp);
            return;
        }
        SavedQuery q = queries.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        if (q == null) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            PageWriter p = PageWriter.start(resp, "No such query");
            p.html("<h1>No such query</h1><p>").text("There is no saved query " + name + ".")
                    .html(" The <a href=\"/queries\">saved queries</a> are listed here.</p>");
            p.end(null);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (QueryParameter param : q.parameters()) {
            String v = req.getParameter(param.name());
            values.put(param.name(), v == null ? param.defaultValue() : v);
            if (v != null) {
                given.put(param.name(), v);
            }
        }
        String format = req.getParameter("format");
        ResultSetRewindable rs = null;
        QueryException error = null;
        try {
            rs = QueryRunner.local(sparql.dataset()).withTimeout(LocalSparql.TIMEOUT_SECONDS * 1000).select(q, given);
        } catch (QueryException e) {
            error = e;
        }
        if (rs != null && ("csv".equals(format) || "json".equals(format))) {
            resp.setContentType("csv".equals(format) ? "text/csv; charset=utf-8" : "application/sparql-results+json");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + q.name() + "." + format + "\"");
            try (OutputStream out = resp.getOutputStream()) {
                QueryRunner.write(rs, format, out);
            }
            return;
        }
        PageWriter p = PageWriter.start(resp, q.title());
        p.html("<p class=\"muted\"><a href=\"/queries\">Saved queries</a> / <code>").text(q.name()).html("</code></p>");
        p.html("<h1>").text(q.title()).html("</h1><p>").text(q.description()).html("</p>");
        form(p, q, values);
        if (error != null) {
            writeError(p, q, values, error);
        } else {
            table(p, q, values, rs);
        }
        p.html("<details><summary>SPARQL</summary><pre>").text(q.text()).html("</pre></details>");
        p.end(null);
    }

    private void list(HttpServletResponse resp) throws IOException {
        PageWriter p = PageWriter.start(resp, "Saved queries");
        p.html("<h1>Saved queries</h1><p>Each is a form: change its parameters and run it; the answer is a table you can "
                + "also download as CSV or JSON. The same queries run from the command line with "
                + "<code>paperkg query NAME -p name=value</code>.</p>");
        for (SavedQuery q : queries) {
            p.html("<section id=\"" + PageWriter.esc(q.name()) + "\"><h2><a href=\"/queries/" + PageWriter.esc(q.name()) + "\">")
                    .text(q.title()).html("</a> <small class=\"muted\"><code>").text(q.name()).html("</code></small></h2><p>")
                    .text(q.description()).html("</p>");
            form(p, q, Map.of());
            p.html("</section>");
        }
        p.end(null);
    }

    private static void form(PageWriter p, SavedQuery q, Map<String, String> values) {
        p.html("<form class=\"params\" method=\"get\" action=\"/queries/" + PageWriter.esc(q.name()) + "\">");
        for (QueryParameter param : q.parameters()) {
            String v = values.getOrDefault(param.name(), param.defaultValue());
            p.html("<label><code>").text(param.name()).html("</code> <input name=\"" + PageWriter.esc(param.name())
                    + "\" value=\"" + PageWriter.esc(v) + "\"" + (param.type().equals("integer") ? " inputmode=\"numeric\"" : "")
                    + "> <span class=\"muted\">").text(param.description()).html("</span></label>");
        }
        p.html("<button type=\"submit\">Run</button></form>");
    }

    private static void writeError(PageWriter p, SavedQuery q, Map<String, String> values, QueryException error) {
        p.html("<section><p class=\"error\">").text(error.getMessage()).html("</p>");
        if (error instanceof UnknownNameException u && !u.suggestions().isEmpty()) {
            p.html("<p>Try: ");
            for (String s : u.suggestions()) {
                Map<String, String> again = new LinkedHashMap<>(values);
                again.put(u.parameter(), s);
                p.html("<a class=\"suggestion\" href=\"" + PageWriter.esc(url(q, again, null)) + "\">").text(s).html("</a> · ");
            }
            p.html("</p>");
        }
        p.html("</section>");
    }

    private static void table(PageWriter p, SavedQuery q, Map<String, String> values, ResultSetRewindable rs) {
        List<String> vars = rs.getResultVars();
        p.html("<section><p>").text(rs.size() + " row(s). Download: ").html("<a href=\"" + PageWriter.esc(url(q, values, "csv"))
                + "\">CSV</a> · <a href=\"" + PageWriter.esc(url(q, values, "json")) + "\">JSON</a></p>");
        p.html("<table class=\"results\"><tr>");
        for (String v : vars) {
            p.html("<th>").text(v).html("</th>");
        }
        p.html("</tr>");
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            p.html("<tr>");
            for (String v : vars) {
                RDFNode n = row.get(v);
                p.html("<td>");
                if (n != null && n.isURIResource()) {
                    String iri = n.asResource().getURI();
                    String path = ResourcePaths.path(iri);
                    p.html("<a href=\"" + PageWriter.esc(ResourcePaths.page(iri)) + "\">").text(path == null ? iri : path).html("</a>");
                } else if (n != null) {
                    p.text(TermText.text(row, v));
                }
                p.html("</td>");
            }
            p.html("</tr>");
        }
        p.html("</table></section>");
    }

    private static String url(SavedQuery q, Map<String, String> values, String format) {
        StringBuilder sb = new StringBuilder("/queries/").append(q.name()).append('?');
        values.forEach((k, v) -> sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        if (format != null) {
            sb.append("format=").append(format);
        }
        return sb.toString().replaceFirst("[&?]$", "");
    }
}
