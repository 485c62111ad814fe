package org.paperkg.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code up} command: build + load + serve in one step. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph from listings (or takes RDF files), loads it into the store and serves it.",
            "Without PATH it uses the sample listings in examples/. The store lives in run/db unless --db says otherwise; "
                + "running `up` again replaces the papers it reads and keeps the others."})
public final class UpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Listing or RDF files or folders (default: the sample listings in examples/).")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path db = LoadCommand.DEFAULT_DB;

    @Mixin
    ServerOptions server;

    @Mixin
    LoadCommand.BuildChoices build;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(examples()) : paths;
        // Fail in a second, not after the whole build: the port must be free and the store not in use.
        ServeCommand.checkPortFree(server);
        ServeCommand.checkStoreFree(db, server.config);
        int loaded = LoadCommand.load(inputs, db, server.config, build, System.err);
        int served = ServeCommand.serve(db, server, System.err);
        return Math.max(loaded, served);
    }

    /** examples/ in the working directory, else in the checkout the tool was built in. */
    static Path examples() {
        Path here = Path.of("examples");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            // <checkout>/cli/target/paperkg.jar, or <checkout>/cli/target/classes
            Path built = Path.of(UpCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path there = built.getParent().getParent().getParent().resolve("examples");
            if (Files.isDirectory(there)) {
                return there;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no checkout to fall back on
        }
        return here;
    }
}
