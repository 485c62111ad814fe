package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import me.tongfei.progressbar.ProgressBar;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.paperkg.listings.InputFiles;
import org.paperkg.listings.ReadProblem;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.store.LoadSummary;
import org.paperkg.store.PaperStore;
import org.paperkg.store.RdfFiles;
import org.paperkg.store.StoreConfig;
import org.paperkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code load} command: loads listings (built to RDF first) or RDF files into the TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads paper listings or RDF files (.nq .trig .ttl .nt .jsonld, optionally .gz) into a TDB2 store "
                + "with a full-text index.",
            "An empty store is filled with Jena's bulk loader; otherwise each paper's graph is replaced when its "
                + "content changed (unchanged ones are not rewritten), so loading the same input twice "
                + "changes nothing. The entity graph (support counts) is brought up to date after every load, and a "
                + "reload that rewrote much of the store compacts it."})
public final class LoadCommand implements Callable<Integer> {

    /** Default store directory, relative to the working directory. */
    static final Path DEFAULT_DB = Path.of("run", "db");

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Listing or RDF files, or folders of them.")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path db = DEFAULT_DB;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: the one in fuseki-config/ here, else the packaged one).")
    Path config;

    @Mixin
    BuildChoices build;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Load into a running server (its base URL, e.g. http://localhost:3030) instead of --db: paper "
                    + "graphs are replaced in batches while it serves. The password comes from PAPERKG_PASSWORD or is asked for.")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "User for --endpoint (default: ${DEFAULT-VALUE}).")
    String user = "writer";

    /** Options for building listings before they are loaded (shared with {@code up}). */
    static final class BuildChoices {
        @Option(names = "--vocabulary", paramLabel = "FILE",
                description = "Known names for the build: SKOS Turtle, or TSV lines 'label<TAB>method|task|dataset'.")
        Path vocabulary;

        @Option(names = "--ner-model", paramLabel = "MODEL", description = "A CRF model from 'paperkg train-ner' for the build.")
        Path nerModel;

        @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
        int threads = Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Integer call() throws Exception {
        if (endpoint != null) {
            return new RemoteLoad(endpoint, user).load(paths, build, System.err);
        }
        return load(paths, db, config, build, System.err);
    }

    /** Loads {@code paths} into {@code db}; returns the exit code. Shared with {@code up}. */
    static int load(List<Path> paths, Path db, Path config, BuildChoices build, PrintStream err) throws IOException {
        // Before the build, which may take long: a running server holding the store would refuse the load anyway.
        ServeCommand.checkStoreFree(db, config);
        try (Prepared in = prepare(paths, build, err)) {
            LoadSummary s;
            try (PaperStore store = PaperStore.open(StoreConfig.load(configFile(config), db));
                 ProgressBar bar = ProgressBars.open("load", -1, "quads")) {
                s = store.load(in.rdf(), ProgressBars.stepper(bar));
            }
            err.printf(Locale.ROOT, "Loaded %d file(s) into %s (%s): %,d quads read in %.1f s (%,.0f quads/s); "
                            + "%,d graphs read, %,d written (the others were unchanged); the store holds %,d quads and "
                            + "%,d entities.%n",
                    s.files(), db, s.bulk() ? "bulk load into an empty store" : "graphs replaced",
                    s.quadsRead(), s.seconds(), s.quadsPerSecond(), s.graphsRead(), s.graphsWritten(), s.quadsInStore(), s.entities());
            return in.exit();
        }
    }

    /**
     * The RDF files to load: the RDF among {@code paths}, plus the listings among them built into a temporary file
     * (deleted on close); {@code exit} is 2 when an input was skipped or a record rejected (each reported on err).
     */
    record Prepared(List<Path> rdf, Path built, int exit) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (built != null) {
                Files.deleteIfExists(built);
            }
        }
    }

    static Prepared prepare(List<Path> paths, BuildChoices build, PrintStream err) throws IOException {
        List<Path> rdf = new ArrayList<>();
        List<Path> listings = new ArrayList<>();
        AtomicLong skipped = new AtomicLong();
        for (Path f : expand(paths, problem -> {
            skipped.incrementAndGet();
            err.println("paperkg: " + problem);
        })) {
            (RdfFiles.lang(f) != null ? rdf : listings).add(f);
        }
        int exit = skipped.get() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
        Path built = null;
        if (!listings.isEmpty()) {
            built = Files.createTempFile("paperkg-build-", ".nq");
            try {
                exit = Math.max(exit, buildListings(listings, built, build, err));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(built);
                throw e;
            }
            rdf.add(built);
        }
        if (rdf.isEmpty()) {
            throw new StoreException("Nothing to load in " + paths + ".");
        }
        return new Prepared(rdf, built, exit);
    }

    /**
     * Builds RDF from listing files into {@code out} (N-Quads) with paperkg's extractor; returns the exit code of the
     * build (2 when some records were rejected, each reported on {@code err}).
     */
    static int buildListings(List<Path> listings, Path out, BuildChoices build, PrintStream err) throws IOException {
        if (build.vocabulary != null && !Files.isReadable(build.vocabulary)) {
            throw new StoreException("Cannot read the vocabulary file " + build.vocabulary + ".");
        }
        if (build.nerModel != null && !Files.isReadable(build.nerModel)) {
            throw new StoreException("Cannot read the NER model " + build.nerModel + ".");
        }
        AtomicLong rejected = new AtomicLong();
        BuildSummary summary;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             BuildProgressBars bar = new BuildProgressBars()) {
            StreamRDF nq = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            nq.start();
            summary = new GraphBuilder(new BuildOptions(build.vocabulary, build.nerModel, Math.max(1, build.threads)))
                    .build(listings, nq, problem -> {
                        rejected.incrementAndGet();
                        err.println("paperkg: " + problem);
                        err.flush();
                    }, bar);
            nq.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        err.println(summary.describe());
        return rejected.get() > 0 || summary.rejects() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    /** The configuration file to use: the given one, else fuseki-config/config.ttl in the working directory, else null (packaged). */
    static Path configFile(Path given) {
        if (given != null) {
            return given;
        }
        Path local = Path.of("fuseki-config", "config.ttl");
        return Files.isRegularFile(local) ? local : null;
    }

    /**
     * Files of {@code paths}, folders walked recursively (hidden files skipped), in a stable order; what cannot be
     * walked (unreadable folders, broken links, loops) goes to {@code problems} and is skipped.
     */
    static List<Path> expand(List<Path> paths, Consumer<ReadProblem> problems) throws IOException {
        try {
            return InputFiles.expand(paths, problems).stream().map(InputFiles.Input::file).toList();
        } catch (NoSuchFileException e) {
            throw new StoreException("There is no file or folder " + e.getFile() + ".");
        }
    }
}
