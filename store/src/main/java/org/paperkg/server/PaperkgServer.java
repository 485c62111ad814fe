package org.paperkg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.queries.SavedQuery;
import org.paperkg.server.policy.ServerHardening;
import org.paperkg.server.policy.ServerPolicy;
import org.paperkg.server.policy.XmlDoctypeFilter;
import org.paperkg.server.update.LiveLoadServlet;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;
import org.paperkg.store.StoreException;
import org.paperkg.web.HomeSummary;
import org.paperkg.web.WebPages;

/**
 * The embedded Fuseki server of paperkg: the service from {@code fuseki-config/config.ttl} (no admin API), paperkg's
 * landing page, dump download and VoID description, and the browser pages of {@link WebPages} (the Fuseki UI is not
 * served: it needs the admin API; {@code /query} is the query UI).
 */
public final class PaperkgServer {

    /** Default HTTP port. */
    public static final int DEFAULT_PORT = 3030;

    /**
     * What to serve and how: store, configuration file (null: packaged), port (0: any free), password file, timeout,
     * and the address to listen on (null: every interface; {@code 127.0.0.1} keeps the server to this machine).
     */
    public record Options(Path db, Path config, int port, Path passwordFile, long timeoutMillis, String host) {

        /** Options listening on every interface. */
        public Options(Path db, Path config, int port, Path passwordFile, long timeoutMillis) {
            this(db, config, port, passwordFile, timeoutMillis, null);
        }
    }

    private final FusekiServer server;
    private final String service;
    private final boolean writable;
    private final int requestedPort;
    private final String host;
    private final ServerHardening hardening;

    private PaperkgServer(FusekiServer server, String service, boolean writable, int requestedPort, String host,
                          ServerHardening hardening) {
        this.server = server;
        this.hardening = hardening;
        this.host = host;
        this.requestedPort = requestedPort;
        this.service = service;
        this.writable = writable;
    }

    /** Builds (does not start) the server with the default {@link ServerPolicy}: no remote calls, default limits. */
    public static PaperkgServer create(Options o, List<SavedQuery> queries) {
        return create(o, queries, ServerPolicy.defaults(o.timeoutMillis()));
    }

    /** Builds (does not start) the server with the limits of {@code policy}. */
    public static PaperkgServer create(Options o, List<SavedQuery> queries, ServerPolicy policy) {
        ServerHardening hardening = new ServerHardening(policy);
        if (!Files.isDirectory(o.db().resolve("tdb2"))) {
            throw new StoreException("There is no paperkg store in " + o.db() + "; run `paperkg load PATH --db " + o.db() + "` first.");
        }
        if (PaperStore.firstLoadUnfinished(o.db())) {
            throw new StoreException("The first load into " + o.db() + " was stopped before it finished; run the same "
                    + "`paperkg load PATH --db " + o.db() + "` again (it starts over), then serve.");
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
        LeaderboardServlet leaderboards = new LeaderboardServlet(dataset, queries);
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                // No modules: in particular no FMod_Admin, whose admin API would be open without Shiro.
                .fusekiModules(FusekiModules.empty())
                .parseConfig(config.model())
                .enablePing(true)
                .enableStats(true)
                .addServlet("", new LandingPageServlet(queries, service, writable, new HomeSummary(dataset),
                        leaderboards::section))
                .addServlet(LeaderboardServlet.PATH, leaderboards)
                .addServlet("/dump", new DumpServlet(dataset))
                .addServlet("/dump/*", new DumpServlet(dataset))
                .addServlet("/void", new VoidServlet(dataset, service))
                // Read-only server status, for monitoring; no processing routes (validators, admin).
                .addServlet("/$/server", new ActionServerStatus())
                .addFilter("/*", hardening.concurrencyFilter())
                .addFilter("/*", hardening.disconnectWatch())
                .addFilter("/" + service + "/*", hardening.updateFilter())
                .addFilter("/*", new XmlDoctypeFilter());
        WebPages.register(b, dataset, queries, service);
        if (writable) {
            b.addServlet(LiveLoadServlet.PATH, new LiveLoadServlet(dataset, o.db(), Set.of("writer")));
            b.passwordFile(o.passwordFile().toString()).auth(AuthScheme.BASIC).realm("paperkg");
        }
        holder[0] = b.build();
        hardening.apply(holder[0]);
        WebPages.allowEncodedSlashes(holder[0]);
        if (o.host() != null && !o.host().isBlank()) {
            // Fuseki's builder only offers loopback or every interface; the Jetty connector takes any address.
            for (org.eclipse.jetty.server.Connector c : holder[0].getJettyServer().getConnectors()) {
                if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                    sc.setHost(o.host());
                }
            }
        }
        return new PaperkgServer(holder[0], service, writable, o.port(), o.host(), hardening);
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

    /** How many queries were stopped because their client closed the connection before the answer. */
    public long queriesStoppedOnDisconnect() {
        return hardening.disconnectWatch().queriesStopped();
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

    /** The server's base URL, {@code http://localhost:PORT}, or with the address given to listen on. */
    public String baseUrl() {
        if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
            return "http://localhost:" + port();
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The public SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + "/" + service + "/sparql";
    }
}
