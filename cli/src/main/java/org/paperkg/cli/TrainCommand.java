package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.paperkg.learning.ModelTrainer;
import org.paperkg.papers.PaperKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code train} command: rebuilds the learned extractor's model from ../shared and the team's annotations. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {
            "Trains the learned extractor (the default of 'build'): candidates from the rules and noun-phrase "
                + "chunks, features, and logistic-regression models for the type and for proposed methods, "
                + "from the team's document-level annotations, scier-fulltext and cs-ner; thresholds are tuned on "
                + "gold-dev and a fixed fifth of the annotated papers, which are never trained on.",
            "Prints the dev figures (95%% bootstrap intervals over papers); --ablations adds the variants."},
        footer = {"",
            "Examples:",
            "  paperkg train                       # rewrites the committed model",
            "  paperkg train --ablations --report ablations.md --out /tmp/model.zip",
            "",
            "Exit codes: 0 done, 1 failure."})
public final class TrainCommand implements Callable<Integer> {

    static final Path DEFAULT_OUT = Path.of("extractor/src/main/resources/org/paperkg/learning/learned-extractor.zip");

    @Mixin
    CommonOptions common;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--annotations", arity = "1..*", paramLabel = "FILE",
            description = "Document-level annotations, JSON Lines (default: every gold/train-*.jsonl).")
    List<Path> annotations = new ArrayList<>();

    @Option(names = "--exclude-ids", defaultValue = "gold/test-unseen-ids.txt", paramLabel = "FILE",
            description = "arXiv ids never to read, one a line (default: ${DEFAULT-VALUE}, the held-out test set).")
    Path excludeIds;

    @Option(names = "--sources", split = ",", paramLabel = "NAME",
            description = "Training sources of the model, comma-separated: annotations, scier-fulltext, cs-ner, "
                    + "acl-titles (default: the first three; acl-titles, cs-ner's ACL Anthology titles, did not help).")
    List<String> sources = new ArrayList<>(ModelTrainer.DEFAULT_SOURCES);

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "At most N texts per source (default: all); for quick runs.")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--document-weight", paramLabel = "N", hidden = true,
            description = "How many times a document-level example counts (default: the committed model's).")
    int documentWeight = ModelTrainer.DOCUMENT_WEIGHT;

    @Option(names = "--c", paramLabel = "C", hidden = true,
            description = "Inverse regularisation strength (default: the committed model's).")
    double c = ModelTrainer.C;

    @Option(names = "--per-type-thresholds", negatable = true, hidden = true,
            description = "Tune a keep threshold per entity type (default: the committed model's).")
    boolean perTypeThresholds = ModelTrainer.PER_TYPE_THRESHOLDS;

    @Option(names = "--boosted", negatable = true, hidden = true,
            description = "Follow the logistic regression with a boosted second stage (default: the committed model's).")
    boolean boosted = ModelTrainer.BOOSTED;

    @Option(names = "--stacked", negatable = true, hidden = true,
            description = "Follow the logistic regression with the paper-level second stage (default: the committed "
                    + "model's).")
    boolean stacked = ModelTrainer.STACKED;

    @Option(names = "--ablations", arity = "0..1", split = ",", fallbackValue = "all", paramLabel = "GROUP",
            description = "Also train and score the ablation variants: all (no value), or some of "
                    + "features, prior, learner, sources, regularisation, curve, thresholds, tasks, proposed, limits, "
                    + "stack (comma-separated).")
    List<String> ablations = new ArrayList<>();

    @Option(names = "--compare", arity = "1..*", paramLabel = "FILE",
            description = "Earlier model files to score on the same dev papers (e.g. the committed model, copied).")
    List<Path> compare = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the committed "
            + "one, " + "extractor/src/main/resources/org/paperkg/learning/learned-extractor.zip).")
    Path out = DEFAULT_OUT;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the dev report (Markdown) to FILE.")
    Path report;

    @Option(names = "--task-errors", paramLabel = "FILE", description = "Also write the model's missed and false "
            + "tasks on dev to FILE, one tab-separated line each, for error analysis.")
    Path taskErrors;

    /** The number in an annotation file's name ("train-12.jsonl": 12), or 0 when there is none. */
    static int fileNumber(Path file) {
        String digits = file.getFileName().toString().replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? 0 : Integer.parseInt(digits);
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (!Files.isDirectory(shared.resolve("data"))) {
            err.println("paperkg train: " + shared + "/data is absent; give --shared DIR (the shared data folder).");
            return ExitCodes.FAILURE;
        }
        for (String s : sources) {
            if (!ModelTrainer.SOURCES.contains(s)) {
                err.println("paperkg train: unknown source '" + s + "'; known: " + ModelTrainer.SOURCES);
                return ExitCodes.FAILURE;
            }
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String a : ablations) {
            if (a.equals("all")) {
                groups.addAll(ModelTrainer.ABLATIONS);
            } else if (ModelTrainer.ABLATIONS.contains(a)) {
                groups.add(a);
            } else {
                err.println("paperkg train: unknown ablation group '" + a + "'; known: all, " + ModelTrainer.ABLATIONS);
                return ExitCodes.FAILURE;
            }
        }
        List<Path> files = annotations;
        if (files.isEmpty()) {
            files = new ArrayList<>();
            if (Files.isDirectory(Path.of("gold"))) {
                try (var list = Files.list(Path.of("gold"))) {
                    // in the order they were written (train-2 before train-10): the learning curve takes the first N
                    list.filter(f -> f.getFileName().toString().matches("train-.*\\.jsonl"))
                            .sorted(Comparator.comparing(TrainCommand::fileNumber)
                                    .thenComparing(f -> f.getFileName().toString()))
                            .forEach(files::add);
                }
            }
        }
        Set<String> excluded = new LinkedHashSet<>();
        if (Files.exists(excludeIds)) {
            excluded = Files.readAllLines(excludeIds, StandardCharsets.UTF_8).stream().map(PaperKeys::arxivId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        err.println("paperkg train: annotations " + files + ", " + excluded.size() + " excluded ids");
        long t0 = System.nanoTime();
        ModelTrainer.Result result = new ModelTrainer(line -> err.println("paperkg train: " + line)).train(
                new ModelTrainer.Settings(shared, files, excluded, new LinkedHashSet<>(sources), limit,
                        Math.max(1, threads), groups, documentWeight, c, compare, perTypeThresholds, boosted,
                        stacked && !boosted));
        ModelTrainer.write(result.model(), out);
        System.out.print(result.report());
        if (report != null) {
            Files.writeString(report, result.report(), StandardCharsets.UTF_8);
        }
        if (taskErrors != null) {
            Files.write(taskErrors, result.taskErrors(), StandardCharsets.UTF_8);
        }
        err.printf(Locale.ROOT, "paperkg train: wrote %s (%d KB) in %.0f s%n", out, Files.size(out) / 1024,
                (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
