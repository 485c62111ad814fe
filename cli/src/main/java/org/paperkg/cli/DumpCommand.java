package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.paperkg.store.PaperStore;
import org.paperkg.store.RdfFiles;
import org.paperkg.store.StoreConfig;
import org.paperkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code dump} command: writes the whole store to an RDF file, offline. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the whole store to FILE: .nq or .trig keep one graph per paper, .ttl or .nt get the union "
                + "of the graphs; .gz compresses.")
public final class DumpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--db", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path db = LoadCommand.DEFAULT_DB;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file; the format comes from its extension.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: the one in fuseki-config/ here, else the packaged one).")
    Path config;

    @Override
    public Integer call() throws Exception {
        RDFFormat format = RdfFiles.writerFormat(out);
        if (!Files.isDirectory(db.resolve("tdb2"))) {
            throw new StoreException("There is no paperkg store in " + db + ".");
        }
        long start = System.nanoTime();
        long quads;
        try (PaperStore store = PaperStore.open(StoreConfig.load(LoadCommand.configFile(config), db));
             OutputStream os = open(out)) {
            store.dump(os, format);
            quads = store.quadCount();
        }
        System.err.printf(Locale.ROOT, "Wrote %s (%s, %,d quads in the store) in %.1f s.%n", out,
                format.getLang().getLabel(), quads, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    private static OutputStream open(Path out) throws java.io.IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        return RdfFiles.gzipped(out) ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
