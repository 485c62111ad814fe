package org.paperkg.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.queries.SavedQuery;

/** Adds the browser pages to a Fuseki server under construction. */
public final class WebPages {

    private WebPages() {
    }

    /**
     * Registers {@code /resource/*}, {@code /page/*}, {@code /data/*} (Linked Data), {@code /search}, {@code /queries}
     * (saved queries as forms), {@code /query} (SPARQL editor) and {@code /assets/*}; {@code /index.html} (where the
     * Fuseki UI was) leads to the editor.
     */
    public static FusekiServer.Builder register(FusekiServer.Builder b, Supplier<DatasetGraph> dataset,
            List<SavedQuery> queries, String service) {
        LocalSparql sparql = new LocalSparql(dataset);
        ResourceServlet resources = new ResourceServlet(sparql);
        SavedQueryServlet saved = new SavedQueryServlet(sparql, queries);
        return b.addServlet("/resource/*", resources)
                .addServlet("/page/*", resources)
                .addServlet("/data/*", resources)
                .addServlet("/search", new SearchServlet(sparql))
                .addServlet("/queries", saved)
                .addServlet("/queries/*", saved)
                .addServlet("/query", new QueryEditorServlet(service))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/index.html", new Redirect("/query"));
    }

    /** A permanent redirect to a fixed path. */
    private static final class Redirect extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String to;

        Redirect(String to) {
            this.to = to;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", to);
        }
    }
}
