package org.paperkg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /query}: a SPARQL editor that runs on this server's read-only endpoint and shows the answer as a table
 * (script {@code /assets/query.js}, served from the jar; nothing leaves the machine).
 */
final class QueryEditorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String EXAMPLE = """
            PREFIX pkg:  <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

            # The tasks most papers address
            SELECT ?task ?label ?support WHERE {
              GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                ?task a pkg:Task ; skos:prefLabel ?label ; pkg:support ?support .
              }
            }
            ORDER BY DESC(?support) ?label
            LIMIT 20
            """;

    private final String service;

    QueryEditorServlet(String service) {
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String query = req.getParameter("query") == null ? EXAMPLE : req.getParameter("query");
        String endpoint = "/" + service + "/sparql";
        PageWriter p = PageWriter.start(resp, "SPARQL query");
        p.html("<h1>SPARQL query</h1><p>Runs on the public read-only endpoint <code>").text(endpoint)
                .html("</code>. The default graph is the union of all graphs. Ctrl-Enter runs the query.</p>");
        p.html("<form id=\"sparql-form\" data-endpoint=\"" + PageWriter.esc(endpoint) + "\">"
                + "<textarea id=\"sparql\" name=\"query\" rows=\"14\" spellcheck=\"false\">").text(query)
                .html("</textarea><p><button id=\"run\" type=\"submit\">Run query</button> <span id=\"status\" class=\"muted\"></span></p>"
                        + "</form><section><div id=\"results\"><p class=\"muted\">The answer appears here.</p></div></section>"
                        + "<script src=\"/assets/query.js\"></script>");
        p.end(null);
    }
}
