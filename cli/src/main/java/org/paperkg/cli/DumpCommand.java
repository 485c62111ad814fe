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
        description = {"Writes the whole store to FILE: .nq or .trig keep one graph per paper, .ttl or .nt get the union "
                + "of the graphs; .gz compresses.",
            "With --endpoint it downloads the dump from a running paperkg server instead, so it works while `serve` "
                + "holds the store."})
public final class DumpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--db", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path db = LoadCommand.DEFAULT_DB;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A running paperkg server's SPARQL endpoint (or its base URL), e.g. http://localhost:3030/papers/sparql.")
    String endpoint;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file; the format comes from its extension.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: the one in fuseki-config/ here, else the packaged one).")
    Path config;

    @Override
    public Integer call() throws Exception {
        RDFFormat format = RdfFiles.writerFormat(out);
        if (endpoint != null) {
            return download(format);
        }
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

    /** Streams the server's {@code /dump/paperkg.EXT.gz} into {@code out}, decompressed unless {@code out} ends in .gz. */
    private int download(RDFFormat format) throws java.io.IOException, InterruptedException {
        java.net.URI given = java.net.URI.create(endpoint);
        String ext = format.getLang().getFileExtensions().get(0);
        java.net.URI url = given.resolve("/dump/paperkg." + ext + ".gz");
        long start = System.nanoTime();
        java.net.http.HttpResponse<java.io.InputStream> resp;
        try {
            resp = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(url).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.ConnectException e) {
            throw new StoreException("Cannot reach " + given.getScheme() + "://" + given.getAuthority()
                    + ": connection refused (is the server running?).", e);
        }
        try (java.io.InputStream body = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new StoreException(url + " answered HTTP " + resp.statusCode() + "; is it a paperkg server?");
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(prepare(out)), 1 << 16)) {
                (RdfFiles.gzipped(out) ? body : new java.util.zip.GZIPInputStream(body, 1 << 16)).transferTo(os);
            }
        }
        System.err.printf(Locale.ROOT, "Wrote %s (%s, downloaded from %s) in %.1f s.%n", out,
                format.getLang().getLabel(), url, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    private static Path prepare(Path out) throws java.io.IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return out;
    }

    private static OutputStream open(Path out) throws java.io.IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(prepare(out)), 1 << 16);
        return RdfFiles.gzipped(out) ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
