package org.paperkg.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.paperkg.pipeline.ExtractorChoice;

/**
 * {@code paperkg build --engine spark}: the build as a Spark job, in local mode by default. Also the main class
 * for {@code spark-submit} (which sets the master; the leading {@code build} is optional there).
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Builds the graph with Apache Spark: the same stages and the same graph as the single-JVM build, spread "
                + "over the cores of this machine (local mode, the default) or a cluster (--master, or spark-submit).",
            "",
            "Input paths are anything Spark reads (local paths, hdfs://, s3a:// with Hadoop's connectors); folders "
                + "are read recursively. The output is a folder of gzipped N-Quads parts (part-*.nq.gz) that "
                + "'paperkg load' reads as a folder.",
            "",
            "Exit codes: 0 all input read, 2 some input rejected, 1 failure."})
public final class SparkBuildMain implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "spark",
            description = "Must be spark here (the single-JVM engine is the default of 'paperkg build').")
    String engine;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Listing files or folders to read.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to write the N-Quads parts to; it must not exist yet.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: what spark-submit set, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, as spark-submit's --conf (e.g. spark.eventLog.enabled=true); repeatable.")
    List<String> sparkSettings = List.of();

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the per-paper stages (default: one per 100 papers, at least 4 and at most "
                    + "200 per core).")
    int partitions;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Known names: SKOS Turtle, or TSV lines 'label<TAB>method|task|dataset' (a path every executor reads).")
    String vocabulary;

    @Option(names = "--ner-model", paramLabel = "MODEL",
            description = "A CRF model from 'paperkg train-ner', used beside the rules (a path every executor reads).")
    String nerModel;

    @Option(names = "--extractor", paramLabel = "KIND", defaultValue = "learned",
            description = "Mention extractor: learned (default: rules and chunks propose, the committed model "
                    + "decides) or rules (the rules alone).")
    String extractor;

    @Option(names = "--ontology", description = "Also write the ontology, in its own graph.")
    boolean ontology;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces on errors.")
    boolean verbose;

    public static void main(String[] args) {
        String[] rest = args.length > 0 && args[0].equals("build") ? Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine cli = new CommandLine(new SparkBuildMain());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            SparkBuildMain cmd = line.getCommand();
            line.getErr().println("paperkg build: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (cmd.verbose) {
                e.printStackTrace(line.getErr());
            }
            return 1;
        });
        System.exit(cli.execute(rest));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!engine.equals("spark")) {
            throw new ParameterException(spec.commandLine(), "This command runs the spark engine only; for --engine "
                    + engine + " use 'paperkg build' without --engine.");
        }
        for (String f : new String[]{vocabulary, nerModel}) {
            if (f != null && !f.contains("://") && !Files.isReadable(Path.of(f))) {
                throw new ParameterException(spec.commandLine(), "Cannot read " + f + ".");
            }
        }
        ExtractorChoice choice = null;
        for (ExtractorChoice c : ExtractorChoice.values()) {
            if (c.id().equalsIgnoreCase(extractor.strip())) {
                choice = c;
            }
        }
        if (choice == null) {
            throw new ParameterException(spec.commandLine(), "--extractor must be one of learned, rules, not '"
                    + extractor + "'.");
        }
        SparkConf conf = new SparkConf().setAppName("paperkg build");
        for (String setting : sparkSettings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--conf takes KEY=VALUE, not '" + setting + "'.");
            }
            conf.set(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
        }
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        // no web UI unless asked for: a local build needs no port
        conf.setIfMissing("spark.ui.enabled", "false");
        LocalModeSettings.apply(conf);
        SparkBuildOptions options = new SparkBuildOptions(inputs, out, vocabulary, nerModel, partitions, ontology,
                choice);
        SparkGraphBuild.Result result;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            result = new SparkGraphBuild(options).run(sc);
        }
        for (String problem : result.problems()) {
            err.println("paperkg build: " + problem);
        }
        if (result.summary().rejects() > result.problems().size()) {
            err.println("paperkg build: ... and " + (result.summary().rejects() - result.problems().size())
                    + " more rejected");
        }
        err.println(result.summary().describe());
        StringBuilder phases = new StringBuilder("phases:  ");
        for (Map.Entry<String, Double> p : result.phaseSeconds().entrySet()) {
            phases.append(String.format(Locale.ROOT, " %s %.1f s;", p.getKey(), p.getValue()));
        }
        err.println(phases.substring(0, phases.length() - 1));
        err.println("wrote:    " + out + " (gzipped N-Quads parts, " + result.summary().quads()
                + " quads, one named graph per paper, then the entities graph)");
        err.flush();
        return result.summary().rejects() > 0 ? 2 : 0;
    }
}
