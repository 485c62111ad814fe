package org.paperkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperkg.server.PaperkgServer;
import org.paperkg.server.policy.ServerPolicy;
import org.paperkg.store.StoreConfig;
import picocli.CommandLine.Option;

/** Options of the commands that start the server ({@code serve}, {@code up}); mixed in with {@code @Mixin}. */
public final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = PaperkgServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: every interface; --host 127.0.0.1 serves this machine only).")
    String host;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: the one in fuseki-config/ here, else the packaged one).")
    Path config;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file for the update endpoints (default: ${DEFAULT-VALUE}, when it exists).")
    Path passwd = Path.of("fuseki-config", "passwd");

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Queries running longer are cancelled (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = StoreConfig.DEFAULT_TIMEOUT_MS / 1000;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", split = ",",
            description = "Remote endpoints SERVICE and LOAD may call (prefixes; default: none, the server calls nowhere).")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows per query result (default: ${DEFAULT-VALUE}).")
    long maxRows = ServerPolicy.DEFAULT_MAX_ROWS;

    @Option(names = "--max-per-client", paramLabel = "N",
            description = "Most requests one client address runs at once; more are answered 429 (default: ${DEFAULT-VALUE}).")
    int maxPerClient = ServerPolicy.DEFAULT_MAX_CONCURRENT;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body, queries and writes (default: ${DEFAULT-VALUE}).")
    long maxBody = ServerPolicy.DEFAULT_MAX_REQUEST_BYTES;

    /** The limits these options ask for. */
    ServerPolicy policy() {
        return ServerPolicy.defaults(timeoutSeconds * 1000).allowRemote(allowService).limits(maxRows, maxPerClient, maxBody);
    }

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries for the landing page (default: queries/ here, else the packaged ones).")
    Path queries;
}
