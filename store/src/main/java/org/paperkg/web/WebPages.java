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

    /**
     * Lets paths carry {@code %2F}, as the paths of papers keyed by DOI do ({@code /page/paper/10.1234%2Fxyz}); Jetty
     * refuses such ambiguous paths by default. Call on the built server, before it starts.
     */
    public static void allowEncodedSlashes(FusekiServer server) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        for (org.eclipse.jetty.server.Connector c : jetty.getConnectors()) {
            org.eclipse.jetty.server.HttpConnectionFactory f = c.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (f != null) {
                org.eclipse.jetty.http.UriCompliance now = f.getHttpConfiguration().getUriCompliance();
                f.getHttpConfiguration().setUriCompliance(now.with("paperkg",
                        org.eclipse.jetty.http.UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                        org.eclipse.jetty.http.UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
            }
        }
        for (org.eclipse.jetty.ee10.servlet.ServletContextHandler h
                : jetty.getDescendants(org.eclipse.jetty.ee10.servlet.ServletContextHandler.class)) {
            h.getServletHandler().setDecodeAmbiguousURIs(true);
        }
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
