package org.paperkg.server;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.queries.SavedQuery;
import org.paperkg.store.StoreConfig;
import org.paperkg.store.StoreException;

/**
 * The embedded Fuseki server of paperkg: the service from {@code fuseki-config/config.ttl}, the Fuseki query UI
 * (without the admin API), and paperkg's landing page, dump download and VoID description.
 */
public final class PaperkgServer {

    /** Default HTTP port. */
    public static final int DEFAULT_PORT = 3030;

    /** What to serve and how: store, configuration file (null: packaged), port (0: any free), password file, timeout. */
    public record Options(Path db, Path config, int port, Path passwordFile, long timeoutMillis) {
    }

    private final FusekiServer server;
    private final String service;
    private final boolean writable;
    private final int requestedPort;

    private PaperkgServer(FusekiServer server, String service, boolean writable, int requestedPort) {
        this.server = server;
        this.requestedPort = requestedPort;
        this.service = service;
        this.writable = writable;
    }

    /** Builds (does not start) the server. */
    public static PaperkgServer create(Options o, List<SavedQuery> queries) {
        if (!Files.isDirectory(o.db().resolve("tdb2"))) {
            throw new StoreException("There is no paperkg store in " + o.db() + "; run `paperkg load PATH --db " + o.db() + "` first.");
        }
        boolean writable = o.passwordFile() != null && Files.isReadable(o.passwordFile());
        StoreConfig config = StoreConfig.load(o.config(), o.db()).timeoutMillis(o.timeoutMillis());
        if (!writable) {
            config.readOnly();
        }
        List<String> services = config.serviceNames();
        if (services.size() != 1) {
            throw new StoreException("The Fuseki configuration must have exactly one service; it has " + services.size() + ".");
        }
        String service = services.get(0);
        FusekiServer[] holder = new FusekiServer[1];
        Supplier<DatasetGraph> dataset = () -> {
            DataAccessPoint dap = holder[0].getDataAccessPointRegistry().get("/" + service);
            return dap.getDataService().getDataset();
        };
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                // No modules: in particular no FMod_Admin, whose admin API would be open without Shiro.
                .fusekiModules(FusekiModules.empty())
                .parseConfig(config.model())
                .enablePing(true)
                .enableStats(true)
                .addServlet("", new LandingPageServlet(queries, service, writable))
                .addServlet("/dump", new DumpServlet(dataset))
                .addServlet("/dump/*", new DumpServlet(dataset))
                .addServlet("/void", new VoidServlet(dataset, service))
                // The Fuseki UI reads /$/server (read-only status) and validators; the admin endpoints stay absent.
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/data", new DataValidator());
        URL ui = PaperkgServer.class.getClassLoader().getResource("webapp");
        if (ui != null) {
            b.staticFileBase(ui.toExternalForm());
        }
        if (writable) {
            b.passwordFile(o.passwordFile().toString()).auth(AuthScheme.BASIC).realm("paperkg");
        }
        holder[0] = b.build();
        return new PaperkgServer(holder[0], service, writable, o.port());
    }

    /** Starts the server; returns this. */
    public PaperkgServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new StoreException("Port " + requestedPort + " is in use; choose another with --port.", e);
                }
            }
            throw e;
        }
        return this;
    }

    /** Stops the server. */
    public void stop() {
        server.stop();
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** The service name (the path segment of the SPARQL endpoints). */
    public String service() {
        return service;
    }

    /** True when the update endpoints are on (a password file was given). */
    public boolean writable() {
        return writable;
    }

    /** The server's base URL, {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The public SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + "/" + service + "/sparql";
    }
}
