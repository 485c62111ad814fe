package org.paperkg.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Linked Data for every paperkg IRI, the way DBpedia serves it: {@code /resource/KIND/KEY} answers 303 See Other to
 * the HTML page {@code /page/KIND/KEY} or, when the Accept header prefers RDF, to {@code /data/KIND/KEY.EXT}
 * (Turtle, JSON-LD, N-Triples or RDF/XML), which serve the description itself.
 */
final class ResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient LocalSparql sparql;

    ResourceServlet(LocalSparql sparql) {
        this.sparql = sparql;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String prefix = req.getServletPath();
        // The raw URI: keys stay percent-encoded exactly as in the IRI.
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        String path = raw.length() > prefix.length() + 1 ? raw.substring(prefix.length() + 1) : "";
        if (path.isEmpty() || !path.contains("/")) {
            resp.sendRedirect("/");
            return;
        }
        switch (prefix) {
            case "/resource" -> redirect(path, req, resp);
            case "/data" -> data(path, resp);
            default -> page(path, offset(req), resp);
        }
    }

    private static void redirect(String path, HttpServletRequest req, HttpServletResponse resp) {
        RdfForm form = RdfForm.negotiate(req.getHeader("Accept"));
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Location", form == null ? "/page/" + path : "/data/" + path + "." + form.extension());
    }

    private void data(String path, HttpServletResponse resp) throws IOException {
        int dot = path.lastIndexOf('.');
        RdfForm form = dot < 0 ? null : RdfForm.byExtension(path.substring(dot + 1));
        if (form == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Data is served as .ttl, .jsonld, .nt or .rdf.");
            return;
        }
        Model m = new ResourceData(sparql).describe(path.substring(0, dot));
        if (m.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + ResourcePaths.iri(path.substring(0, dot)) + ".");
            return;
        }
        resp.setContentType(form.mediaType() + "; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, form.format());
        }
    }

    private static int offset(HttpServletRequest req) {
        try {
            return req.getParameter("offset") == null ? 0 : Math.max(0, Integer.parseInt(req.getParameter("offset").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void page(String path, int offset, HttpServletResponse resp) throws IOException {
        boolean found = switch (ResourcePaths.kind(path)) {
            case "method", "task", "dataset" -> new EntityPage(sparql).write(path, offset, resp);
            case "paper" -> new PaperPage(sparql).write(path, resp);
            case "author" -> new AuthorPage(sparql).write(path, resp);
            default -> new DescriptionPage(sparql).write(path, resp);
        };
        if (!found) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            PageWriter p = PageWriter.start(resp, "Not found");
            p.html("<h1>Not found</h1><p>").text("This server knows nothing about " + ResourcePaths.iri(path) + ".")
                    .html(" Try the <a href=\"/search\">search</a>.</p>");
            p.end(null);
        }
    }
}
