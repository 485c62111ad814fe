package org.paperkg.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

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
 * named next to the value (lists paired in order only when the counts agree), else the only dataset of the sentence;
 * a result whose dataset is not clear is dropped, never guessed. The method is the paper's proposed
 * one unless the sentence gives another method's score ("compared to X's 80.1%").
 *
 * <p>It runs only CoreNLP's tokenizer and sentence splitter (with the rule extractor's options), and only on papers
 * with a digit and a dataset link: the links it needs exist only after entity resolution, when the rule extractor's
 * annotation is gone. Thread-safe.
 */
public final class ResultExtractor {

    private static final int AFTER_WINDOW = 8;
    private static final int BEFORE_WINDOW = 14;

    private final MetricLexicon lexicon;
    private final SentenceValues values;
    private final StanfordCoreNLP pipeline;

    /** An extractor with the packaged metric list. */
    public ResultExtractor() {
        this(MetricLexicon.load());
    }

    public ResultExtractor(MetricLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.values = new SentenceValues(lexicon);
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

    /** Results of one paper, in text order. */
    public List<ResultClaim> extract(PaperRecord paper, List<PaperLink> links, LinkNames names) {
        String text = paper.fullText();
        List<PaperLink> datasets = links.stream().filter(l -> l.relation().type() == EntityType.DATASET).toList();
        if (datasets.isEmpty() || text.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        PaperContext paperContext = new PaperContext(links, names, text);
        List<ResultClaim> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            for (ResultClaim r : sentence(tokens, text, paperContext)) {
                List<Object> key = List.of(r.metric().key(), r.value(), String.valueOf(r.unit()), r.improvement(),
                        r.dataset().entityKey(), r.method() == null ? "" : r.method().entityKey());
                if (seen.add(key)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private List<ResultClaim> sentence(List<CoreLabel> tokens, String text, PaperContext paper) {
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
        if (sentence.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        List<Occurrence> occurrences = new ArrayList<>();
        boolean[] blocked = new boolean[n];
        for (PaperLink link : paper.links) {
            for (String name : paper.names(link)) {
                if (name.length() < 2 || lexicon.byName(name).isPresent()) {
                    continue; // an entity named like a metric ("BLEU" taken for a method) is the metric here
                }
                for (int at : positions(sentence, name)) {
                    int first = tokenAt(begin, sBegin + at);
                    int last = tokenAt(begin, sBegin + at + name.length() - 1) + 1;
                    occurrences.add(new Occurrence(link, first, last));
                    if (link.relation().type() != EntityType.TASK) {
                        for (int j = first; j < last; j++) {
                            blocked[j] = true;
                        }
                    }
                }
            }
        }
        occurrences.sort((a, b) -> Integer.compare(a.first, b.first));
        List<StatedValue> stated = values.find(words, blocked);
        boolean respectively = java.util.Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase("respectively"));
        List<ResultClaim> out = new ArrayList<>();
        for (int k = 0; k < stated.size(); k++) {
            StatedValue v = stated.get(k);
            List<StatedValue> group = stated.stream().filter(x -> x.group() == v.group()).toList();
            Attached dataset = group.size() > 1
                    ? listDataset(group, v, occurrences, respectively)
                    : dataset(v, k == 0 ? 0 : stated.get(k - 1).lastToken(),
                    k + 1 < stated.size() ? stated.get(k + 1).firstToken() : n, occurrences, paper);
            if (dataset == null) {
                continue;
            }
            int windowStart = k == 0 ? 0 : stated.get(k - 1).valueEnd();
            Attached method = method(v, windowStart, words, occurrences, paper);
            if (method == null) {
                continue; // another method's score, but the sentence does not say whose
            }
            PaperLink task = task(v, occurrences, paper);
            int cs = begin[v.firstToken()];
            int ce = end[v.lastToken() - 1];
            double confidence = confidence(v.rule()) * dataset.weight * method.weight;
            String metricText = v.rule().equals("parallel") ? null
                    : text.substring(begin[v.metricStart()], end[v.metricEnd() - 1]);
            out.add(new ResultClaim(v.metric(), metricText, v.value(), v.unit(), v.improvement(), method.baseline,
                    dataset.link, task, method.link, sentence, cs, ce,
                    v.rule() + "+dataset:" + dataset.how + (method.baseline ? "+baseline" : ""), confidence));
        }
        return out;
    }

    private static double confidence(String rule) {
        return switch (rule) {
            case "value-metric", "metric-value" -> 0.9;
            case "list" -> 0.8;
            default -> 0.7;
        };
    }

    /** The dataset of a single value: named right after it, else right before it, else the only one around. */
    private static Attached dataset(StatedValue v, int previousEnd, int nextStart, List<Occurrence> occurrences,
                                    PaperContext paper) {
        for (Occurrence o : occurrences) {
            if (o.isDataset() && o.first >= v.lastToken() && o.first < nextStart
                    && o.first - v.lastToken() <= AFTER_WINDOW) {
                return new Attached(o.link, "after", 1.0, false);
            }
        }
        Occurrence before = null;
        for (Occurrence o : occurrences) {
            if (o.isDataset() && o.last <= v.firstToken() && o.first >= previousEnd
                    && v.firstToken() - o.last <= BEFORE_WINDOW) {
                before = o;
            }
        }
        if (before != null) {
            return new Attached(before.link, "before", 1.0, false);
        }
        Set<String> inSentence = occurrences.stream().filter(Occurrence::isDataset)
                .map(o -> o.link.entityKey()).collect(Collectors.toSet());
        if (inSentence.size() == 1) {
            PaperLink only = occurrences.stream().filter(Occurrence::isDataset).findFirst().orElseThrow().link;
            return new Attached(only, "sentence", 0.95, false);
        }
        // A dataset named elsewhere in the abstract is not taken: on arxiv-daily such guesses were mostly wrong
        // (real-world trials, the paper's own system taken for a dataset).
        return null;
    }

    /** The dataset of one value of a list: the datasets named after the list (or before it, with "respectively"), paired in order when as many. */
    private static Attached listDataset(List<StatedValue> group, StatedValue v, List<Occurrence> occurrences,
                                        boolean respectively) {
        int first = group.get(0).firstToken();
        int last = group.get(group.size() - 1).lastToken();
        List<PaperLink> after = distinctDatasets(occurrences.stream().filter(o -> o.first >= last).toList());
        List<PaperLink> before = distinctDatasets(occurrences.stream().filter(o -> o.last <= first).toList());
        List<PaperLink> paired = after.size() == group.size() ? after
                : respectively && before.size() == group.size() ? before : null;
        return paired == null ? null : new Attached(paired.get(group.indexOf(v)), "paired", 0.95, false);
    }

    private static List<PaperLink> distinctDatasets(List<Occurrence> occurrences) {
        Set<String> keys = new LinkedHashSet<>();
        List<PaperLink> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.isDataset() && keys.add(o.link.entityKey())) {
                out.add(o.link);
            }
        }
        return out;
    }

    /**
     * The method the value belongs to. Another method's score when the words before it say so ("previous",
     * "baseline", "compared") or name a used (not proposed) method without "our"/"we": then that method, named
     * between the previous value and this one, or nothing at all (null) when none is named. Else the proposed
     * method named in the sentence, else the paper's only proposed method, else unknown.
     */
    private static Attached method(StatedValue v, int windowStart, String[] words, List<Occurrence> occurrences,
                                   PaperContext paper) {
        Occurrence other = null;
        Occurrence own = null;
        boolean ownWord = false;
        for (int j = windowStart; j < v.firstToken(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            ownWord |= w.equals("our") || w.equals("we") || w.equals("proposed") || w.equals("ours");
        }
        for (Occurrence o : occurrences) {
            if (o.link.relation().type() != EntityType.METHOD) {
                continue;
            }
            if (o.link.relation() == Relation.PROPOSES_METHOD) {
                own = own == null ? o : own;
            } else if (o.first >= windowStart && o.last <= v.firstToken()) {
                other = o;
            }
        }
        boolean baseline = !v.improvement() && (v.baselineCue() || other != null && !ownWord
                && (own == null || own.first < windowStart || own.first >= v.firstToken()));
        if (baseline) {
            return other == null ? null : new Attached(other.link, "baseline", 0.9, true);
        }
        if (own != null) {
            return new Attached(own.link, "sentence", 1.0, false);
        }
        if (paper.proposed.size() == 1) {
            return new Attached(paper.proposed.get(0), "paper", 1.0, false);
        }
        return new Attached(null, "unknown", 1.0, false);
    }

    /** The task named nearest the value in the sentence, else the paper's only task, else null. */
    private static PaperLink task(StatedValue v, List<Occurrence> occurrences, PaperContext paper) {
        Occurrence best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : occurrences) {
            if (o.link.relation().type() == EntityType.TASK) {
                int d = Math.min(Math.abs(o.first - v.lastToken()), Math.abs(v.firstToken() - o.last));
                if (d < bestDistance) {
                    best = o;
                    bestDistance = d;
                }
            }
        }
        if (best != null) {
            return best.link;
        }
        return paper.tasks.size() == 1 ? paper.tasks.get(0) : null;
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

    /** An entity link named at tokens {@code [first, last)}. */
    private record Occurrence(PaperLink link, int first, int last) {
        boolean isDataset() {
            return link.relation().type() == EntityType.DATASET;
        }
    }

    /** A link chosen for a value, how, and how much that lowers confidence. */
    private record Attached(PaperLink link, String how, double weight, boolean baseline) {
    }

    /** What the whole paper says: its links by kind (one per entity) and every name of each. */
    private static final class PaperContext {
        final List<PaperLink> links;
        final List<PaperLink> datasets;
        final List<PaperLink> tasks;
        final List<PaperLink> proposed;
        private final java.util.Map<PaperLink, Set<String>> names = new java.util.HashMap<>();

        PaperContext(List<PaperLink> links, LinkNames given, String text) {
            this.links = links;
            this.datasets = distinct(links, EntityType.DATASET, null);
            this.tasks = distinct(links, EntityType.TASK, null);
            this.proposed = distinct(links, EntityType.METHOD, Relation.PROPOSES_METHOD);
            for (PaperLink l : links) {
                Set<String> all = new LinkedHashSet<>(given.names(l));
                all.add(l.entityLabel());
                if (l.charStart() >= 0 && l.charStart() < l.charEnd() && l.charEnd() <= text.length()) {
                    all.add(text.substring(l.charStart(), l.charEnd()));
                }
                names.put(l, all);
            }
        }

        Set<String> names(PaperLink link) {
            return names.get(link);
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
