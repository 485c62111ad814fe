package org.paperkg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.system.StreamRDF;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.rdf.GraphWriter;
import org.paperkg.rdf.OutputFormat;
import org.paperkg.rdf.ShapesValidator;
import org.paperkg.rdf.ValidatingStream;

/** The {@code build} command: listings in, RDF out (one named graph per paper, the entities graph, provenance). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Reads paper listings, extracts the methods, tasks and datasets each title and abstract names, and writes "
                + "them as RDF under the paperkg ontology, with the evidence for every link.",
            "",
            "The output format comes from the file extension. N-Quads (nq) and TriG (trig) keep one named graph "
                + "per paper plus the entities graph; N-Triples (nt) and Turtle (ttl) write the union of the graphs; "
                + "JSON-LD (jsonld) keeps the graphs but is collected in memory before it is written (Jena cannot "
                + "stream JSON-LD), so prefer N-Quads for large corpora. A final gz extension compresses. "
                + "The file appears only when the build succeeds.",
            "",
            "Exit codes: 0 all input read, 2 some input rejected (see the messages and --rejects), 1 failure "
                + "(including shape violations with --validate)."},
        sortOptions = false)
public final class BuildCommand implements Callable<Integer> {

    /** Violation lines printed before the rest are only counted. */
    private static final int MAX_VIOLATIONS_SHOWN = 50;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Listing files or folders to read.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Where to write the RDF (.nq .trig .nt .ttl .jsonld, optionally .gz).")
    Path out;

    @Option(names = "--format", paramLabel = "F",
            description = "Output format, overriding the extension: nq, trig, nt, ttl or jsonld.")
    String format;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Known names: SKOS Turtle, or TSV lines 'label<TAB>method|task|dataset'.")
    Path vocabulary;

    @Option(names = "--ner-model", paramLabel = "MODEL",
            description = "A CRF model from 'paperkg train-ner', used beside the rules.")
    Path nerModel;

    @Option(names = "--extractor", paramLabel = "KIND", defaultValue = "learned",
            description = "Mention extractor: learned (default: rules and chunks propose, the committed model "
                    + "decides) or rules (the rules alone).")
    String extractor;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--validate",
            description = "Check every graph written against the SHACL shapes and report violations.")
    boolean validate;

    @Option(names = "--ontology", description = "Also write the ontology (in its own graph in quad formats).")
    boolean ontology;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected input, and why, to FILE.")
    Path rejects;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "jvm",
            description = "jvm (default): threads of this JVM; spark: Apache Spark, run by the paperkg launcher "
                    + "(see ./paperkg build --engine spark --help).")
    String engine;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!engine.equals("jvm")) {
            throw new ParameterException(spec.commandLine(), engine.equals("spark")
                    ? "The spark engine runs from the paperkg launcher (./paperkg build --engine spark ...) or with "
                            + "spark-submit and spark/target/paperkg-spark.jar; this jar holds the jvm engine only."
                    : "Unknown --engine " + engine + "; use jvm or spark.");
        }
        OutputFormat outputFormat = outputFormat();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1.");
        }
        if (vocabulary != null && !Files.isReadable(vocabulary)) {
            throw new ParameterException(spec.commandLine(), "Cannot read the vocabulary file " + vocabulary + ".");
        }
        if (nerModel != null && !Files.isReadable(nerModel)) {
            throw new ParameterException(spec.commandLine(), "Cannot read the NER model " + nerModel + ".");
        }

        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        AtomicLong rejected = new AtomicLong();
        AtomicLong violations = new AtomicLong();
        BuildSummary summary;
        long written;
        ValidatingStream validating = null;
        boolean done = false;
        try (BufferedWriter rejectsOut = rejects == null ? null : Files.newBufferedWriter(rejects, StandardCharsets.UTF_8);
             GraphWriter writer = openWriter(partial, outputFormat);
             BuildProgressBars bars = new BuildProgressBars()) {
            StreamRDF stream = writer.stream();
            if (validate) {
                validating = new ValidatingStream(stream, ShapesValidator.packaged(), line -> {
                    if (violations.incrementAndGet() <= MAX_VIOLATIONS_SHOWN) {
                        err.println("paperkg build: " + line);
                    }
                });
                stream = validating;
            }
            GraphBuilder builder = new GraphBuilder(new BuildOptions(vocabulary, nerModel, threads, ontology,
                    ExtractorOption.parse(spec.commandLine(), extractor)));
            summary = builder.build(inputs, stream, problem -> {
                rejected.incrementAndGet();
                err.println("paperkg build: " + problem);
                err.flush();
                if (rejectsOut != null) {
                    try {
                        rejectsOut.write(problem.toString());
                        rejectsOut.newLine();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, bars);
            if (validating != null) {
                validating.check();
            }
            writer.close();
            written = writer.count();
            done = true;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);

        err.println(summary.describe());
        err.println("wrote:    " + out + " (" + outputFormat.extension() + ", " + written
                + (outputFormat.quads() ? " quads, one named graph per paper" : " triples, the union of the graphs") + ")");
        if (validating != null) {
            if (violations.get() == 0) {
                err.println("shapes:   all " + validating.graphs() + " graphs conform");
            } else {
                if (violations.get() > MAX_VIOLATIONS_SHOWN) {
                    err.println("paperkg build: ... and " + (violations.get() - MAX_VIOLATIONS_SHOWN) + " more violations");
                }
                err.println("paperkg build: " + violations.get() + " shape violations in " + validating.invalidGraphs()
                        + " of " + validating.graphs() + " graphs");
                err.flush();
                return ExitCodes.FAILURE;
            }
        }
        err.flush();
        return rejected.get() > 0 || summary.rejects() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    /** Opens the partial output file; a failure names the file the user asked for. */
    private GraphWriter openWriter(Path partial, OutputFormat outputFormat) throws IOException {
        try {
            return GraphWriter.open(partial, outputFormat, OutputFormat.gzipped(out));
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "the file cannot be created there";
            throw new IOException("Cannot write " + out + ": " + reason + ".", e);
        }
    }

    private OutputFormat outputFormat() {
        if (format != null) {
            OutputFormat f = OutputFormat.byName(format);
            if (f == null) {
                throw new ParameterException(spec.commandLine(),
                        "Unknown --format " + format + "; use nq, trig, nt, ttl or jsonld.");
            }
            return f;
        }
        OutputFormat f = OutputFormat.forFile(out);
        if (f == null) {
            throw new ParameterException(spec.commandLine(), "Cannot tell the RDF format from " + out
                    + "; end it in .nq .trig .nt .ttl or .jsonld (optionally .gz), or give --format.");
        }
        return f;
    }
}
