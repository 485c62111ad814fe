package org.paperkg.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import org.paperkg.entities.Entity;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.RuleMentionExtractor;
import org.paperkg.papers.PaperRecord;

/**
 * Extracts the results a paper states in its title and abstract (metric, value, unit, score or improvement) and
 * attaches each to the dataset it is measured on, the task and the method, from the paper's own links: the dataset
 * named in the value's own clause ({@link DatasetBinder}), or, when its sentence names none, the one dataset the
 * sentences before it introduced for evaluation ({@link EarlierDatasets}), and the method the clause gives it, the paper's proposed
 * one unless the clause names a baseline as the subject of the value ({@link MethodBinder}). Only links that can
 * carry a result take part ({@link ResultLinkFilter}). A result whose dataset or method is not clear is dropped, never
 * guessed or left without its method.
 *
 * <p>It runs only CoreNLP's tokenizer and sentence splitter (with the rule extractor's options), and only on papers
 * with a digit and a dataset link: the links it needs exist only after entity resolution, when the rule extractor's
 * annotation is gone. Thread-safe.
 */
public final class ResultExtractor {

    /** Words written with a capital that open a sentence or a phrase, not a name ("On", "The"). */
    private static final Set<String> CAPITALISED_WORDS = Set.of("on", "in", "for", "with", "the", "across", "and",
            "using", "both", "our", "all", "of", "at", "from", "by", "over", "to", "vs", "versus", "than");

    /** The rule of a stand-in link for a dataset written with a longer name than its link's. */
    private static final String LONGER_NAME = "longer-name";
    /** How a dataset named only in an earlier sentence is bound ({@link DatasetBinder}). */
    static final String EARLIER_RULE = "earlier";
    /** What stands between a score and a second score of the same result in brackets after it: " (", " (and ". */
    private static final java.util.regex.Pattern BRACKET_OPENING = java.util.regex.Pattern.compile("\\s*\\(\\s*(?:and\\s+)?");
    /** Words by which an abstract calls its method its own. */
    private static final Set<String> OWN_WORDS = Set.of("our", "proposed");
    private static final java.util.regex.Pattern TRAINING = java.util.regex.Pattern.compile(
            "(pre-?)?train(s|ed|ing)?");

    private final MetricLexicon lexicon;
    private final SentenceValues values;
    private final CarriedMetric carried;
    private final StanfordCoreNLP pipeline;
    private final ResultLinkFilter linkFilter;

    /** An extractor with the packaged metric list. */
    public ResultExtractor() {
        this(MetricLexicon.load());
    }

    public ResultExtractor(MetricLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.values = new SentenceValues(lexicon);
        this.carried = new CarriedMetric(lexicon);
        this.linkFilter = new ResultLinkFilter(lexicon);
        Properties props = RuleMentionExtractor.pipelineProperties();
        props.setProperty("annotators", "tokenize,ssplit");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The metrics known. */
    public MetricLexicon lexicon() {
        return lexicon;
    }

    /** The names a link's entity is written with: at least its label; more (aliases) find more occurrences. */
    @FunctionalInterface
    public interface LinkNames {
        Collection<String> names(PaperLink link);

        /** The preferred and alternative labels of the link's corpus-level entity, as {@code find} gives it. */
        static LinkNames of(java.util.function.BiFunction<EntityType, String, Entity> find) {
            return link -> {
                Entity e = find.apply(link.relation().type(), link.entityKey());
                if (e == null) {
                    return List.of(link.entityLabel());
                }
                List<String> all = new ArrayList<>(e.altLabels());
                all.add(e.prefLabel());
                return all;
            };
        }
    }

    /** Results of one paper, with names taken from the links' labels and mention spans. */
    public List<ResultClaim> extract(PaperRecord paper, List<PaperLink> links) {
        return extract(paper, links, link -> List.of(link.entityLabel()));
    }

    /** Results of one paper, in text order; a score without a metric word is not read. */
    public List<ResultClaim> extract(PaperRecord paper, List<PaperLink> links, LinkNames names) {
        return extract(paper, links, names, DatasetMetrics.NONE);
    }

    /**
     * Results of one paper, in text order; a score stated without any metric word takes its dataset's usual metric
     * in {@code usual}, the build's table, or is not read.
     */
    public List<ResultClaim> extract(PaperRecord paper, List<PaperLink> links, LinkNames names,
                                     DatasetMetrics usual) {
        String text = paper.fullText();
        List<PaperLink> datasets = links.stream().filter(l -> l.relation().type() == EntityType.DATASET).toList();
        if (datasets.isEmpty() || text.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        PaperContext paperContext = new PaperContext(links, names, text, paper.title(), linkFilter);
        List<ResultClaim> all = new ArrayList<>();
        EarlierDatasets earlier = EarlierDatasets.NONE;
        CarriedMetric.Before metricsBefore = CarriedMetric.Before.NONE;
        boolean ownBefore = false;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            SentenceOutcome done = sentence(tokens, text, paperContext, earlier, metricsBefore, ownBefore, usual);
            ownBefore = done.ownSubject();
            all.addAll(done.claims());
            earlier = earlier.after(done.words(), done.named(), done.others(), done.statesValue());
            metricsBefore = metricsBefore.after(done.metrics(), done.stated());
        }
        List<ResultClaim> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (ResultClaim r : fitting(all, text)) {
            List<Object> key = List.of(r.metric().key(), r.value(), String.valueOf(r.unit()), r.improvement(),
                    r.dataset().entityKey(), r.method() == null ? "" : r.method().entityKey());
            if (seen.add(key)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A result given the dataset an earlier sentence named must fit what the paper states on that dataset in its
     * own sentences: when those results use other metrics only, the score is about something else (a speed, a
     * transfer, an ablation's setting).
     */
    private static List<ResultClaim> fitting(List<ResultClaim> all, String text) {
        List<ResultClaim> out = new ArrayList<>(all.size());
        for (ResultClaim r : all) {
            if (!r.rule().contains("dataset:" + EARLIER_RULE)) {
                out.add(r);
                continue;
            }
            List<ResultClaim> own = all.stream().filter(x -> !x.rule().contains("dataset:" + EARLIER_RULE)
                    && x.dataset().entityKey().equals(r.dataset().entityKey())).toList();
            if (own.isEmpty() || own.stream().anyMatch(x -> x.metric().key().equals(r.metric().key()))
                    || out.stream().anyMatch(x -> secondScore(x, r, text))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * {@code r} opens brackets right after the score {@code x} of the same owner on the same dataset: "81.2% top-1
     * accuracy (top-5: 95.1%)", "46.4 AP (and 65.1 AP50)" state a second metric of one result, which fits where the
     * first does.
     */
    private static boolean secondScore(ResultClaim x, ResultClaim r, String text) {
        return x.charEnd() <= r.charStart() && x.evidence().equals(r.evidence()) && !x.improvement()
                && !r.improvement() && x.baseline() == r.baseline()
                && x.dataset().entityKey().equals(r.dataset().entityKey())
                && Objects.equals(x.method() == null ? null : x.method().entityKey(),
                        r.method() == null ? null : r.method().entityKey())
                && BRACKET_OPENING.matcher(text.substring(x.charEnd(), r.charStart())).matches();
    }

    /** "We train on A", "pre-trained on A": the data a model learns from, not what a later score is measured on. */
    static boolean trainedOn(String[] words, int first) {
        for (int j = first - 1; j >= Math.max(0, first - 6); j--) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("while")) {
                return false;
            }
            if (TRAINING.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One sentence's results and what a later sentence needs of it: its tokens, the usable datasets it names for a
     * score (one per entity, in text order), whether it names other datasets, whether it states a value and whether
     * it is about the paper's own method ({@link ReferringSubject}).
     */
    private record SentenceOutcome(List<ResultClaim> claims, String[] words, List<PaperLink> named, boolean others,
                                   boolean statesValue, Map<String, Metric> metrics, List<StatedValue> stated,
                                   boolean ownSubject) {
    }

    /** A percentage written out ("69.2%", "69.2 percent"), which a sentence states even when no metric is read. */
    private static boolean percentage(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].matches("\\d+(\\.\\d+)?%") || words[i].matches("\\d+(\\.\\d+)?")
                    && i + 1 < words.length && words[i + 1].matches("%|percent|\\\\%")) {
                return true;
            }
        }
        return false;
    }

    private SentenceOutcome sentence(List<CoreLabel> tokens, String text, PaperContext paper, EarlierDatasets earlier,
                                     CarriedMetric.Before metricsBefore, boolean ownBefore,
                                     DatasetMetrics usual) {
        int n = tokens.size();
        String[] words = new String[n];
        int[] begin = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).word();
            begin[i] = tokens.get(i).beginPosition();
            end[i] = tokens.get(i).endPosition();
        }
        int sBegin = begin[0];
        int sEnd = end[n - 1];
        String sentence = text.substring(sBegin, sEnd);
        List<NameOccurrence> occurrences = new ArrayList<>();
        List<NameOccurrence> described = new ArrayList<>();
        boolean[] blocked = new boolean[n];
        for (PaperLink link : paper.links) {
            for (String name : paper.names(link)) {
                if (name.length() < 2 || lexicon.byName(name).isPresent()) {
                    continue; // an entity named like a metric ("BLEU" taken for a method) is the metric here
                }
                for (int at : positions(sentence, name)) {
                    int first = tokenAt(begin, sBegin + at);
                    int last = tokenAt(begin, sBegin + at + name.length() - 1) + 1;
                    // a name written in lower case only ("modest", "gains") is a word of the sentence, not the name
                    boolean named = hasCapitalOrDigit(sentence.substring(at, at + name.length()));
                    if (link.relation().type() == EntityType.TASK) {
                        occurrences.add(new NameOccurrence(link, first, last, named, true));
                        continue;
                    }
                    boolean hyphenated = at > 0 && sentence.charAt(at - 1) == '-'
                            || at + name.length() < sentence.length() && sentence.charAt(at + name.length()) == '-';
                    if (begin[first] != sBegin + at || end[last - 1] != sBegin + at + name.length()
                            || hyphenated && link.relation().type() == EntityType.METHOD) {
                        continue; // part of a longer word: "OwlNet" in "Sub-OwlNet" names another system
                    }
                    if (paper.descriptions.links().contains(link)) {
                        // the paper's method described in lower case: a result's method as its subject only
                        described.add(new NameOccurrence(link, first, last, named, true));
                    }
                    if (!named) {
                        continue;
                    }
                    occurrences.add(new NameOccurrence(link, first, last, true, paper.usable(link)));
                    for (int j = first; j < last; j++) {
                        blocked[j] = true;
                    }
                }
            }
        }
        occurrences.sort((a, b) -> Integer.compare(a.first(), b.first()));
        occurrences = partOfLongerNames(words, occurrences);
        occurrences = OwnVariants.apply(occurrences, o -> text.substring(begin[o.first()], end[o.last() - 1]),
                paper.named, paper::names);
        List<NameOccurrence> datasets = occurrences.stream().filter(o -> o.isDataset() && o.usable()).toList();
        List<PaperLink> named = new ArrayList<>();
        boolean others = false;
        for (NameOccurrence o : occurrences) {
            if (!o.isDataset()) {
                continue;
            }
            if (!o.usable()) {
                continue; // a generic phrase the filter keeps from results ("a public dataset"), mostly the same data
            }
            if (o.link().rule().equals(LONGER_NAME) || trainedOn(words, o.first())) {
                others = true;
            } else if (named.stream().noneMatch(x -> x.entityKey().equals(o.link().entityKey()))) {
                named.add(o.link());
            }
        }
        Map<String, Metric> metricsNamed = carried.named(words, blocked, n);
        boolean ownSubject = ReferringSubject.ownSentence(words,
                occurrences.stream().filter(o -> o.link().relation().type() == EntityType.METHOD).toList());
        if (sentence.chars().noneMatch(Character::isDigit)) {
            return new SentenceOutcome(List.of(), words, named, others, false, metricsNamed, List.of(), ownSubject);
        }
        List<StatedValue> stated = new ArrayList<>(values.find(words, blocked));
        stated.addAll(carried.find(words, blocked, stated, metricsBefore));
        stated.sort((a, b) -> Integer.compare(a.valueStart(), b.valueStart()));
        char[] kinds = kinds(words, datasets, stated);
        Clauses clauses = new Clauses(words, kinds);
        int respectively = -1;
        for (int i = 0; i < n && respectively < 0; i++) {
            // "respectively.Using": a sentence end the text lost its space after, the word still pairs the lists
            respectively = words[i].equalsIgnoreCase("respectively")
                    || words[i].toLowerCase(Locale.ROOT).startsWith("respectively.") ? i : -1;
        }
        // a score whose sentence names no dataset at all (not even one that cannot carry a result) may take the one
        // the sentences before it introduced, unless it names several datasets in a plural or a setting of its own
        boolean namesDataset = occurrences.stream().anyMatch(NameOccurrence::isDataset)
                || EarlierDatasets.pluralData(words) || EarlierDatasets.otherSetting(words);
        DatasetBinder binder = new DatasetBinder(words, stated, datasets, clauses, respectively,
                paper.datasetOfPaper, namesDataset ? null : earlier.only(),
                namesDataset ? List.of() : earlier.listed());
        MethodBinder methods = new MethodBinder(words, clauses,
                occurrences.stream().filter(o -> o.link().relation().type() == EntityType.METHOD).toList(),
                paper.own, described, paper.descriptions, paper.main, paper.unnamedOwn, kinds, paper.title, ownBefore);
        TaskBinder taskBinder = new TaskBinder(words, stated,
                occurrences.stream().filter(o -> o.link().relation().type() == EntityType.TASK).toList(),
                occurrences.stream().filter(NameOccurrence::isDataset).toList(), clauses, paper.task);
        EvaluationSplits splits = new EvaluationSplits(sentence, sBegin, begin, end, stated, clauses, respectively);
        StatedValue metricOpening = MetricSubject.opening(words, stated);
        List<ResultClaim> out = new ArrayList<>();
        for (int k = 0; k < stated.size(); k++) {
            StatedValue v = stated.get(k);
            Attached dataset = binder.bind(k);
            // "from a to b on A": both ends of a span of scores are A's; "a on A, further improved with X to b": b too
            int same = dataset == null ? ScoreSpan.upperEnd(words, stated, k) : -1;
            same = dataset == null && same < 0 ? FromToValues.improvedFrom(stated, k) : same;
            if (same >= 0) {
                dataset = binder.bind(same);
            }
            if (dataset == null || dataset.link().rule().equals(LONGER_NAME)) {
                continue; // no dataset, or one written with a longer name than any link's
            }
            Attached method = methods.bind(v);
            if (method == null && MetricSubject.covers(metricOpening, v)) {
                method = paper.ownScore(); // "The test accuracies are a% on A, ...": no owner named, the paper's own
            }
            if (method == null || dataset.how().startsWith(EARLIER_RULE) && !namedOwner(method, words, clauses, v)) {
                continue; // another method's score without its name, or no single method of the paper to give it to
            }
            Metric metric = v.metric();
            String corpus = "";
            if (v.rule().equals(CarriedMetric.UNSTATED)) {
                Map<String, Metric> namedBefore = new HashMap<>(metricsBefore.named());
                namedBefore.putAll(carried.named(words, blocked, v.valueStart()));
                metric = usualMetric(usual, dataset.link(), v, namedBefore.keySet());
                if (metric == null || !betterThanCompared(words, v, metric)) {
                    continue; // no metric the build's papers agree on for this dataset and scale
                }
                corpus = DatasetMetrics.FROM_CORPUS;
            }
            PaperLink task = taskBinder.bind(v);
            int cs = begin[v.firstToken()];
            int ce = end[v.lastToken() - 1];
            double confidence = confidence(v.rule()) * dataset.weight() * method.weight();
            if (!corpus.isEmpty()) {
                confidence *= FROM_CORPUS_WEIGHT; // the metric is the corpus's habit, not the paper's word
            }
            String metricText = v.rule().equals("parallel") || CarriedMetric.noMetricWord(v) ? null
                    : text.substring(begin[v.metricStart()], end[v.metricEnd() - 1]);
            EvaluationSplits.Qualifier written = splits.of(v, dataset.link(), datasets);
            out.add(new ResultClaim(metric, metricText, v.value(), v.unit(), v.improvement(), method.baseline(),
                    dataset.link(), task, method.link(), sentence, cs, ce,
                    v.rule() + "+dataset:" + dataset.how() + "+method:" + method.how()
                            + (method.baseline() ? "+baseline" : "") + corpus, confidence,
                    written.asWritten(), written.split()));
        }
        return new SentenceOutcome(out, words, named, others, !stated.isEmpty() || percentage(words), metricsNamed,
                stated, ownSubject);
    }

    /**
     * The usual metric of {@code dataset} for an unstated value at its scale, or null; a percentage never takes a
     * metric that is not written in percent (a perplexity, a distance), and an abstract that names metrics before the
     * value (only in passing, or several) must name the usual one among them.
     */
    private Metric usualMetric(DatasetMetrics usual, PaperLink dataset, StatedValue v, Set<String> namedBefore) {
        return DatasetMetrics.Scale.of(v.value(), v.unit())
                .flatMap(s -> usual.usual(dataset.entityKey(), s))
                .filter(k -> namedBefore.isEmpty() || namedBefore.contains(k))
                .flatMap(lexicon::byKey)
                .filter(m -> v.unit() == null || CarriedMetric.percentScale(m))
                .orElse(null);
    }

    /**
     * In "(x vs. y)" x is the paper's own only when it is the better of the two under the metric: "improves on A
     * (x vs. y)" puts the paper's first, "compared to B, ... (y vs. x)" the other's.
     */
    private static boolean betterThanCompared(String[] words, StatedValue v, Metric metric) {
        BigDecimal other = CarriedMetric.versusOther(words, v);
        if (other == null) {
            return true;
        }
        int c = v.value().compareTo(other);
        return metric.direction() == Direction.LOWER_IS_BETTER ? c < 0 : c > 0;
    }

    /**
     * A score measured on a dataset of an earlier sentence needs its owner named in its own sentence, by the method's
     * name or as "we", "our model", "the proposed method": a sentence without a dataset and without its owner is often
     * another model's ("the best model"), an ablation's or another setting's.
     */
    private static boolean namedOwner(Attached method, String[] words, Clauses clauses, StatedValue v) {
        if (method.baseline()) {
            return false;
        }
        if (method.how().equals("paper") || method.how().equals(MethodBinder.UNNAMED)) {
            // "we", "our approach", "the proposed method": the paper's own, said so before the value in its clause
            // ("our assessment" is no method)
            for (int j = clauses.start(v.valueStart()); j < v.firstToken(); j++) {
                String w = words[j].toLowerCase(Locale.ROOT);
                if (w.equals("we")) {
                    return true;
                }
                for (int k = j + 1; OWN_WORDS.contains(w) && k < Math.min(v.firstToken(), j + 4); k++) {
                    if (MethodBinder.METHOD_KINDS.contains(words[k].toLowerCase(Locale.ROOT).replaceAll("s$", ""))) {
                        return true;
                    }
                }
            }
            return ownAfterOpening(words, v);
        }
        // "our framework" or a description written as the subject names the owner as well as the method's name does
        return Set.of("clause", "sentence", "bracket", "described-own", "described-subject").contains(method.how());
    }

    /**
     * "With 31.2 BLEU, our system ...": a value in an opening "With" phrase is the score of the subject right after
     * its comma, when that subject is "we" or "our"/"the proposed" with a method's kind noun.
     */
    private static boolean ownAfterOpening(String[] words, StatedValue v) {
        if (v.firstToken() != 1 || !words[0].equalsIgnoreCase("with")) {
            return false;
        }
        int comma = -1;
        for (int j = v.lastToken(); j < Math.min(words.length, v.lastToken() + 4) && comma < 0; j++) {
            comma = words[j].equals(",") ? j : -1;
        }
        if (comma < 0 || comma + 1 >= words.length) {
            return false;
        }
        String first = words[comma + 1].toLowerCase(Locale.ROOT);
        if (first.equals("we")) {
            return true;
        }
        if (!OWN_WORDS.contains(first) && !(first.equals("the") && comma + 2 < words.length
                && words[comma + 2].equalsIgnoreCase("proposed"))) {
            return false;
        }
        for (int k = comma + 2; k < Math.min(words.length, comma + 5); k++) {
            if (MethodBinder.METHOD_KINDS.contains(words[k].toLowerCase(Locale.ROOT).replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dataset's name written inside a longer name is another dataset ("Ref Kestrel" is not "Kestrel"): in a list of
     * dataset names, a capitalised word right before it that no other name covers and that is no metric. Such an occurrence stands for a dataset of its own that no link names: it still counts as an item of
     * a list ("on Ref Kestrel, Kestrel OVS and Emu, respectively"), but no result is given to it. A name inside
     * another dataset's longer name that adds a written word ("Kestrel" in "Kestrel OVS", not in "Kestrel test set")
     * is not an occurrence of its own.
     */
    private List<NameOccurrence> partOfLongerNames(String[] words, List<NameOccurrence> occurrences) {
        List<NameOccurrence> out = new ArrayList<>(occurrences.size());
        for (NameOccurrence o : occurrences) {
            if (!o.isDataset() || !o.usable()) {
                out.add(o);
                continue;
            }
            boolean nested = occurrences.stream().anyMatch(x -> x != o && x.isDataset() && x.usable()
                    && x.first() <= o.first() && o.last() <= x.last() && namesMore(words, x, o, occurrences));
            int b = o.first() - 1;
            boolean longer = b >= 1 && nameWord(words[b]) && !covered(occurrences, b) && listed(words, occurrences, o);
            if (nested) {
                out.add(new NameOccurrence(o.link(), o.first(), o.last(), o.named(), false));
            } else if (longer) {
                PaperLink l = o.link();
                PaperLink unnamed = new PaperLink(l.paperKey(), l.relation(), LONGER_NAME + ":" + o.first(),
                        l.entityLabel(), "", -1, -1, LONGER_NAME, 0);
                out.add(new NameOccurrence(unnamed, o.first(), o.last(), o.named(), true));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The longer name adds a written word (with a capital) to the shorter: "Kestrel OVS", "Occluded Kestrel"; a task's
     * name does not make another dataset ("Kestrel Instance Segmentation benchmark" is Kestrel).
     */
    private static boolean namesMore(String[] words, NameOccurrence longer, NameOccurrence shorter,
                                     List<NameOccurrence> occurrences) {
        for (int j = longer.first(); j < longer.last(); j++) {
            int t = j;
            boolean task = occurrences.stream().anyMatch(x -> x.link().relation().type() == EntityType.TASK
                    && x.first() <= t && t < x.last());
            if ((j < shorter.first() || j >= shorter.last()) && words[j].chars().anyMatch(Character::isUpperCase)
                    && !task) {
                return true;
            }
        }
        return false;
    }

    /** The name is followed by a list word and another dataset's name: "A, B and C" (each item a whole name). */
    private static boolean listed(String[] words, List<NameOccurrence> occurrences, NameOccurrence o) {
        int a = o.last();
        return a < words.length && (words[a].equals(",") || words[a].equalsIgnoreCase("and"))
                && occurrences.stream().anyMatch(x -> x.isDataset() && x.first() > a && x.first() <= a + 2);
    }

    /** A capitalised word that is no metric and no function word. */
    private boolean nameWord(String w) {
        return w.length() >= 2 && w.chars().allMatch(Character::isLetter) && Character.isUpperCase(w.charAt(0))
                && lexicon.byName(w).isEmpty() && !CAPITALISED_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean covered(List<NameOccurrence> occurrences, int token) {
        return occurrences.stream().anyMatch(o -> o.first() <= token && token < o.last());
    }

    /** Per token: 'd' a dataset's name, 'n' a value, 'm' a metric's name, 'o' a comma, 't' "the", 'w' other words. */
    private static char[] kinds(String[] words, List<NameOccurrence> datasets, List<StatedValue> stated) {
        char[] kinds = new char[words.length];
        for (int i = 0; i < words.length; i++) {
            kinds[i] = words[i].equals(",") ? 'o' : words[i].equalsIgnoreCase("the") ? 't' : 'w';
        }
        for (NameOccurrence o : datasets) {
            java.util.Arrays.fill(kinds, o.first(), o.last(), 'd');
        }
        for (StatedValue v : stated) {
            java.util.Arrays.fill(kinds, v.valueStart(), v.valueEnd(), 'n');
            if (!v.rule().equals("parallel") && !CarriedMetric.noMetricWord(v)) {
                java.util.Arrays.fill(kinds, v.metricStart(), v.metricEnd(), 'm');
            }
        }
        return kinds;
    }

    private static boolean hasCapitalOrDigit(String s) {
        return s.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** How much less a result is trusted whose metric its dataset's other papers gave. */
    private static final double FROM_CORPUS_WEIGHT = 0.5;

    private static double confidence(String rule) {
        return switch (rule) {
            case "value-metric", "metric-value" -> 0.9;
            case "list" -> 0.8;
            default -> 0.7;
        };
    }

    private static int tokenAt(int[] begin, int offset) {
        int i = 0;
        while (i + 1 < begin.length && begin[i + 1] <= offset) {
            i++;
        }
        return i;
    }

    /**
     * Start offsets of {@code name} in {@code text} as a whole word sequence; case matters only for names written all
     * in capitals (acronyms), so "GAN" does not match "gan" in running text.
     */
    public static List<Integer> positions(String text, String name) {
        List<Integer> out = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            return out;
        }
        boolean acronym = name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
        int n = name.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(!acronym, i, name, 0, n)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + n == text.length() || !Character.isLetterOrDigit(text.charAt(i + n)))) {
                out.add(i);
            }
        }
        return out;
    }


    /** What the whole paper says: its links by kind (one per entity) and every name of each. */
    private static final class PaperContext {
        final List<PaperLink> links;
        final List<PaperLink> tasks;
        /** The task of a result whose sentence names none of its own, or null. */
        final PaperLink task;
        /** The datasets that may carry a result, one per entity. */
        final List<PaperLink> datasets;
        /** The proposed methods that may carry a result ({@link ResultLinkFilter}), one per entity. */
        final List<PaperLink> proposed;
        /** The proposed methods that may carry a result or are refused only as a named category ("OwlNets"). */
        final List<PaperLink> named;
        /** The paper's own method ({@link PaperMethod}), or null. */
        final PaperLink own;
        /** Its proposed methods written only as lower-case descriptions. */
        final MethodDescriptions descriptions;
        /** Its main proposed method ({@link MainMethod}) when it has no own method, or null. */
        final PaperLink main;
        /** The paper links no proposed method: "our method" has no name in the abstract. */
        final boolean unnamedOwn;
        /** The paper's only dataset that may carry a result, or a dataset paper's own ({@link #titleDataset}), or null. */
        final PaperLink datasetOfPaper;
        /** The paper's title. */
        final String title;
        private final Map<PaperLink, Set<String>> names = new HashMap<>();
        private final Set<PaperLink> unusable = new HashSet<>();

        PaperContext(List<PaperLink> links, LinkNames given, String text, String title, ResultLinkFilter filter) {
            this.links = links;
            this.title = title;
            this.tasks = distinct(links, EntityType.TASK, null);
            for (PaperLink l : links) {
                Set<String> all = new LinkedHashSet<>(given.names(l));
                all.add(l.entityLabel());
                if (l.charStart() >= 0 && l.charStart() < l.charEnd() && l.charEnd() <= text.length()) {
                    all.add(text.substring(l.charStart(), l.charEnd()));
                }
                names.put(l, all);
            }
            for (PaperLink l : links) {
                boolean usable = switch (l.relation()) {
                    case USES_DATASET, INTRODUCES_DATASET -> filter.datasetUsable(l, names.get(l), links, text);
                    case PROPOSES_METHOD, USES_METHOD -> filter.methodUsable(l, names.get(l), text);
                    default -> true;
                };
                if (!usable) {
                    unusable.add(l);
                }
            }
            this.proposed = distinct(links, EntityType.METHOD, Relation.PROPOSES_METHOD).stream()
                    .filter(l -> !unusable.contains(l)).toList();
            this.own = PaperMethod.of(proposed, names::get, title);
            List<PaperLink> allProposed = distinct(links, EntityType.METHOD, Relation.PROPOSES_METHOD);
            // a survey's or a benchmark's "our" evaluation scores others' methods
            this.unnamedOwn = !MainMethod.aboutOthers(title);
            // a main method among several, also one refused only as a category ("Quokka Gate Networks") when the
            // title or proposal names it; descriptions take part as rivals but never win
            this.named = allProposed.stream().filter(l -> !unusable.contains(l)
                    || filter.namedCategory(l, names.get(l), text)).toList();
            this.main = own != null ? null : MainMethod.of(allProposed, named::contains, names::get, title, text);
            List<PaperLink> described = allProposed.stream()
                    .filter(l -> unusable.contains(l) && filter.describesMethod(l, names.get(l), text)).toList();
            this.descriptions = new MethodDescriptions(described,
                    !described.isEmpty() && described.size() == allProposed.size());
            this.datasets = distinct(links, EntityType.DATASET, null).stream()
                    .filter(l -> !unusable.contains(l)).toList();
            this.datasetOfPaper = datasets.size() == 1 ? datasets.get(0) : titleDataset(datasets, names, title);
            // the paper's only task; with several, a sentence that names none of them does not say which
            this.task = tasks.size() == 1 ? tasks.get(0) : null;
        }

        Set<String> names(PaperLink link) {
            return names.get(link);
        }

        /**
         * A dataset paper's own dataset among several it links ("Wikipedia" as its source, another as a comparison):
         * the only one whose name its title writes, when the title says the paper is about a dataset or benchmark.
         */
        private static PaperLink titleDataset(List<PaperLink> datasets, java.util.Map<PaperLink, Set<String>> names,
                                              String title) {
            if (title == null || !MainMethod.aboutOthers(title)) {
                return null;
            }
            List<PaperLink> written = datasets.stream().filter(l -> names.get(l).stream()
                    .anyMatch(n -> n.length() >= 3 && !positions(title, n).isEmpty())).toList();
            return written.size() == 1 ? written.get(0) : null;
        }

        /**
         * The paper's own method for a score whose sentence names no owner: its own method, else its main one, else,
         * when it is about a method of its own, one without a name; null for a survey's or a benchmark's.
         */
        Attached ownScore() {
            if (own != null) {
                return new Attached(own, MetricSubject.RULE, 1.0, false);
            }
            if (main != null) {
                return new Attached(main, MetricSubject.RULE, 1.0, false);
            }
            return unnamedOwn ? new Attached(null, MetricSubject.RULE, 1.0, false) : null;
        }

        boolean usable(PaperLink link) {
            return !unusable.contains(link);
        }

        private static List<PaperLink> distinct(List<PaperLink> links, EntityType type, Relation only) {
            Set<String> keys = new HashSet<>();
            List<PaperLink> out = new ArrayList<>();
            for (PaperLink l : links) {
                if (l.relation().type() == type && (only == null || l.relation() == only) && keys.add(l.entityKey())) {
                    out.add(l);
                }
            }
            return out;
        }
    }
}
