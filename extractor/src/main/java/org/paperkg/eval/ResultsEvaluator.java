package org.paperkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.LabelNormalizer;
import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;
import org.paperkg.pipeline.ExtractionPipeline;
import org.paperkg.pipeline.ExtractionSummary;
import org.paperkg.rdf.EntityLookup;
import org.paperkg.results.DatasetMetrics;
import org.paperkg.results.Metric;
import org.paperkg.results.MetricLexicon;
import org.paperkg.results.ResultClaim;
import org.paperkg.results.ResultExtractor;

/**
 * Recall of result extraction against Papers-with-Code results: of the gold results whose score the abstract states
 * (as given, as a fraction or percentage, or as its complement to 100 for an error against an accuracy), the share
 * extracted with an equal value, an equivalent metric and a matching dataset name.
 */
public final class ResultsEvaluator {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d])");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Metrics scored as the same quantity. */
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("accuracy", "acc"), Map.entry("top-1-accuracy", "acc"), Map.entry("balanced-accuracy", "acc"),
            Map.entry("error-rate", "err"), Map.entry("top-1-error", "err"),
            Map.entry("f1", "f1"), Map.entry("macro-f1", "f1"), Map.entry("micro-f1", "f1"), Map.entry("smatch", "f1"),
            Map.entry("map", "ap"), Map.entry("ap", "ap"), Map.entry("miou", "iou"), Map.entry("iou", "iou"), Map.entry("jaccard", "iou"),
            Map.entry("rouge", "rouge"), Map.entry("rouge-1", "rouge"),
            Map.entry("word-error-rate", "wer"), Map.entry("character-error-rate", "wer"));
    /** Families whose values add up to 100 (or 1). */
    private static final Map<String, String> COMPLEMENT = Map.of("acc", "err", "err", "acc",
            "top-5-accuracy", "top-5-error", "top-5-error", "top-5-accuracy");
    /** Papers-with-Code metric labels that name a general metric in other words ("Percentage correct" on CIFAR). */
    private static final Map<String, String> GOLD_LABELS = Map.of("percentage correct", "accuracy",
            "percentage error", "error-rate");
    /**
     * Metrics read that a gold label (its words folded) accepts beyond its own metric's family, each because it is by
     * definition what the label measures: a word, character or phone error rate is a percentage error; an exact match
     * accuracy is an accuracy; an average precision is the area under the precision-recall curve; SI-SNR and SI-SDR
     * improvements are one formula. Never the other way round: a general metric read is not the label's narrower one
     * (an "mAP" without its threshold is no "mAP@0.5", a negative log-likelihood no "bits per dimension").
     */
    private static final Map<String, Set<String>> ALSO_READ = Map.of(
            "percentage error", Set.of("word-error-rate", "character-error-rate", "phone-error-rate"),
            "accuracy", Set.of("exact-match"),
            "pr auc", Set.of("ap"), "auprc", Set.of("ap"), "aupr", Set.of("ap"),
            "si sdri", Set.of("si-snri"), "si snri", Set.of("si-sdri"));
    /** "acc@1", "Vid acc@1": top-k accuracy (of the videos a video benchmark classifies), not of clips. */
    private static final Pattern ACC_AT = Pattern.compile("(?:vid |video )?acc@([15])");
    private static final Set<String> SPLIT_WORDS = Set.of("test", "val", "validation", "dev", "set", "dataset",
            "benchmark", "split", "data", "the", "full", "testing", "to"); // "to": "English-to-German", a pair

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** An image size ("128x128") is a setting of the dataset, as a split is: "Widgets 64x64" is Widgets. */
    private static final Pattern RESOLUTION = Pattern.compile("(?<![\\p{L}\\d])\\d+\\s?[x\u00d7]\\s?\\d+(?![\\p{L}\\d])");
    /** A version written "v5" or "5.0": the same version 5. */
    private static final Pattern VERSION = Pattern.compile("(?i)(?<![\\p{L}\\d])v(?=\\d)|(?<=\\d)\\.0(?![.\\d])");
    /** Language codes as machine translation benchmarks write them ("WMT14 En-De"). */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("en", "english"),
            Map.entry("de", "german"), Map.entry("fr", "french"), Map.entry("ro", "romanian"),
            Map.entry("cs", "czech"), Map.entry("ru", "russian"), Map.entry("zh", "chinese"),
            Map.entry("ja", "japanese"), Map.entry("es", "spanish"), Map.entry("fi", "finnish"),
            Map.entry("tr", "turkish"), Map.entry("et", "estonian"), Map.entry("lv", "latvian"),
            Map.entry("it", "italian"), Map.entry("pt", "portuguese"), Map.entry("nl", "dutch"),
            Map.entry("ar", "arabic"), Map.entry("ko", "korean"), Map.entry("vi", "vietnamese"));

    /** The task of a found result against the gold result's task label; null for a result not found. */
    public enum TaskVerdict { RIGHT, WRONG, NONE }

    /** One gold result the abstract states, whether it was found, and how the found result's task compares. */
    public record Outcome(String arxivId, ResultsGold.GoldResult gold, boolean found, TaskVerdict task) {
    }

    /**
     * The figures: papers with a stated result, gold results, stated ones, found ones, the 95% interval of recall
     * over papers, results extracted from those papers, and every outcome.
     */
    public record Report(int papers, int goldResults, int stated, int found, BootstrapInterval interval,
                         int extracted, List<Outcome> outcomes) {

        public double recall() {
            return stated == 0 ? 0 : (double) found / stated;
        }

        /** A plain-text summary. */
        public String table() {
            return String.format(Locale.ROOT, "Results recall (Papers-with-Code results whose score the abstract "
                            + "states): %.3f  [95%% CI %.3f-%.3f]  found %d of %d%n"
                            + "  papers with such a result: %d; gold results with one plain score: %d; results "
                            + "extracted from those papers: %d%n",
                    recall(), interval.low(), interval.high(), found, stated, papers, goldResults, extracted)
                    + String.format(Locale.ROOT, "  task of the results found: right %d, another task %d, none %d%n",
                    tasks(TaskVerdict.RIGHT), tasks(TaskVerdict.WRONG), tasks(TaskVerdict.NONE));
        }

        /** Found results whose task has the given verdict. */
        public int tasks(TaskVerdict verdict) {
            return (int) outcomes.stream().filter(o -> o.task() == verdict).count();
        }
    }

    private ResultsEvaluator() {
    }

    /** Papers of a JSON Lines file with {@code arxiv_id}, {@code title} and {@code abstract} fields. */
    public static Stream<PaperRecord> readPapers(Path jsonl, Set<String> skipIds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<PaperRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(jsonl + " line " + n + ": not a JSON object: " + e.getMessage(), e);
                }
                String id = o.path("arxiv_id").asText("");
                String title = o.path("title").asText("");
                if (id.isEmpty() || title.isEmpty() || skipIds.contains(id) || !seen.add(id)) {
                    continue;
                }
                out.add(new PaperRecord(id, title, o.path("abstract").asText(""), List.of(), null, null, null, id,
                        null, null, List.of(), List.of(), false));
            }
        }
        return out.stream();
    }

    /** Extracts and resolves {@code papers} as a build does, then scores the results of the gold papers. */
    public static Report evaluate(Map<String, List<ResultsGold.GoldResult>> gold, Stream<PaperRecord> papers,
                                  MentionExtractor extractor, EntityResolver resolver, ResultExtractor results,
                                  int threads) throws IOException {
        Map<String, PaperRecord> records = new LinkedHashMap<>();
        Map<String, List<PaperLink>> links = new HashMap<>();
        ExtractionSummary summary = new ExtractionPipeline(extractor, resolver, threads).run(papers, (paper, ls) -> {
            if (gold.containsKey(paper.key())) {
                records.put(paper.key(), paper);
                links.put(paper.key(), ls);
            }
        }, n -> { });
        EntityLookup lookup = EntityLookup.of(summary.entities());
        return score(gold, records, links, ResultExtractor.LinkNames.of(lookup::find), results);
    }

    /** Scores the results extracted from already linked papers. */
    public static Report score(Map<String, List<ResultsGold.GoldResult>> gold, Map<String, PaperRecord> records,
                               Map<String, List<PaperLink>> links, ResultExtractor.LinkNames names,
                               ResultExtractor results) {
        MetricLexicon lexicon = results.lexicon();
        DatasetMetrics usual = usualMetrics(records, links, names, results);
        List<Outcome> outcomes = new ArrayList<>();
        List<PaperScores> perPaper = new ArrayList<>();
        int goldResults = 0;
        int extracted = 0;
        for (Map.Entry<String, PaperRecord> e : records.entrySet()) {
            PaperRecord paper = e.getValue();
            List<ResultsGold.GoldResult> paperGold = gold.get(e.getKey());
            goldResults += paperGold.size();
            List<ResultClaim> claims = results.extract(paper, links.get(e.getKey()), names, usual);
            Set<BigDecimal> numbers = numbers(paper.abstractText());
            int stated = 0;
            int found = 0;
            for (ResultsGold.GoldResult g : paperGold) {
                Optional<Metric> metric = goldMetric(lexicon, g.metric());
                if (!stated(g, metric, numbers)) {
                    continue;
                }
                stated++;
                List<ResultClaim> hits = claims.stream().filter(c -> matches(c, g, metric, names)).toList();
                found += hits.isEmpty() ? 0 : 1;
                outcomes.add(new Outcome(e.getKey(), g, !hits.isEmpty(),
                        hits.isEmpty() ? null : task(hits, g, names)));
            }
            if (stated > 0) {
                extracted += claims.size();
                perPaper.add(new PaperScores(Map.of(), Map.of(), new Scores(0, claims.size(), found, stated)));
            }
        }
        int stated = perPaper.stream().mapToInt(p -> p.proposedPartial().gold()).sum();
        int found = perPaper.stream().mapToInt(p -> p.proposedPartial().goldMatched()).sum();
        return new Report(perPaper.size(), goldResults, stated, found,
                BootstrapInterval.of(perPaper, PaperScores::proposedPartial, Scores::recall), extracted, outcomes);
    }

    /**
     * The table of usual metrics from the evaluated papers' own explicit-metric results, as a build counts it from
     * its papers; never from the labels.
     */
    public static DatasetMetrics usualMetrics(Map<String, PaperRecord> records, Map<String, List<PaperLink>> links,
                                              ResultExtractor.LinkNames names, ResultExtractor results) {
        DatasetMetrics.Counter counter = new DatasetMetrics.Counter();
        records.forEach((key, paper) -> counter.add(results.extract(paper, links.get(key), names)));
        return counter.table();
    }

    /**
     * How the tasks of the results matching a gold result compare with its task label: right if one names it,
     * another task if one has a task and none names it, none if none has a task.
     */
    static TaskVerdict task(List<ResultClaim> hits, ResultsGold.GoldResult g, ResultExtractor.LinkNames names) {
        TaskVerdict verdict = TaskVerdict.NONE;
        for (ResultClaim c : hits) {
            if (c.task() == null) {
                continue;
            }
            List<String> taskNames = new ArrayList<>(names.names(c.task()));
            taskNames.add(c.task().entityLabel());
            if (TaskNames.same(g.task(), taskNames)) {
                return TaskVerdict.RIGHT;
            }
            verdict = TaskVerdict.WRONG;
        }
        return verdict;
    }

    /** The lexicon metric a gold metric name stands for: by alias, else by its words without notes in brackets. */
    static Optional<Metric> goldMetric(MetricLexicon lexicon, String name) {
        String key = GOLD_LABELS.get(fold(name));
        Matcher at = ACC_AT.matcher(fold(name));
        if (key == null && at.matches()) {
            key = "top-" + at.group(1) + "-accuracy";
        }
        if (key != null) {
            return lexicon.byKey(key);
        }
        Optional<Metric> m = lexicon.byName(name);
        if (m.isEmpty()) {
            m = lexicon.byName(name.replaceAll("\\(.*?\\)|%", " ").strip());
        }
        if (m.isEmpty()) {
            // the longest metric name among the gold label's words ("3-fold Accuracy" -> accuracy)
            String words = " " + fold(name) + " ";
            Metric best = null;
            int length = 0;
            for (Metric x : lexicon.metrics()) {
                for (String a : x.aliases()) {
                    String f = fold(a);
                    if (f.length() > length && words.contains(" " + f + " ")) {
                        best = x;
                        length = f.length();
                    }
                }
            }
            m = Optional.ofNullable(best);
        }
        return m;
    }

    private static boolean stated(ResultsGold.GoldResult g, Optional<Metric> metric, Set<BigDecimal> numbers) {
        for (BigDecimal v : forms(g.score(), metric.isPresent() && complement(metric.get()) != null)) {
            for (BigDecimal n : numbers) {
                if (n.compareTo(v) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean matches(ResultClaim c, ResultsGold.GoldResult g, Optional<Metric> goldMetric,
                                   ResultExtractor.LinkNames names) {
        if (c.improvement() || c.baseline()) {
            return false;
        }
        boolean sameKind;
        boolean complementary = false;
        if (goldMetric.isPresent()) {
            String gf = family(goldMetric.get());
            String cf = family(c.metric());
            sameKind = gf.equals(cf);
            complementary = cf.equals(COMPLEMENT.get(gf));
        } else {
            String fold = " " + fold(g.metric()) + " ";
            sameKind = c.metric().aliases().stream().anyMatch(a -> fold.contains(" " + fold(a) + " "))
                    || namesCutShort(fold(g.metric()), c);
        }
        sameKind |= ALSO_READ.getOrDefault(fold(g.metric()), Set.of()).contains(c.metric().key());
        if (!sameKind && !complementary) {
            return false;
        }
        boolean value = false;
        for (BigDecimal v : complementary ? complements(g.score()) : forms(g.score(), false)) {
            value |= c.value().compareTo(v) == 0;
        }
        return value && datasetMatches(g.dataset(), names.names(c.dataset()), c.dataset().entityLabel());
    }

    /**
     * A label that names no metric of its own but the words the abstract writes before the metric read, so that it is
     * that metric's name cut short: "request" for "97% request accuracy", "joint" for a joint goal accuracy, "POS" for a
     * "POS tagging accuracy" (at most one word between). A label of a setting ("5 fold cross validation") or a
     * benchmark's part is never written there and matches nothing.
     */
    static boolean namesCutShort(String label, ResultClaim c) {
        if (label.isEmpty() || c.evidence() == null) {
            return false;
        }
        String evidence = " " + fold(c.evidence()) + " ";
        for (String a : c.metric().aliases()) {
            String f = fold(a);
            if (f.startsWith(label + " ") && evidence.contains(" " + f + " ")
                    || Pattern.compile(" " + Pattern.quote(label) + "(?: [\\p{L}\\p{N}]+)? " + Pattern.quote(f) + " ")
                    .matcher(evidence).find()) {
                return true;
            }
        }
        return false;
    }

    public static boolean datasetMatches(String gold, Collection<String> names, String label) {
        List<String> g = datasetWordList(gold);
        List<String> all = new ArrayList<>(names);
        all.add(label);
        for (String n : new ArrayList<>(all)) {
            String named = namedWords(n);
            if (!named.isEmpty() && !named.equals(n.strip())) {
                all.add(named);
            }
        }
        for (String n : all) {
            List<String> p = datasetWordList(n);
            if (g.isEmpty() || p.isEmpty()) {
                continue;
            }
            if (g.containsAll(p) || p.containsAll(g) || NameMatcher.partial(gold, n)
                    || String.join("", g).equals(String.join("", p)) // "NTU RGB+D" and "NTU-RGBD"
                    || abbreviates(n, gold) || abbreviates(gold, n) || shortForm(n, gold) || shortForm(gold, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a predicted name written with a capital or a digit, its lower-case words left out: "the over-used
     * WIDG-2031" and "Zorb segmentation dataset" name WIDG-2031 and Zorb, as a gold label writes them. Only the
     * predicted side is cut, so the gold's own words must still all be there or contain these.
     */
    static String namedWords(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    /** "LFW" for "Labeled Faces in the Wild": a capitalised name made of the initials of the other's words. */
    static boolean abbreviates(String acronym, String name) {
        if (acronym.length() < 3 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(acronym);
    }

    /**
     * "WoZ" for "Widgets-of-Oz", "Sop" for "Stanford Online Products", "SFEW 2.0" for "Static Facial Expressions in
     * the Wild": a short form of one word (a version number may follow) with a capital, whose letters, case aside,
     * are read in order from the long form's words, the first letter opening its first word and the last word
     * giving a letter (the abbreviation test of Schwartz and Hearst, 2003); the long form has two words or more and
     * at most two more words than the short form has letters.
     */
    static boolean shortForm(String shortName, String longName) {
        String s = shortName.strip().replaceFirst("\\s+v?\\d+(?:\\.\\d+)*$", "");
        if (s.length() < 3 || s.length() > 8 || !s.chars().allMatch(Character::isLetter)
                || s.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        String[] words = longName.strip().toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (words.length < 2 || words.length > s.length() + 2) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (words[0].isEmpty() || words[0].charAt(0) != lower.charAt(0)) {
            return false;
        }
        // greedy from the end, as Schwartz and Hearst read it: each letter found before the one after it
        int w = words.length - 1;
        int k = words[w].length();
        boolean lastWordUsed = false;
        for (int i = lower.length() - 1; i >= 1; i--) {
            char c = lower.charAt(i);
            while (true) {
                if (k == 0) {
                    if (--w < 0) {
                        return false;
                    }
                    k = words[w].length();
                    continue;
                }
                if (words[w].charAt(--k) == c) {
                    lastWordUsed |= w == words.length - 1;
                    break;
                }
            }
        }
        // the first letter opens the first word, so the others must come from the first word's rest or later
        return lastWordUsed && (w > 0 || k > 0);
    }

    /**
     * The words of a dataset name, each singular and with letters and digits apart, so that "Cityscapes val" and
     * "Cityscapes", "HMDB-51" and "HMDB51", "VOC2012" and "VOC 2012" have the same words once split words are gone;
     * a year is written with two digits ("WMT'14", "WMT 2014"), a language code as the language ("En-De") and a version
     * without its "v" or ".0" ("v5", "5.0").
     */
    static Set<String> datasetWords(String name) {
        return new HashSet<>(datasetWordList(name));
    }

    private static List<String> datasetWordList(String name) {
        String versioned = VERSION.matcher(RESOLUTION.matcher(name).replaceAll(" ")).replaceAll("");
        String spaced = LETTER_DIGIT.matcher(LabelNormalizer.normalize(versioned.replaceAll("['\u2019+]", " ")))
                .replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String w : spaced.split(" ")) {
            String x = LabelNormalizer.singular(w);
            if (YEAR.matcher(x).matches()) {
                x = x.substring(2);
            }
            x = LANGUAGES.getOrDefault(x, x);
            if (!x.isEmpty() && !SPLIT_WORDS.contains(x) && !words.contains(x)) {
                words.add(x);
            }
        }
        return words;
    }

    private static String family(Metric m) {
        return FAMILY.getOrDefault(m.key(), m.key());
    }

    private static String complement(Metric m) {
        return COMPLEMENT.get(family(m));
    }

    /** The score as given, as a percentage of a fraction, as a fraction of a percentage; and complements if asked. */
    private static List<BigDecimal> forms(BigDecimal s, boolean withComplements) {
        List<BigDecimal> out = new ArrayList<>(List.of(s));
        if (s.compareTo(BigDecimal.ONE) <= 0) {
            out.add(s.multiply(HUNDRED));
        } else if (s.compareTo(HUNDRED) <= 0) {
            out.add(s.divide(HUNDRED));
        }
        if (withComplements) {
            out.addAll(complements(s));
        }
        return out;
    }

    private static List<BigDecimal> complements(BigDecimal s) {
        if (s.compareTo(BigDecimal.ONE) <= 0) {
            return List.of(BigDecimal.ONE.subtract(s), HUNDRED.subtract(s.multiply(HUNDRED)));
        }
        return s.compareTo(HUNDRED) <= 0 ? List.of(HUNDRED.subtract(s)) : List.of();
    }

    private static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group()));
        }
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@]+", " ").strip();
    }
}
