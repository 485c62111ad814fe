package org.paperkg.cli;

import java.nio.file.Path;

import org.paperkg.server.PaperkgServer;
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

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries for the landing page (default: queries/ here, else the packaged ones).")
    Path queries;
}
