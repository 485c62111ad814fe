package org.paperkg.learning;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.paperkg.mentions.EntityType;

/**
 * The learned extractor's model: the corpus word statistics, the name prior, a type classifier (none, method, task,
 * dataset) with an optional boosted second stage, an optional proposed-method classifier, and the decision
 * thresholds tuned on the dev split. Stored as one zip file;
 * the committed one is a class-path resource. Immutable and thread-safe.
 */
public final class LearnedModel {

    /** Where the committed model lives on the class path (and in the sources, under src/main/resources). */
    public static final String RESOURCE = "/org/paperkg/learning/learned-extractor.zip";

    /** Class labels of the type classifier: 0 none, then the entity types in {@link EntityType} order. */
    static final int CLASSES = EntityType.values().length + 1;

    private final WordStatistics words;
    private final NamePrior prior;
    private final LinearClassifier types;
    /** Second stage over the type classifier's probabilities, or null (EVALUATION.md, "Third round"). */
    private final BoostedStage stage;
    private final LinearClassifier proposed;
    /**
     * Whether a candidate, whatever its type, is a method the paper proposes (trained on every candidate of the
     * annotated papers), or null: it finds the unnamed contributions the type classifier leaves out.
     */
    private final LinearClassifier contribution;
    /** Keep threshold of each entity type, in {@link EntityType} order (datasets are rarer than methods). */
    private final double[] typeThresholds;
    private final double proposedThreshold;
    /** A candidate whose {@link #contribution} probability reaches this is a proposed method; above 1: off. */
    private final double contributionThreshold;
    /**
     * The paper-level bar: a paper with no proposed method after the other decisions proposes its candidate of
     * highest {@link #contribution} probability when that reaches this lower bar (most papers propose something);
     * above 1: off.
     */
    private final double paperProposedThreshold;
    private final Properties info;
    /** Keep one of task names that are variants of each other ({@link TaskVariants}); older models: no. */
    private final boolean oneTaskName;
    /** Paper-level limits on the names kept ({@link NamesPerPaper}); older models: none. */
    private final NamesPerPaper perPaper;
    /**
     * The paper-level second stage over the type classifier's probabilities, or null (older models): it decides each
     * candidate beside the paper's others (EVALUATION.md, "Paper-level second stage").
     */
    private final PaperStage paperStage;

    /** The zip entries of the paper-level second stage: its logistic regression and its feature names. */
    private static final String PAPER_STAGE = "paper-stage.liblinear";
    private static final String PAPER_STAGE_FEATURES = "paper-stage-features.txt";

    /** The model property that turns {@link TaskVariants} on. */
    static final String ONE_TASK_NAME = "tasks.one-name";

    LearnedModel(WordStatistics words, NamePrior prior, LinearClassifier types, BoostedStage stage,
                 LinearClassifier proposed, double typeThreshold, double proposedThreshold, Properties info) {
        this(words, prior, types, stage, proposed, null, uniform(typeThreshold), proposedThreshold, OFF, OFF,
                NamesPerPaper.NONE, null, info);
    }

    private LearnedModel(WordStatistics words, NamePrior prior, LinearClassifier types, BoostedStage stage,
                         LinearClassifier proposed, LinearClassifier contribution, double[] typeThresholds,
                         double proposedThreshold, double contributionThreshold, double paperProposedThreshold,
                         NamesPerPaper perPaper, PaperStage paperStage, Properties info) {
        this.stage = stage;
        this.paperStage = paperStage;
        this.words = Objects.requireNonNull(words, "words");
        this.prior = Objects.requireNonNull(prior, "prior");
        this.types = Objects.requireNonNull(types, "types");
        this.proposed = proposed;
        this.contribution = contribution;
        this.contributionThreshold = contributionThreshold;
        this.typeThresholds = typeThresholds.clone();
        this.proposedThreshold = proposedThreshold;
        this.paperProposedThreshold = paperProposedThreshold;
        this.perPaper = Objects.requireNonNull(perPaper, "perPaper");
        this.info = info;
        this.oneTaskName = Boolean.parseBoolean(info.getProperty(ONE_TASK_NAME, "false"));
    }

    /** The paper-level limits on the names kept. */
    NamesPerPaper perPaper() {
        return perPaper;
    }

    /** A copy with other paper-level limits (used while tuning and in ablations). */
    LearnedModel withPerPaper(NamesPerPaper limits) {
        return new LearnedModel(words, prior, types, stage, proposed, contribution, typeThresholds, proposedThreshold,
                contributionThreshold, paperProposedThreshold, limits, paperStage, info);
    }

    /** Whether a paper keeps only the most probable of task names that are variants of each other. */
    boolean oneTaskName() {
        return oneTaskName;
    }

    /** The corpus statistics the features use. */
    public WordStatistics words() {
        return words;
    }

    /** How the annotators named candidate texts in the training papers (empty in models without it). */
    public NamePrior prior() {
        return prior;
    }

    double typeThreshold(EntityType type) {
        return typeThresholds[type.ordinal()];
    }

    double proposedThreshold() {
        return proposedThreshold;
    }

    /** The paper-level proposed bar, above 1 when the paper-level decision is off. */
    double paperProposedThreshold() {
        return paperProposedThreshold;
    }

    /** Value of {@link #paperProposedThreshold} that turns the paper-level decision off. */
    static final double OFF = 2;

    /** A copy with one keep threshold for every type and another proposed threshold (used while tuning). */
    LearnedModel withThresholds(double type, double proposedMethod) {
        return copy(uniform(type), proposedMethod, contributionThreshold, paperProposedThreshold);
    }

    /** A copy with another proposed-method threshold (used while tuning). */
    LearnedModel withProposedThreshold(double threshold) {
        return copy(typeThresholds, threshold, contributionThreshold, paperProposedThreshold);
    }

    /** A copy with the contribution classifier (thresholds off until tuned). */
    LearnedModel withContribution(LinearClassifier classifier) {
        return new LearnedModel(words, prior, types, stage, proposed, classifier, typeThresholds, proposedThreshold,
                OFF, OFF, perPaper, paperStage, info);
    }

    /** A copy with another contribution threshold ({@link #OFF}: none; used while tuning and in ablations). */
    LearnedModel withContributionThreshold(double threshold) {
        return copy(typeThresholds, proposedThreshold, threshold, paperProposedThreshold);
    }

    boolean hasContributionClassifier() {
        return contribution != null;
    }

    double contributionThreshold() {
        return contributionThreshold;
    }

    private LearnedModel copy(double[] type, double proposedMethod, double contributed, double paper) {
        return new LearnedModel(words, prior, types, stage, proposed, contribution, type, proposedMethod, contributed,
                paper, perPaper, paperStage, info);
    }

    /** A copy with the paper-level second stage (thresholds as they were, to be tuned again). */
    LearnedModel withPaperStage(PaperStage second) {
        return new LearnedModel(words, prior, types, stage, proposed, contribution, typeThresholds, proposedThreshold,
                contributionThreshold, paperProposedThreshold, perPaper, second, info);
    }

    boolean hasPaperStage() {
        return paperStage != null;
    }

    /** A copy with another paper-level proposed bar ({@link #OFF}: none; used while tuning and in ablations). */
    LearnedModel withPaperProposedThreshold(double threshold) {
        return copy(typeThresholds, proposedThreshold, contributionThreshold, threshold);
    }

    boolean hasProposedClassifier() {
        return proposed != null;
    }

    /** A copy with another keep threshold for one type (used while tuning). */
    LearnedModel withTypeThreshold(EntityType type, double threshold) {
        double[] t = typeThresholds.clone();
        t[type.ordinal()] = threshold;
        return copy(t, proposedThreshold, contributionThreshold, paperProposedThreshold);
    }

    private static double[] uniform(double threshold) {
        double[] t = new double[EntityType.values().length];
        java.util.Arrays.fill(t, threshold);
        return t;
    }

    /** Facts about the training written with the model (sources, counts, date-free settings). */
    public Properties info() {
        Properties p = new Properties();
        p.putAll(info);
        return p;
    }

    /** The decision for one candidate: its type, or null for none, with the probability. */
    record Decision(EntityType type, double probability, boolean proposed) {
    }

    /** Probabilities of none, method, task, dataset of the first stage (the logistic regression). */
    double[] linearProbabilities(Candidate c) {
        return types.probabilities(c.features(), CLASSES);
    }

    /** Column of {@link #probabilities} with the proposed classifier's probability (given that it is a method). */
    static final int PROPOSED = CLASSES;
    /** Column of {@link #probabilities} with the contribution classifier's probability, -1 without one. */
    static final int CONTRIBUTED = CLASSES + 1;

    /**
     * What the decisions need of each candidate, none of it depending on thresholds: the probabilities of none,
     * method, task, dataset (the second stage's, when there is one), then {@link #PROPOSED} and
     * {@link #CONTRIBUTED}.
     */
    double[][] probabilities(List<Candidate> candidates) {
        List<double[]> first = candidates.stream().map(this::linearProbabilities).toList();
        double[][] typed = paperStage != null ? paperStage.probabilities(candidates, first)
                : stage == null ? first.toArray(new double[0][])
                : stage.probabilities(first, candidates.stream().map(Candidate::features).toList());
        double[][] out = new double[typed.length][];
        for (int i = 0; i < typed.length; i++) {
            out[i] = java.util.Arrays.copyOf(typed[i], CLASSES + 2);
            out[i][PROPOSED] = proposedProbability(candidates.get(i));
            out[i][CONTRIBUTED] = contribution == null ? -1
                    : contribution.probabilities(candidates.get(i).features(), 2)[1];
        }
        return out;
    }

    /** The decision for each candidate, in order. */
    List<Decision> decide(List<Candidate> candidates) {
        return decide(candidates, probabilities(candidates));
    }

    /**
     * The decisions given the candidates' {@link #probabilities} (computed once while tuning thresholds). The
     * candidates are one paper's. A candidate typed as a method is proposed when the proposed classifier says so;
     * any candidate the contribution classifier is sure of is a proposed method whatever its type (unnamed
     * contributions, "a graph sampler", are often typed as nothing); and a paper with no proposed method after that
     * proposes its likeliest contribution when it reaches the lower paper-level bar.
     */
    List<Decision> decide(List<Candidate> candidates, double[][] p) {
        List<Decision> out = new java.util.ArrayList<>(candidates.size());
        int best = -1;
        boolean anyProposed = false;
        for (int i = 0; i < p.length; i++) {
            EntityType type = bestType(p[i]);
            double q = p[i][CONTRIBUTED];
            if (q >= 0 && (best < 0 || q > p[best][CONTRIBUTED])) {
                best = i;
            }
            Decision d;
            if (q >= contributionThreshold) {
                d = new Decision(EntityType.METHOD, type == EntityType.METHOD ? Math.max(q, p[i][1]) : q, true);
            } else if (p[i][type.ordinal() + 1] < typeThresholds[type.ordinal()]) {
                d = new Decision(null, p[i][type.ordinal() + 1], false);
            } else {
                d = new Decision(type, p[i][type.ordinal() + 1],
                        type == EntityType.METHOD && p[i][PROPOSED] >= proposedThreshold);
            }
            anyProposed |= d.proposed();
            out.add(d);
        }
        if (!anyProposed && best >= 0 && p[best][CONTRIBUTED] >= paperProposedThreshold) {
            Decision d = out.get(best);
            out.set(best, new Decision(EntityType.METHOD, d.type() == EntityType.METHOD ? d.probability()
                    : p[best][CONTRIBUTED], true));
        }
        return out;
    }

    private static EntityType bestType(double[] p) {
        int best = 1;
        for (int k = 2; k < CLASSES; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return EntityType.values()[best - 1];
    }

    /**
     * The proposed classifier's probability that the paper proposes the method; without a classifier, 1 when the
     * rules call it the paper's contribution and 0 otherwise.
     */
    private double proposedProbability(Candidate c) {
        if (proposed == null) {
            return c.rule() != null && c.rule().role() == org.paperkg.mentions.MentionRole.CONTRIBUTED
                    && c.rule().type() == EntityType.METHOD ? 1 : 0;
        }
        return proposed.probabilities(c.features(), 2)[1];
    }

    /** The committed model from the class path. */
    public static LearnedModel committed() throws IOException {
        try (InputStream in = LearnedModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the learned model " + RESOURCE + " is not on the class path; run "
                        + "'paperkg train' or use '--extractor rules'");
            }
            return read(in, RESOURCE);
        }
    }

    /** A model file written by {@link #write}. */
    public static LearnedModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static LearnedModel read(InputStream in, String name) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        for (String needed : List.of("features.txt", "words.tsv", "types.liblinear", "model.properties")) {
            if (!entries.containsKey(needed)) {
                throw new IOException(name + ": not a learned-extractor model (no " + needed + ")");
            }
        }
        LinearClassifier.FeatureIndex index = new LinearClassifier.FeatureIndex(
                text(entries.get("features.txt")).lines().toList());
        WordStatistics words;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(entries.get("words.tsv")), StandardCharsets.UTF_8))) {
            words = WordStatistics.read(r);
        }
        NamePrior prior = NamePrior.empty();
        // models written before the name prior have no prior.tsv
        if (entries.containsKey("prior.tsv")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(entries.get("prior.tsv")), StandardCharsets.UTF_8))) {
                prior = NamePrior.read(r, name);
            }
        }
        Properties info = new Properties();
        info.load(new StringReader(text(entries.get("model.properties"))));
        LinearClassifier types = LinearClassifier.load(index, text(entries.get("types.liblinear")));
        BoostedStage stage = null;
        if (entries.containsKey("stage.ubj")) {
            stage = BoostedStage.load(new LinearClassifier.FeatureIndex(
                    text(entries.get("stage-features.txt")).lines().toList()), entries.get("stage.ubj"));
        }
        PaperStage paperStage = null;
        if (entries.containsKey(PAPER_STAGE)) {
            paperStage = PaperStage.load(new LinearClassifier.FeatureIndex(
                    text(entries.get(PAPER_STAGE_FEATURES)).lines().toList()), text(entries.get(PAPER_STAGE)));
        }
        LinearClassifier proposed = entries.containsKey("proposed.liblinear")
                ? LinearClassifier.load(index, text(entries.get("proposed.liblinear"))) : null;
        // models written before the contribution classifier have none, and no thresholds for it
        LinearClassifier contribution = entries.containsKey("contribution.liblinear")
                ? LinearClassifier.load(index, text(entries.get("contribution.liblinear"))) : null;
        // models written before per-type thresholds have only threshold.type
        double global = Double.parseDouble(info.getProperty("threshold.type"));
        double[] thresholds = new double[EntityType.values().length];
        for (EntityType t : EntityType.values()) {
            thresholds[t.ordinal()] = Double.parseDouble(info.getProperty("threshold.type." + t.id(),
                    Double.toString(global)));
        }
        // models written before the paper-level decisions have no threshold.proposed.paper, limit.* or
        // threshold.task.paper: they are off
        int[] caps = new int[EntityType.values().length];
        for (EntityType t : EntityType.values()) {
            caps[t.ordinal()] = Integer.parseInt(info.getProperty("limit.names." + t.id(), "0"));
        }
        NamesPerPaper perPaper = new NamesPerPaper(caps,
                Double.parseDouble(info.getProperty("threshold.task.paper", Double.toString(OFF))));
        return new LearnedModel(words, prior, types, stage, proposed, contribution, thresholds,
                Double.parseDouble(info.getProperty("threshold.proposed", "0.5")),
                Double.parseDouble(info.getProperty("threshold.contribution", Double.toString(OFF))),
                Double.parseDouble(info.getProperty("threshold.proposed.paper", Double.toString(OFF))), perPaper,
                paperStage, info);
    }

    /** Writes the model as a zip file (deterministic entry order, fixed entry times). */
    public void write(OutputStream out) throws IOException {
        LinearClassifier.FeatureIndex index = types.index();
        Properties p = new Properties();
        p.putAll(info);
        p.setProperty("threshold.type", String.format(Locale.ROOT, "%.3f", typeThresholds[0]));
        for (EntityType t : EntityType.values()) {
            p.setProperty("threshold.type." + t.id(), String.format(Locale.ROOT, "%.3f",
                    typeThresholds[t.ordinal()]));
        }
        p.setProperty("threshold.proposed", String.format(Locale.ROOT, "%.3f", proposedThreshold));
        optionalThreshold(p, "threshold.contribution", contributionThreshold);
        optionalThreshold(p, "threshold.proposed.paper", paperProposedThreshold);
        optionalThreshold(p, "threshold.task.paper", perPaper.taskBar());
        for (EntityType t : EntityType.values()) {
            if (perPaper.cap(t) > 0) {
                p.setProperty("limit.names." + t.id(), Integer.toString(perPaper.cap(t)));
            } else {
                p.remove("limit.names." + t.id());
            }
        }
        StringWriter props = new StringWriter();
        p.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .forEach(l -> props.write(l + "\n"));
        StringWriter wordText = new StringWriter();
        try (PrintWriter pw = new PrintWriter(wordText)) {
            words.write(pw);
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "model.properties", props.toString());
            entry(zip, "features.txt", String.join("\n", index.names()) + "\n");
            entry(zip, "words.tsv", wordText.toString());
            if (!prior.isEmpty()) {
                StringWriter priorText = new StringWriter();
                try (PrintWriter pw = new PrintWriter(priorText)) {
                    prior.write(pw);
                }
                entry(zip, "prior.tsv", priorText.toString());
            }
            entry(zip, "types.liblinear", types.save());
            if (proposed != null) {
                entry(zip, "proposed.liblinear", proposed.save());
            }
            if (contribution != null) {
                entry(zip, "contribution.liblinear", contribution.save());
            }
            if (stage != null) {
                entry(zip, "stage-features.txt", String.join("\n", stage.columns().names()) + "\n");
                entry(zip, "stage.ubj", stage.save());
            }
            if (paperStage != null) {
                entry(zip, PAPER_STAGE_FEATURES, String.join("\n", paperStage.columns().names()) + "\n");
                entry(zip, PAPER_STAGE, paperStage.save());
            }
        }
    }

    /** Writes a threshold that may be off (above 1: left out, as in models written before it). */
    private static void optionalThreshold(Properties p, String key, double value) {
        if (value <= 1) {
            p.setProperty(key, String.format(Locale.ROOT, "%.3f", value));
        } else {
            p.remove(key);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
