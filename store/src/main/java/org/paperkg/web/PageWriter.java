package org.paperkg.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServletResponse;

/** Writes one HTML page of the site: the shared head, header with search box, and footer with the RDF links. */
final class PageWriter {

    private final PrintWriter w;

    private PageWriter(PrintWriter w) {
        this.w = w;
    }

    /** Starts an HTML page titled {@code title} on {@code resp}. */
    static PageWriter start(HttpServletResponse resp, String title) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        PageWriter p = new PageWriter(resp.getWriter());
        p.w.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>" + esc(title) + " · paperkg</title><link rel=\"stylesheet\" href=\"/assets/paperkg.css\"></head><body>");
        p.w.println("<header><a class=\"brand\" href=\"/\">paperkg</a><a href=\"/search\">Search</a>"
                + "<a href=\"/queries\">Saved queries</a><a href=\"/query\">SPARQL</a>"
                + "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
                + "placeholder=\"A method, task, dataset or paper title\" aria-label=\"Search\"></form></header><main>");
        return p;
    }

    /** Raw HTML. */
    PageWriter html(String html) {
        w.print(html);
        return this;
    }

    /** Text, escaped. */
    PageWriter text(String text) {
        w.print(esc(text));
        return this;
    }

    /** Ends the page; {@code rdfPath}, when not null, is the resource path whose RDF forms the footer links. */
    void end(String rdfPath) {
        w.println("</main><footer>");
        if (rdfPath != null) {
            w.print("This resource as RDF:");
            for (RdfForm f : RdfForm.values()) {
                w.print(" <a rel=\"alternate\" type=\"" + f.mediaType() + "\" href=\"/data/" + esc(rdfPath) + "." + f.extension()
                        + "\">" + f.label() + "</a>");
            }
            w.println(". Its IRI is <code>" + esc(ResourcePaths.iri(rdfPath)) + "</code>.<br>");
        }
        w.println("paperkg · <a href=\"/void\">VoID</a> · <a href=\"/dump/paperkg.nq.gz\">dump</a></footer></body></html>");
        w.flush();
    }

    /** HTML-escapes text for element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
