package org.paperkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paperkg.queries.QueryCatalogue;
import org.paperkg.server.PaperkgServer;
import org.paperkg.server.auth.PasswordFileCheck;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;
import org.paperkg.store.StoreException;
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

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        return serve(db, server, System.err);
    }

    /** Fails with a plain sentence when another process (a running server) holds the store {@code db}. */
    static void checkStoreFree(Path db, Path config) {
        if (!java.nio.file.Files.isDirectory(db.resolve("tdb2"))) {
            return;
        }
        // Opening takes TDB2's process lock; PaperStore turns a held lock into a plain message.
        PaperStore.open(StoreConfig.load(LoadCommand.configFile(config), db)).close();
    }

    /** Fails with a plain sentence when the port to serve on is taken. */
    static void checkPortFree(ServerOptions options) {
        if (options.port == 0) {
            return;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(options.host == null || options.host.isBlank()
                    ? new java.net.InetSocketAddress(options.port)
                    : new java.net.InetSocketAddress(options.host, options.port));
        } catch (java.io.IOException e) {
            throw new StoreException("Port " + options.port + " is in use (or " + (options.host == null ? "" : options.host + " ")
                    + "cannot be bound); stop what is serving there or choose another with --port.");
        }
    }

    /** Starts the server and blocks until it stops (Ctrl-C). Shared with {@code up}. */
    static int serve(Path db, ServerOptions options, PrintStream err) {
        checkStoreFree(db, options.config);
        Path passwd = options.passwd;
        long timeoutSeconds = options.timeoutSeconds;
        PaperkgServer server = PaperkgServer.create(
                new PaperkgServer.Options(db, LoadCommand.configFile(options.config), options.port, passwd,
                        timeoutSeconds * 1000, options.host),
                QueryCatalogue.locate(options.queries).all(), options.policy());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "paperkg-stop"));
        String base = server.baseUrl();
        err.println("paperkg is serving " + db + " at " + base + "/");
        err.println("  landing page   " + base + "/");
        err.println("  SPARQL query   " + server.sparqlUrl());
        err.println("  dump           " + base + "/dump/paperkg.nq.gz  (also .trig.gz, .ttl.gz)");
        err.println("  VoID           " + base + "/void");
        err.println("  query UI       " + base + "/query");
        err.println("  search         " + base + "/search");
        if (server.writable()) {
            try {
                PasswordFileCheck.warnings(passwd).forEach(w -> err.println("Warning: " + w));
            } catch (java.io.IOException e) {
                err.println("Warning: cannot read the password file " + passwd + ": " + e.getMessage());
            }
            err.println("  SPARQL update  " + base + "/" + server.service() + "/update  (basic auth, users from " + passwd + ")");
            err.println("  live load      " + base + "/$/load  (paperkg load --endpoint " + base + ")");
        } else {
            err.println("Read-only: no password file " + (passwd == null ? "" : "at " + passwd + " ")
                    + "so the update endpoints are off.");
        }
        err.println("Queries are cancelled after " + timeoutSeconds + " s and return at most " + options.maxRows
                + " rows; SERVICE and LOAD " + (options.allowService.isEmpty() ? "call nowhere" : "may call " + options.allowService)
                + ". Press Ctrl-C to stop.");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
