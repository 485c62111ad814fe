package org.paperkg.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.paperkg.server.update.LiveLoadClient;
import org.paperkg.store.StoreException;

/** {@code load --endpoint URL}: builds listings locally, then sends the paper graphs to a running server. */
final class RemoteLoad {

    /** Environment variable holding the writer's password (so a daily job needs no terminal). */
    static final String PASSWORD_ENV = "PAPERKG_PASSWORD";

    private final String endpoint;
    private final String user;

    RemoteLoad(String endpoint, String user) {
        this.endpoint = endpoint;
        this.user = user;
    }

    int load(List<Path> paths, LoadCommand.BuildChoices build, PrintStream err) throws IOException {
        char[] password = password();
        try (LoadCommand.Prepared in = LoadCommand.prepare(paths, build, err)) {
            LiveLoadClient.Result r = new LiveLoadClient(endpoint, user, password).send(in.rdf());
            err.printf("Sent %,d quads in %d batch(es) to %s: %,d paper graphs written (the others were unchanged).%n",
                    r.quadsSent(), r.batches(), endpoint, r.graphsWritten());
            return in.exit();
        }
    }

    private char[] password() {
        String env = System.getenv(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new StoreException("Set " + PASSWORD_ENV + " to the password of " + user + " (no terminal to ask on).");
        }
        char[] p = console.readPassword("Password for %s at %s: ", user, endpoint);
        if (p == null || p.length == 0) {
            throw new StoreException("No password given.");
        }
        return p;
    }
}
