package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import me.tongfei.progressbar.ProgressBar;
import org.paperkg.mentions.CombinedMentionExtractor;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllFile;
import org.paperkg.mentions.conll.ConllReader;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.mentions.conll.TagScheme;
import org.paperkg.mentions.ner.CrfMentionExtractor;
import org.paperkg.mentions.ner.CrfTagger;
import org.paperkg.mentions.ner.CrfTrainer;
import org.paperkg.mentions.ner.SpanEvaluation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code train-ner} command: trains a CoreNLP CRF for methods, tasks and datasets from CoNLL files. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {
            "Trains a CoreNLP CRF that tags methods, tasks and datasets, from CoNLL-style files (SciERC's "
                + "'token POS O I-Type' or 'token<TAB>tag', IO, BIO or BIOES tags), for 'paperkg build --ner-model'.",
            "With --eval it then scores the model on gold CoNLL files (exact-span precision, recall, F1)."},
        footer = {"",
            "Examples:",
            "  paperkg train-ner --conll ../shared/data/scierc/train.txt --out scierc.ser.gz",
            "  paperkg train-ner --model scierc.ser.gz --eval ../shared/data/scierc/test.txt --with-rules",
            "",
            "Exit codes: 0 done, 2 some training file rejected (trained on the rest), 1 failure."})
public final class TrainNerCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Training training;

        @Option(names = "--model", paramLabel = "MODEL",
                description = "Evaluate this existing model instead of training one (use with --eval).")
        Path model;
    }

    static final class Training {
        @Option(names = "--conll", arity = "1..*", required = true, paramLabel = "FILE",
                description = "CoNLL training files.")
        List<Path> conll;

        @Option(names = "--out", required = true, paramLabel = "MODEL",
                description = "Model file to write (e.g. model.ser.gz; gzip-compressed when it ends in .gz).")
        Path out;
    }

    @Option(names = "--labels", paramLabel = "MAPPING",
            description = "Source type to paperkg type, as a file or inline: 'Method=method,Task=task,Material=dataset'. "
                    + "Default: SciERC Method/Task/Material and cs-ner METHOD, SOLUTION/RESEARCH_PROBLEM/DATASET; "
                    + "other types dropped.")
    String labels;

    @Option(names = "--scheme", defaultValue = "io", paramLabel = "io|bio",
            description = "Labels the model learns: io (default; adjacent entities of one type merge) or bio.")
    String scheme;

    @Option(names = "--only-mapped-types",
            description = "Learn only the mapped types; by default the other source types (e.g. SciERC's "
                    + "OtherScientificTerm) are learnt as classes of their own, then ignored when extracting.")
    boolean onlyMappedTypes;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Threads for the optimiser's gradient (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--eval", arity = "1..*", paramLabel = "GOLD",
            description = "After training (or with --model), score the model on these gold CoNLL files.")
    List<Path> eval = new ArrayList<>();

    @Option(names = "--with-rules",
            description = "With --eval, also score the rule extractor alone and combined with the CRF (all mentions; "
                    + "and CRF first, rules only where the CRF found nothing overlapping).")
    boolean withRules;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        TagMapping mapping = mapping();
        TagScheme modelScheme = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "io" -> TagScheme.IO;
            case "bio" -> TagScheme.BIO;
            default -> throw new IllegalArgumentException("--scheme must be io or bio, not '" + scheme + "'");
        };
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (mode.model != null && eval.isEmpty()) {
            throw new IllegalArgumentException("--model needs --eval GOLD... (to train, use --conll and --out)");
        }
        int exit = ExitCodes.OK;
        Path model = mode.model;
        if (mode.training != null) {
            List<ConllDocument> docs = new ArrayList<>();
            ConllReader reader = new ConllReader();
            for (Path file : mode.training.conll) {
                try {
                    ConllFile read = reader.read(file);
                    read.warnings().forEach(w -> err.println("paperkg train-ner: " + w));
                    docs.addAll(read.documents());
                    err.printf(Locale.ROOT, "Read %s: %d documents, %d sentences, %d tokens (%s, %s tags)%n", file,
                            read.documents().size(), read.sentenceCount(), read.tokenCount(),
                            read.shape().name().toLowerCase(Locale.ROOT), read.scheme());
                } catch (IOException e) {
                    err.println("paperkg train-ner: " + e.getMessage() + " (file skipped)");
                    exit = ExitCodes.REJECTED;
                }
            }
            if (docs.isEmpty()) {
                err.println("paperkg train-ner: no training data was read");
                return ExitCodes.FAILURE;
            }
            model = mode.training.out;
            Properties props = CrfTrainer.defaultProperties();
            props.setProperty("multiThreadGrad", Integer.toString(threads));
            err.println("Training the CRF (SciERC's 1,861 sentences take a few minutes on one thread)...");
            CrfTrainer.Result result;
            try (Heartbeat ignored = new Heartbeat(err)) {
                result = new CrfTrainer(mapping, modelScheme, props, !onlyMappedTypes).train(docs, model);
            }
            err.printf(Locale.ROOT, "Trained on %d sentences, %d tokens, spans: %s in %.1f s; wrote %s (%,d bytes)%n",
                    result.sentences(), result.tokens(), spanSummary(result), result.time().toMillis() / 1000.0,
                    model, result.modelBytes());
        }
        if (!eval.isEmpty()) {
            evaluate(model, mapping, err);
        }
        return exit;
    }

    private void evaluate(Path model, TagMapping mapping, PrintStream err) throws IOException {
        List<ConllDocument> gold = new ArrayList<>();
        ConllReader reader = new ConllReader();
        for (Path file : eval) {
            gold.addAll(reader.documents(file));
        }
        long t0 = System.nanoTime();
        CrfMentionExtractor crf = new CrfMentionExtractor(model);
        err.printf(Locale.ROOT, "Loaded %s in %.1f s%n", model, (System.nanoTime() - t0) / 1e9);
        String golds = eval.size() == 1 ? eval.get(0).toString() : eval.size() + " files";
        System.out.println(SpanEvaluation.evaluateTokens(crf.tagger(), gold, mapping)
                .format("CRF on the gold tokens, " + golds));
        t0 = System.nanoTime();
        System.out.println(SpanEvaluation.evaluate(crf, gold, mapping)
                .format("CRF on the rebuilt text (CoreNLP tokens), " + golds));
        err.printf(Locale.ROOT, "  %.1f documents/s%n", gold.size() / ((System.nanoTime() - t0) / 1e9));
        if (withRules) {
            MentionExtractor rules = ruleExtractor();
            System.out.println(SpanEvaluation.evaluate(rules, gold, mapping).format("rules alone, " + golds));
            System.out.println(SpanEvaluation.evaluate(new CombinedMentionExtractor(List.of(rules, crf)), gold, mapping)
                    .format("rules + CRF (all mentions), " + golds));
            System.out.println(SpanEvaluation.evaluate(new CombinedMentionExtractor(List.of(crf, rules),
                    CombinedMentionExtractor.Overlaps.PREFER_EARLIER), gold, mapping)
                    .format("CRF, then rules where the CRF found nothing overlapping, " + golds));
        }
    }

    /** The rule extractor, looked up by name so this command builds before it lands on main. */
    private static MentionExtractor ruleExtractor() {
        String name = "org.paperkg.mentions.RuleMentionExtractor";
        try {
            Class<?> c = Class.forName(name);
            return (MentionExtractor) c.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("--with-rules needs the rule extractor (" + name
                    + "), which this build does not have yet", e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("could not create the rule extractor " + name + ": " + e, e);
        }
    }

    private TagMapping mapping() throws IOException {
        if (labels == null) {
            return TagMapping.defaults();
        }
        Path file = Path.of(labels);
        return Files.isRegularFile(file) ? TagMapping.read(file) : TagMapping.parse(labels);
    }

    private static String spanSummary(CrfTrainer.Result result) {
        List<String> parts = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            parts.add(t.id() + " " + result.spans().getOrDefault(t, 0));
        }
        return String.join(", ", parts);
    }

    /** Shows elapsed time while training: a bar on a terminal, else a line every minute. */
    private static final class Heartbeat implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "train-ner-heartbeat");
            t.setDaemon(true);
            return t;
        });
        private final ProgressBar bar;

        Heartbeat(PrintStream err) {
            bar = ProgressBars.open("Training", -1, "s");
            long start = System.nanoTime();
            if (bar != null) {
                timer.scheduleAtFixedRate(() -> bar.stepTo((System.nanoTime() - start) / 1_000_000_000L),
                        1, 1, TimeUnit.SECONDS);
            } else {
                timer.scheduleAtFixedRate(() -> err.printf(Locale.ROOT, "  still training, %d s%n",
                        (System.nanoTime() - start) / 1_000_000_000L), 60, 60, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() {
            timer.shutdownNow();
            if (bar != null) {
                bar.close();
            }
        }
    }
}
