package org.paperkg.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.paperkg.listings.PaperSource;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Vocabulary;
import org.paperkg.papers.PaperRecord;

/**
 * Rebuilds the learned model from the shared data and the team's annotations: corpus word statistics in one
 * streaming pass over the daily arXiv listings, candidates of every training text, a type classifier and a
 * proposed-method classifier, thresholds tuned on the dev split (gold-dev and a fixed fifth of the annotated
 * papers, never trained on), and optionally the ablation table. Deterministic for the same inputs.
 */
public final class ModelTrainer {

    /** Names of the training sources, as used in reports and {@link Settings#sources}. */
    public static final List<String> SOURCES = List.of("annotations", "scier-fulltext", "cs-ner", "acl-titles");
    /** The sources the committed model trains on (EVALUATION.md, "Learned extractor", per-source ablation). */
    public static final List<String> DEFAULT_SOURCES = List.of("annotations", "scier-fulltext", "cs-ner");

    /**
     * What to train from.
     *
     * @param shared          the shared data folder ({@code ../shared})
     * @param annotationFiles the team's document-level annotations (JSON Lines)
     * @param excludedIds     arXiv ids never to read (the held-out test papers)
     * @param sources         which training sources the model uses ({@link #SOURCES}); the ablations read all
     * @param limit           at most this many texts per source (0: all), for quick runs
     * @param threads         analysis threads
     * @param ablations       which ablation groups to train and score besides the model ({@link #ABLATIONS})
     * @param documentWeight  how many times a document-level example counts (they follow the guideline the
     *                        model is judged by; mention-level sources annotate to other conventions)
     * @param c               inverse regularisation strength of the logistic regressions
     * @param compare         earlier model files to score on the same dev papers (like-for-like comparison)
     * @param perTypeThresholds tune a keep threshold per type (else one for all types)
     * @param boosted         follow the logistic regression with a boosted second stage ({@link BoostedStage})
     * @param stacked         follow it with the paper-level second stage ({@link PaperStage}) instead
     */
    public record Settings(Path shared, List<Path> annotationFiles, Set<String> excludedIds, Set<String> sources,
                           int limit, int threads, Set<String> ablations, int documentWeight, double c,
                           List<Path> compare, boolean perTypeThresholds, boolean boosted, boolean stacked) {

        public Settings {
            ablations = Set.copyOf(ablations);
            compare = List.copyOf(compare);
        }

        /** The settings the committed model is trained with; {@code ablations}: all groups or none. */
        public Settings(Path shared, List<Path> annotationFiles, Set<String> excludedIds, Set<String> sources,
                        int limit, int threads, boolean ablations) {
            this(shared, annotationFiles, excludedIds, sources, limit, threads,
                    ablations ? Set.copyOf(ABLATIONS) : Set.of(), DOCUMENT_WEIGHT, C, List.of(), PER_TYPE_THRESHOLDS,
                    BOOSTED, STACKED);
        }
    }

    /**
     * Ablation groups: feature families, the name prior alone (one row, also part of the feature families), the
     * other learner (with or without the boosted second stage; both with thresholds cross-fitted), training sources, regularisation and weighting, the learning curve (fewer annotated papers), and thresholds
     * (one global keep threshold against one per type, cross-fitted), and the paper-level second stage ({@code
     * stack}: with and without, cross-fitted). The variants of the feature, prior, source, regularisation, curve,
     * task and proposed groups are first stages alone: read them against the row without the paper-level stage.
     */
    public static final List<String> ABLATIONS = List.of("features", "prior", "learner", "sources", "regularisation",
            "curve", "thresholds", "tasks", "proposed", "limits", "stack");
    /** Annotated papers (in file order, their dev fifth held out as always) of the learning-curve rows: the 1,700 of
     * the second round (gold/train-1 .. train-15), against all (earlier rounds also ran 300, 500 and 900). */
    static final int[] CURVE = {1700};

    /**
     * The trained model, a Markdown report of the dev figures, and the model's task errors on dev (one
     * tab-separated line each, {@link DevErrors}).
     */
    public record Result(LearnedModel model, String report, List<String> taskErrors) {
    }

    /** Default of {@link Settings#c}. */
    public static final double C = 0.5;
    /** Default of {@link Settings#perTypeThresholds}. */
    public static final boolean PER_TYPE_THRESHOLDS = true;
    /** Default of {@link Settings#boosted}: no second stage (EVALUATION.md, "Third round": no gain beyond noise). */
    public static final boolean BOOSTED = false;
    /**
     * Default of {@link Settings#stacked}: no paper-level second stage. It gained on dev at the adoption bar, but not on
     * the never-seen test sets (EVALUATION.md, "Paper-level second stage"), so the committed model stays without it.
     */
    public static final boolean STACKED = false;
    /**
     * Whether the contribution classifier's thresholds are tuned: a candidate it is sure of is a proposed method,
     * and a paper with no proposed method may propose its likeliest contribution (EVALUATION.md, "Proposed-method
     * recall"); the ablation group {@code proposed} turns them off.
     */
    static final boolean CONTRIBUTION_DECISIONS = true;
    /** Whether the model has the contribution classifier of {@link LearnedModel#decide} (needs the proposed one). */
    static final boolean CONTRIBUTION = true;
    /**
     * Whether the paper-level limits are tuned ({@link NamesPerPaper}: at most so many names of a type per paper, and
     * the likeliest task for a paper without one); the ablation group {@code limits} compares without them.
     */
    static final boolean PER_PAPER_LIMITS = true;
    /** Default of {@link Settings#documentWeight}. */
    public static final int DOCUMENT_WEIGHT = 3;

    private final Consumer<String> log;

    /** A trainer that reports progress to {@code log}. */
    public ModelTrainer(Consumer<String> log) {
        this.log = log;
    }

    /** Trains, tunes and reports; writes nothing. */
    public Result train(Settings s) throws IOException {
        Path data = s.shared().resolve("data");
        Path daily = data.resolve("arxiv-daily");
        WordStatistics counted = wordStatistics(daily, s.excludedIds());
        log.accept(String.format(Locale.ROOT, "Word statistics: %d words from %d papers", counted.size(),
                counted.papers()));

        List<AnnotatedText> train = new ArrayList<>();
        List<AnnotatedText> dev = new ArrayList<>();
        Path goldDev = data.resolve("gold-dev/seed_gold_dev.json");
        if (Files.exists(goldDev)) {
            dev.addAll(TrainingSources.goldDev(goldDev, List.of(s.shared().resolve("seeds"))));
        }
        Set<String> read = s.ablations().contains("sources") ? new HashSet<>(SOURCES) : s.sources();
        List<String> annotatedOrder = new ArrayList<>();
        if (read.contains("annotations") && !s.annotationFiles().isEmpty()) {
            List<Path> listings = new ArrayList<>(List.of(daily));
            Path seeds = s.shared().resolve("seeds");
            if (Files.isDirectory(seeds)) {
                listings.add(seeds); // the seeds' papers outside gold-dev are annotated too (sixth draw)
            }
            List<AnnotatedText> annotated = limit(TrainingSources.annotations(s.annotationFiles(), listings, data,
                    s.excludedIds(), log), s.limit());
            for (AnnotatedText t : annotated) {
                (devSlice(t.id()) ? dev : train).add(t);
                annotatedOrder.add(t.id());
            }
        }
        if (read.contains("scier-fulltext")) {
            train.addAll(limit(TrainingSources.scierFulltext(data.resolve("scier-fulltext/train.jsonl")), s.limit()));
        }
        if (read.contains("cs-ner")) {
            Path cs = data.resolve("cs-ner");
            train.addAll(limit(TrainingSources.conll(List.of(cs.resolve("pwc/train.data"),
                    cs.resolve("ftd/train-abs.data"), cs.resolve("ncg/train-abs.data")), "cs-ner"), s.limit()));
        }
        if (read.contains("acl-titles")) {
            // cs-ner's ACL Anthology titles: the same tag set as its other parts, on NLP titles only
            train.addAll(limit(TrainingSources.conll(List.of(data.resolve("cs-ner/acl/train.data")), "acl-titles"),
                    s.limit()));
        }
        WordStatistics words = counted.withClasses(wordClasses(counted, daily, s.excludedIds(), train));
        log.accept("Word classes: " + WordClustering.CLASSES + " classes");
        Map<String, Integer> counts = new LinkedHashMap<>();
        train.forEach(t -> counts.merge(t.source(), 1, Integer::sum));
        log.accept("Training texts: " + counts + "; dev papers: " + dev.size());
        if (dev.isEmpty()) {
            throw new IOException("no dev papers: " + goldDev + " and the annotations' dev slice are both absent");
        }

        // the name prior depends on which papers a variant trains on: its features are added per variant (fit)
        PaperAnalyser analyser = new PaperAnalyser(Vocabulary.empty(), words, NamePrior.empty());
        Map<AnnotatedText, PaperAnalyser.Analysis> analyses = analyse(analyser, train, dev, s.threads());
        Map<AnnotatedText, List<LabelledCandidate>> labelled = new LinkedHashMap<>();
        for (AnnotatedText t : train) {
            labelled.put(t, CandidateLabeller.label(t, analyses.get(t).candidates()));
        }
        Map<AnnotatedText, Map<String, Integer>> outcomes = new HashMap<>();
        for (AnnotatedText t : train) {
            if (t.document() != null) {
                outcomes.put(t, NamePrior.outcomes(analyses.get(t).candidates(), labelled.get(t)));
            }
        }
        Prepared prepared = new Prepared(labelled, outcomes, dev, analyses, words, counts);

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Dev: %d papers (%d gold-dev, %d annotated, of which %d "
                        + "abstracts without a title). Training texts: %s; labelled candidates: %d.%n%n", dev.size(),
                dev.stream().filter(t -> t.source().equals("gold-dev")).count(),
                dev.stream().filter(t -> t.source().equals("annotations")).count(),
                dev.stream().filter(DevTables::abstractOnly).count(), counts,
                labelled.values().stream().mapToInt(List::size).sum()));
        report.append(String.format(Locale.ROOT, "Candidate recall on dev (share of gold entities some candidate "
                + "matches, partial): %.3f; settings: document weight %d, C %.2f.%n%n",
                candidateRecall(dev, analyses), s.documentWeight(), s.c()));
        DevTables tables = new DevTables(dev);
        tables.row("rules only (the rule extractor's mentions)", t -> analyses.get(t).ruleMentions());

        for (Path file : s.compare()) {
            LearnedModel earlier = LearnedModel.read(file);
            tables.row("earlier model " + file.getFileName() + " (its own thresholds)",
                    t -> LearnedMentionExtractor.mentions(withPrior(analyses.get(t).candidates(),
                            earlier.prior()), earlier));
        }

        Predicate<AnnotatedText> chosen = t -> s.sources().contains(t.source());
        Variant full = new Variant("learned (" + String.join(" + ", s.sources()) + ", all features"
                + (s.boosted() ? ", boosted second stage" : "") + (s.stacked() ? ", paper-level second stage" : "")
                + ")", chosen, EnumSet.allOf(FeatureGroup.class), s.boosted(), s.stacked());
        LearnedModel model = fit(s, full, prepared, tables);
        ProposedDecisionReport proposedReport = new ProposedDecisionReport(dev, analyses, tables);
        for (Path file : s.compare()) {
            proposedReport.misses("earlier model " + file.getFileName(), LearnedModel.read(file));
        }
        proposedReport.misses("this model", model);
        if (s.ablations().contains("proposed")) {
            proposedReport.ablation(model, s.perTypeThresholds());
            Set<FeatureGroup> others = EnumSet.allOf(FeatureGroup.class);
            others.remove(FeatureGroup.CONTRIBUTION);
            LearnedModel without = fit(s, new Variant("without " + FeatureGroup.CONTRIBUTION.description(), chosen,
                    others), prepared, tables);
            crossFittedRow("without " + FeatureGroup.CONTRIBUTION.description() + ", thresholds cross-fitted (two "
                    + "folds)", without, s.perTypeThresholds(), CONTRIBUTION_DECISIONS, dev, analyses, tables);
            proposedReport.misses("the model without " + FeatureGroup.CONTRIBUTION.description(), without);
            log.accept("Scored the proposed-method ablation");
        }
        if (s.ablations().contains("thresholds")) {
            thresholdAblation(model, dev, analyses, tables);
        }
        if (s.ablations().contains("limits")) {
            for (boolean limits : new boolean[] {false, true}) {
                crossFittedRow((limits ? "with" : "without") + " the paper-level limits, thresholds cross-fitted (two "
                        + "folds)", model, s.perTypeThresholds(), CONTRIBUTION_DECISIONS, limits, dev, analyses,
                        c -> true, tables);
            }
            log.accept("Scored the paper-level limits ablation");
        }
        if (s.ablations().contains("curve")) {
            for (int n : CURVE) {
                if (n >= annotatedOrder.size()) {
                    continue;
                }
                Set<String> first = new HashSet<>(annotatedOrder.subList(0, n));
                long trained = train.stream().filter(t -> t.document() != null && first.contains(t.id())).count();
                fit(s, new Variant(String.format(Locale.ROOT, "first %d annotated papers (%d trained on)", n,
                                trained), t -> chosen.test(t) && (t.document() == null || first.contains(t.id())),
                        EnumSet.allOf(FeatureGroup.class)), prepared, tables);
            }
        }
        if (s.ablations().contains("learner")) {
            LearnedModel other = fit(s, new Variant(s.boosted() ? "logistic regression alone"
                    : "with a boosted second stage (XGBoost)", chosen, EnumSet.allOf(FeatureGroup.class),
                    !s.boosted()), prepared, tables);
            for (LearnedModel m : List.of(model, other)) {
                String stage = m == other ? (s.boosted() ? "logistic regression alone" : "boosted second stage")
                        : s.boosted() ? "boosted second stage"
                        : m.hasPaperStage() ? "paper-level second stage" : "logistic regression alone";
                crossFittedRow(stage + ", thresholds cross-fitted (two folds)", m, s.perTypeThresholds(),
                        CONTRIBUTION_DECISIONS, dev, analyses, tables);
            }
        }
        String relations = s.ablations().contains("stack") ? stackAblation(s, chosen, model, prepared, tables) : "";
        if (s.ablations().contains("tasks")) {
            taskAblation(s, chosen, model, prepared, tables);
        }
        if (s.ablations().contains("prior") && !s.ablations().contains("features")) {
            Set<FeatureGroup> others = EnumSet.allOf(FeatureGroup.class);
            others.remove(FeatureGroup.PRIOR);
            fit(s, new Variant("without " + FeatureGroup.PRIOR.description(), chosen, others), prepared, tables);
        }
        if (s.ablations().contains("features")) {
            for (FeatureGroup g : List.of(FeatureGroup.PRIOR, FeatureGroup.DOCUMENT, FeatureGroup.WORD_CLASSES,
                    FeatureGroup.CONJUNCTIONS, FeatureGroup.CORPUS, FeatureGroup.RULES)) {
                Set<FeatureGroup> others = EnumSet.allOf(FeatureGroup.class);
                others.remove(g);
                fit(s, new Variant("without " + g.description(), chosen, others), prepared, tables);
            }
            fit(s, new Variant("span features only", chosen, EnumSet.of(FeatureGroup.SPAN)),
                    prepared, tables);
        }
        if (s.ablations().contains("sources")) {
            for (String source : SOURCES) {
                if (!counts.containsKey(source)) {
                    continue;
                }
                fit(s, new Variant("only " + source, t -> t.source().equals(source),
                        EnumSet.allOf(FeatureGroup.class)), prepared, tables);
                boolean in = s.sources().contains(source);
                fit(s, new Variant((in ? "without " : "adding ") + source,
                        t -> s.sources().contains(t.source()) != t.source().equals(source),
                        EnumSet.allOf(FeatureGroup.class)), prepared, tables);
            }
        }
        if (s.ablations().contains("regularisation")) {
            for (double c : new double[] {0.1, 2.0}) {
                Settings other = new Settings(s.shared(), s.annotationFiles(), s.excludedIds(), s.sources(),
                        s.limit(), s.threads(), Set.of(), s.documentWeight(), c, List.of(), s.perTypeThresholds(),
                        s.boosted(), s.stacked());
                fit(other, new Variant(String.format(Locale.ROOT, "C = %.1f instead of %.1f", c, s.c()), chosen,
                        EnumSet.allOf(FeatureGroup.class)), prepared, tables);
            }
            Settings weight1 = new Settings(s.shared(), s.annotationFiles(), s.excludedIds(), s.sources(),
                    s.limit(), s.threads(), Set.of(), 1, s.c(), List.of(), s.perTypeThresholds(), s.boosted(),
                    s.stacked());
            fit(weight1, new Variant("document weight 1 instead of " + s.documentWeight(), chosen,
                    EnumSet.allOf(FeatureGroup.class)), prepared, tables);
        }
        List<String> taskErrors = DevErrors.lines(dev, t -> withPrior(analyses.get(t).candidates(), model.prior()),
                model, EntityType.TASK);
        return new Result(model, report.append(tables.render()).append(proposedReport.render()).append(relations)
                        .toString(),
                taskErrors);
    }

    /**
     * One model to fit: its name, training texts, feature families, whether a boosted stage follows, whether the
     * chunk variants are candidates ({@link ChunkVariants}), whether a paper keeps one of task names that are
     * variants of each other ({@link TaskVariants}) and whether the paper-level second stage follows
     * ({@link PaperStage}).
     */
    private record Variant(String name, Predicate<AnnotatedText> sources, Set<FeatureGroup> groups, boolean boosted,
                           boolean chunkVariants, boolean oneTaskName, boolean stacked) {
        Variant(String name, Predicate<AnnotatedText> sources, Set<FeatureGroup> groups, boolean boosted,
                boolean chunkVariants, boolean oneTaskName) {
            this(name, sources, groups, boosted, chunkVariants, oneTaskName, false);
        }

        Variant(String name, Predicate<AnnotatedText> sources, Set<FeatureGroup> groups, boolean boosted,
                boolean stacked) {
            this(name, sources, groups, boosted, true, true, stacked);
        }

        Variant(String name, Predicate<AnnotatedText> sources, Set<FeatureGroup> groups, boolean boosted) {
            this(name, sources, groups, boosted, true, true);
        }

        Variant(String name, Predicate<AnnotatedText> sources, Set<FeatureGroup> groups) {
            this(name, sources, groups, false);
        }

        /** Whether the candidate is one this variant has. */
        boolean has(Candidate c) {
            return chunkVariants || !ChunkVariants.isVariant(c);
        }
    }

    /**
     * What every variant is fitted from: the labelled candidates of the training texts, each annotated paper's
     * outcomes for the name prior, the dev papers and every text's analysis, the corpus statistics, texts per source.
     */
    private record Prepared(Map<AnnotatedText, List<LabelledCandidate>> labelled,
                            Map<AnnotatedText, Map<String, Integer>> outcomes, List<AnnotatedText> dev,
                            Map<AnnotatedText, PaperAnalyser.Analysis> analyses, WordStatistics words,
                            Map<String, Integer> counts) {
    }

    /**
     * A training paper's candidate with the variant's feature families and the name prior's features, the paper's
     * own outcome for the text left out ({@code own}: the annotated paper's outcomes, null for texts without one).
     */
    private static Candidate withTrainingPrior(Candidate c, Set<FeatureGroup> groups, NamePrior prior,
                                               Map<String, Integer> own) {
        String text = c.text();
        return c.keep(groups).plus(own == null ? prior.features(text)
                : prior.featuresLeavingOut(text, own.getOrDefault(NamePrior.key(text), -1)));
    }

    /** The candidates with the prior's features added (the analysis leaves them out, see {@link #fit}). */
    static List<Candidate> withPrior(List<Candidate> candidates, NamePrior prior) {
        return prior.isEmpty() ? candidates : candidates.stream().map(c -> c.plus(prior.features(c.text()))).toList();
    }

    private LearnedModel fit(Settings s, Variant v, Prepared data, DevTables tables) {
        Map<AnnotatedText, List<LabelledCandidate>> labelled = data.labelled();
        List<AnnotatedText> dev = data.dev();
        // the prior counts only this variant's annotated training papers; each of them sees it without itself
        NamePrior.Counter counter = new NamePrior.Counter();
        if (v.groups().contains(FeatureGroup.PRIOR)) {
            data.outcomes().forEach((t, o) -> {
                if (v.sources().test(t)) {
                    counter.add(o);
                }
            });
        }
        NamePrior prior = counter.build();
        List<List<String>> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        // one row per labelled candidate with its weight and fold (texts split in two), for the boosted stage
        List<List<String>> rows = new ArrayList<>();
        List<int[]> rowInfo = new ArrayList<>();
        List<List<String>> px = new ArrayList<>();
        List<Integer> py = new ArrayList<>();
        // every candidate of an annotated paper: is it a method the paper proposes (ProposedDecisionReport)?
        List<List<String>> cx = new ArrayList<>();
        List<Integer> cy = new ArrayList<>();
        Map<String, Integer> featureCounts = new HashMap<>();
        Map<String, Integer> used = new java.util.TreeMap<>();
        for (var e : labelled.entrySet()) {
            if (!v.sources().test(e.getKey())) {
                continue;
            }
            used.merge(e.getKey().source(), 1, Integer::sum);
            int weight = e.getKey().document() != null ? s.documentWeight() : 1;
            Map<String, Integer> own = data.outcomes().get(e.getKey());
            int fold = fold(e.getKey());
            for (LabelledCandidate l : e.getValue()) {
                if (!v.has(l.candidate())) {
                    continue;
                }
                List<String> f = withTrainingPrior(l.candidate(), v.groups(), prior, own).features();
                for (int w = 0; w < weight; w++) {
                    x.add(f);
                    y.add(l.label());
                }
                if (v.boosted() || v.stacked()) {
                    rows.add(f);
                    rowInfo.add(new int[] {l.label(), weight, fold});
                }
                f.forEach(n -> featureCounts.merge(n, 1, Integer::sum));
                if (l.proposed() >= 0) {
                    px.add(f);
                    py.add(l.proposed());
                }
                if (e.getKey().document() != null) {
                    cx.add(f);
                    cy.add(l.proposed() == 1 ? 1 : 0);
                }
            }
        }
        // features seen fewer than three times are noise that regularisation alone does not silence
        List<String> names = featureCounts.entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey)
                .sorted().toList();
        LinearClassifier.FeatureIndex index = new LinearClassifier.FeatureIndex(names);
        LinearClassifier types = LinearClassifier.train(index, x, y.stream().mapToInt(Integer::intValue).toArray(), s.c());
        boolean proposedModel = py.size() >= 50 && py.contains(1) && py.contains(0);
        LinearClassifier proposed = proposedModel
                ? LinearClassifier.train(index, px, py.stream().mapToInt(Integer::intValue).toArray(), s.c()) : null;
        Properties info = new Properties();
        info.setProperty("variant", v.name());
        info.setProperty(LearnedModel.ONE_TASK_NAME, Boolean.toString(v.oneTaskName()));
        info.setProperty("examples.type", Integer.toString(x.size()));
        info.setProperty("examples.proposed", Integer.toString(px.size()));
        info.setProperty("features", Integer.toString(index.size()));
        used.forEach((k, n) -> info.setProperty("texts." + k, Integer.toString(n)));
        info.setProperty("dev.papers", Integer.toString(dev.size()));
        info.setProperty("prior.texts", Integer.toString(prior.size()));
        LinearClassifier[] halves = v.boosted() || v.stacked() ? halves(s.c(), index, rows, rowInfo) : null;
        BoostedStage stage = v.boosted() ? boostedStage(halves, featureCounts, rows, rowInfo) : null;
        if (stage != null) {
            info.setProperty("stage", "XGBoost, " + BoostedStage.ROUNDS + " rounds, " + stage.columns().size()
                    + " binary features");
        }
        boolean contributionModel = CONTRIBUTION && proposedModel && cy.contains(1);
        if (contributionModel) {
            info.setProperty("examples.contribution", Integer.toString(cx.size()));
        }
        LearnedModel model = new LearnedModel(data.words(), prior, types, stage, proposed, 0.5, 0.5, info);
        if (v.stacked()) {
            model = model.withPaperStage(paperStage(s.c(), v, data, prior, halves, info));
        }
        if (contributionModel) {
            model = model.withContribution(LinearClassifier.train(index, cx,
                    cy.stream().mapToInt(Integer::intValue).toArray(), s.c()));
        }

        Map<AnnotatedText, List<Candidate>> devCandidates = new HashMap<>();
        for (AnnotatedText t : dev) {
            devCandidates.put(t, withPrior(data.analyses().get(t).candidates().stream().filter(v::has)
                    .map(c -> c.keep(v.groups())).toList(), prior));
        }
        LearnedModel tuned = ThresholdTuner.tune(model, dev, devCandidates, s.perTypeThresholds(),
                CONTRIBUTION_DECISIONS);
        StringBuilder thresholds = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            thresholds.append(String.format(Locale.ROOT, "%s%s %.2f", thresholds.length() == 0 ? "" : ", ", t.id(),
                    tuned.typeThreshold(t)));
        }
        tables.row(String.format(Locale.ROOT, "%s (thresholds %s%s)", v.name(), thresholds,
                        proposed == null ? ", proposed: rule role" : String.format(Locale.ROOT, ", proposed %.2f%s",
                                tuned.proposedThreshold(), ProposedDecisionReport.contributionThresholds(tuned)))
                        + tuned.perPaper().describe(),
                t -> LearnedMentionExtractor.mentions(devCandidates.get(t), tuned));
        log.accept("Trained: " + v.name());
        return tuned;
    }

    /** How many of the most frequent binary features the boosted stage sees besides the first stage's output. */
    static final int STAGE_FEATURES = 400;

    /**
     * The logistic regression refitted on each half of the training texts (by {@code info}'s fold): half {@code k}
     * never saw the texts of fold {@code k}, so its probabilities for them are like those of unseen papers
     * (cross-fitting, for the second stages).
     */
    private static LinearClassifier[] halves(double c, LinearClassifier.FeatureIndex index, List<List<String>> rows,
                                             List<int[]> info) {
        LinearClassifier[] out = new LinearClassifier[2];
        for (int k = 0; k < 2; k++) {
            List<List<String>> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (info.get(i)[2] != k) {
                    for (int w = 0; w < info.get(i)[1]; w++) {
                        x.add(rows.get(i));
                        y.add(info.get(i)[0]);
                    }
                }
            }
            out[k] = LinearClassifier.train(index, x, y.stream().mapToInt(Integer::intValue).toArray(), c);
        }
        return out;
    }

    /** The fold of a training text for cross-fitting (texts split in two by source and id). */
    private static int fold(AnnotatedText t) {
        return Math.floorMod(java.util.Objects.hash(t.source(), t.id()), 2);
    }

    /**
     * The boosted second stage: trees learn from the cross-fitted probabilities ({@link #halves}) and the most
     * frequent features.
     */
    private BoostedStage boostedStage(LinearClassifier[] halves, Map<String, Integer> counts,
                                      List<List<String>> rows, List<int[]> info) {
        List<double[]> outOfFold = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            outOfFold.add(halves[info.get(i)[2]].probabilities(rows.get(i), LearnedModel.CLASSES));
        }
        List<String> columns = counts.entrySet().stream().filter(e -> e.getValue() >= 3)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(STAGE_FEATURES).map(Map.Entry::getKey).toList();
        float[] weights = new float[rows.size()];
        int[] labels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            labels[i] = info.get(i)[0];
            weights[i] = info.get(i)[1];
        }
        BoostedStage stage = BoostedStage.train(new LinearClassifier.FeatureIndex(columns), outOfFold, rows, labels,
                weights);
        log.accept("Trained the boosted stage");
        return stage;
    }

    /**
     * The paper-level second stage, trained on the annotated (document-level) training papers of the variant: each
     * paper's candidates get cross-fitted first-stage probabilities ({@link #halves}), their relations within the
     * paper ({@link PaperRelations}) are the stage's features, and the labelled ones its examples. Mention-level
     * sources are left out: their texts are sentences or abstracts annotated to other conventions, not papers.
     * Null when there are too few annotated papers to learn from.
     */
    private PaperStage paperStage(double c, Variant v, Prepared data, NamePrior prior, LinearClassifier[] halves,
                                  Properties info) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        // one String per distinct feature: the rows hold hundreds of thousands of candidates
        Map<String, String> canonical = new HashMap<>();
        for (var e : data.labelled().entrySet()) {
            AnnotatedText t = e.getKey();
            if (!v.sources().test(t) || t.document() == null) {
                continue;
            }
            Map<Candidate, Integer> label = new java.util.IdentityHashMap<>();
            e.getValue().forEach(l -> label.put(l.candidate(), l.label()));
            Map<String, Integer> own = data.outcomes().get(t);
            List<Candidate> all = data.analyses().get(t).candidates().stream().filter(v::has).toList();
            List<Candidate> featured = all.stream().map(cand -> withTrainingPrior(cand, v.groups(), prior, own))
                    .toList();
            LinearClassifier half = halves[fold(t)];
            List<double[]> first = featured.stream().map(x -> half.probabilities(x.features(), LearnedModel.CLASSES))
                    .toList();
            List<List<String>> relations = PaperRelations.of(featured, first);
            for (int i = 0; i < all.size(); i++) {
                Integer l = label.get(all.get(i));
                if (l != null) {
                    rows.add(relations.get(i).stream().map(f -> canonical.computeIfAbsent(f, k -> k)).toList());
                    labels.add(l);
                }
            }
        }
        if (rows.size() < 100 || labels.stream().distinct().count() < 2) {
            log.accept("No paper-level stage: too few annotated training papers");
            return null;
        }
        PaperStage stage = PaperStage.train(rows, labels.stream().mapToInt(Integer::intValue).toArray(), c);
        info.setProperty("paper-stage", "logistic regression, " + rows.size() + " candidates, "
                + stage.columns().size() + " features");
        log.accept("Trained the paper-level stage on " + rows.size() + " candidates");
        return stage;
    }

    /**
     * The paper-level second stage against the first stage alone (or the other way round when the model has none),
     * each fitted as the model is and scored with thresholds cross-fitted on two halves of dev, so that the gain is
     * not measured on the papers the thresholds were tuned on. Returns both models' errors on dev by their relation
     * to the paper's other candidates ({@link RelationErrors}).
     */
    private String stackAblation(Settings s, Predicate<AnnotatedText> chosen, LearnedModel model, Prepared prepared,
                                 DevTables tables) {
        LearnedModel other = fit(s, new Variant(s.stacked() ? "without the paper-level second stage"
                : "with the paper-level second stage", chosen, EnumSet.allOf(FeatureGroup.class), s.boosted(),
                !s.stacked()), prepared, tables);
        for (LearnedModel m : List.of(other, model)) {
            crossFittedRow((m.hasPaperStage() ? "paper-level second stage" : "first stage alone")
                    + ", thresholds cross-fitted (two folds)", m, s.perTypeThresholds(), CONTRIBUTION_DECISIONS,
                    prepared.dev(), prepared.analyses(), tables);
        }
        log.accept("Scored the paper-level stage ablation");
        StringBuilder out = new StringBuilder();
        for (LearnedModel m : List.of(other, model)) {
            out.append(RelationErrors.of(prepared.dev(), t -> withPrior(prepared.analyses().get(t).candidates(),
                    m.prior()), m).render(m.hasPaperStage() ? "the paper-level second stage" : "the first stage alone"));
        }
        return out.toString();
    }

    /**
     * One global keep threshold against one per type, each tuned on one half of the dev papers and scored on the
     * other (two folds, pooled), so the gain of per-type thresholds is not measured on the papers it was tuned on.
     */
    private void thresholdAblation(LearnedModel model, List<AnnotatedText> dev,
                                   Map<AnnotatedText, PaperAnalyser.Analysis> analyses, DevTables tables) {
        for (boolean perType : new boolean[] {false, true}) {
            crossFittedRow((perType ? "per-type" : "one global") + " keep threshold, tuned on the other half of dev "
                    + "(two folds)", model, perType, CONTRIBUTION_DECISIONS, dev, analyses, tables);
        }
        log.accept("Scored the threshold ablation");
    }

    /**
     * The task round's changes one at a time and all together (EVALUATION.md, "Task errors on dev"): without the
     * chunk variants, without the task cues, without one task name per paper, and without all three; the model and
     * the variant without all three also with thresholds cross-fitted, since the gains are small beside the
     * intervals.
     */
    private void taskAblation(Settings s, Predicate<AnnotatedText> chosen, LearnedModel model, Prepared prepared,
                              DevTables tables) {
        Set<FeatureGroup> all = EnumSet.allOf(FeatureGroup.class);
        Set<FeatureGroup> noCues = EnumSet.allOf(FeatureGroup.class);
        noCues.remove(FeatureGroup.TASK_CUES);
        fit(s, new Variant("without the chunk variants (candidates)", chosen, all, s.boosted(), false, true),
                prepared, tables);
        fit(s, new Variant("without " + FeatureGroup.TASK_CUES.description(), chosen, noCues, s.boosted(), true,
                true), prepared, tables);
        fit(s, new Variant("without one task name per paper", chosen, all, s.boosted(), true, false), prepared,
                tables);
        LearnedModel before = fit(s, new Variant("without all three (chunk variants, task cues, one task name)",
                chosen, noCues, s.boosted(), false, false), prepared, tables);
        crossFittedRow("with all three, thresholds cross-fitted (two folds)", model, s.perTypeThresholds(),
                CONTRIBUTION_DECISIONS, prepared.dev(), prepared.analyses(), c -> true, tables);
        crossFittedRow("without all three, thresholds cross-fitted (two folds)", before, s.perTypeThresholds(),
                CONTRIBUTION_DECISIONS, prepared.dev(), prepared.analyses(), c -> !ChunkVariants.isVariant(c), tables);
    }

    /** A row of {@code model} with its thresholds tuned on one half of dev and scored on the other (two folds). */
    static void crossFittedRow(String name, LearnedModel model, boolean perType, boolean contributions,
                               List<AnnotatedText> dev, Map<AnnotatedText, PaperAnalyser.Analysis> analyses,
                               DevTables tables) {
        crossFittedRow(name, model, perType, contributions, dev, analyses, c -> true, tables);
    }

    /** The same, on the candidates {@code has} keeps. */
    private static void crossFittedRow(String name, LearnedModel model, boolean perType, boolean contributions,
                                       List<AnnotatedText> dev, Map<AnnotatedText, PaperAnalyser.Analysis> analyses,
                                       Predicate<Candidate> has, DevTables tables) {
        crossFittedRow(name, model, perType, contributions, PER_PAPER_LIMITS, dev, analyses, has, tables);
    }

    /** The same, with or without the paper-level limits. */
    private static void crossFittedRow(String name, LearnedModel model, boolean perType, boolean contributions,
                                       boolean limits, List<AnnotatedText> dev,
                                       Map<AnnotatedText, PaperAnalyser.Analysis> analyses,
                                       Predicate<Candidate> has, DevTables tables) {
        Map<AnnotatedText, List<Candidate>> candidates = new HashMap<>();
        dev.forEach(t -> candidates.put(t, withPrior(analyses.get(t).candidates().stream().filter(has).toList(),
                model.prior())));
        List<List<AnnotatedText>> folds = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < dev.size(); i++) {
            folds.get(i % 2).add(dev.get(i));
        }
        Map<AnnotatedText, List<org.paperkg.mentions.Mention>> mentions = new HashMap<>();
        for (int k = 0; k < 2; k++) {
            LearnedModel tuned = ThresholdTuner.tune(model, folds.get(k), candidates, perType, contributions, limits);
            for (AnnotatedText t : folds.get(1 - k)) {
                mentions.put(t, LearnedMentionExtractor.mentions(candidates.get(t), tuned));
            }
        }
        tables.row(name, mentions::get);
    }

    private static double candidateRecall(List<AnnotatedText> dev,
                                          Map<AnnotatedText, PaperAnalyser.Analysis> analyses) {
        int gold = 0;
        int found = 0;
        for (AnnotatedText t : dev) {
            List<String> texts = analyses.get(t).candidates().stream().map(Candidate::text).toList();
            for (var list : t.document().entities().values()) {
                for (var e : list) {
                    gold++;
                    if (org.paperkg.eval.NameMatcher.any(e.names(), texts, true)) {
                        found++;
                    }
                }
            }
        }
        return gold == 0 ? 0 : (double) found / gold;
    }

    /** A fixed fifth of the annotated papers, by id, is dev: the same split on every run and machine. */
    static boolean devSlice(String id) {
        return Math.floorMod(id.hashCode(), 5) == 0;
    }

    private static List<AnnotatedText> limit(List<AnnotatedText> texts, int limit) {
        return limit > 0 && texts.size() > limit ? texts.subList(0, limit) : texts;
    }

    private Map<AnnotatedText, PaperAnalyser.Analysis> analyse(PaperAnalyser analyser, List<AnnotatedText> train,
                                                               List<AnnotatedText> dev, int threads) {
        List<AnnotatedText> all = new ArrayList<>(train);
        all.addAll(dev);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<PaperAnalyser.Analysis> results = pool.submit(() -> all.parallelStream()
                    .map(t -> analyser.analyse(t.text(), t.titleEnd())).toList()).get();
            Map<AnnotatedText, PaperAnalyser.Analysis> out = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                out.put(all.get(i), results.get(i));
            }
            log.accept("Analysed " + all.size() + " texts");
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Distributional classes of the table's words from unlabelled text: the daily listings (streamed again, the
     * held-out ids excluded) and the texts of the mention-level sources, never their labels.
     */
    private static Map<String, Integer> wordClasses(WordStatistics words, Path daily, Set<String> excluded,
                                                    List<AnnotatedText> train) throws IOException {
        WordClustering clustering = new WordClustering(words, WordClustering.CLASSES);
        dailyTexts(daily, excluded, clustering::add);
        train.stream().filter(t -> t.document() == null).forEach(t -> clustering.add(t.text()));
        return clustering.classes();
    }

    private WordStatistics wordStatistics(Path daily, Set<String> excluded) throws IOException {
        WordStatistics.Counter counter = new WordStatistics.Counter();
        dailyTexts(daily, excluded, counter::add);
        return counter.build(3);
    }

    /** Streams the text of each daily-listing paper once, the held-out ids left out. */
    private static void dailyTexts(Path daily, Set<String> excluded, Consumer<String> text) throws IOException {
        Set<String> seen = new HashSet<>();
        try (PaperSource source = PaperSource.open(List.of(daily)); Stream<PaperRecord> papers = source.papers()) {
            papers.forEach(p -> {
                if ((p.arxivId() == null || !excluded.contains(p.arxivId())) && seen.add(p.key())) {
                    text.accept(p.fullText());
                }
            });
        }
    }

    /** Writes a model file (zip). */
    public static void write(LearnedModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
    }
}
