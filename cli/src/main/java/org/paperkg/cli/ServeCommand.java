package org.paperkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paperkg.queries.QueryCatalogue;
import org.paperkg.server.PaperkgServer;
import org.paperkg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code serve} command: serves a store with embedded Fuseki, the landing page, dumps and VoID. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a paperkg store with Fuseki: public read-only SPARQL at /papers/sparql, the dump at "
                + "/dump/paperkg.nq.gz, VoID at /void and a landing page listing the saved queries at /.",
            "Updates (/papers/update, /papers/data) are on only with a password file (lines 'user: password'; the "
                + "configured user is 'writer'); without one the server is read-only."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--db", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path db = LoadCommand.DEFAULT_DB;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = PaperkgServer.DEFAULT_PORT;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: the one in fuseki-config/ here, else the packaged one).")
    Path config;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file for the update endpoints (default: ${DEFAULT-VALUE}, when it exists).")
    Path passwd = Path.of("fuseki-config", "passwd");

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Queries running longer are cancelled (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = StoreConfig.DEFAULT_TIMEOUT_MS / 1000;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries for the landing page (default: queries/ here, else the packaged ones).")
    Path queries;

    @Override
    public Integer call() {
        return serve(db, port, config, passwd, timeoutSeconds, queries, System.err);
    }

    /** Starts the server and blocks until it stops (Ctrl-C). Shared with {@code up}. */
    static int serve(Path db, int port, Path config, Path passwd, long timeoutSeconds, Path queries, PrintStream err) {
        PaperkgServer server = PaperkgServer.create(
                new PaperkgServer.Options(db, LoadCommand.configFile(config), port, passwd, timeoutSeconds * 1000),
                QueryCatalogue.locate(queries).all());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "paperkg-stop"));
        String base = server.baseUrl();
        err.println("paperkg is serving " + db + " at " + base + "/");
        err.println("  landing page   " + base + "/");
        err.println("  SPARQL query   " + server.sparqlUrl());
        err.println("  dump           " + base + "/dump/paperkg.nq.gz  (also .trig.gz, .ttl.gz)");
        err.println("  VoID           " + base + "/void");
        err.println("  query UI       " + base + "/index.html");
        if (server.writable()) {
            err.println("  SPARQL update  " + base + "/" + server.service() + "/update  (basic auth, users from " + passwd + ")");
        } else {
            err.println("Read-only: no password file " + (passwd == null ? "" : "at " + passwd + " ")
                    + "so the update endpoints are off.");
        }
        err.println("Queries are cancelled after " + timeoutSeconds + " s. Press Ctrl-C to stop.");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
