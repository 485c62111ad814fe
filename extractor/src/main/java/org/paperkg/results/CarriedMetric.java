package org.paperkg.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A score written without its metric ("Owl-score is 70.1% on A. Our model reaches 71.2% on B.") takes the metric
 * the abstract named before it, but only where that leaves no doubt: the sentences before the value (and its own
 * sentence up to the value) name exactly one metric, an earlier sentence states a value of it or the value's own
 * sentence names it before the value (a metric only named in passing, "improving accuracy", is no evaluation), its
 * sentence names none after it, and the value is stated as a score: right after a score verb ("reaches",
 * "achieves"), after "a performance of", after "improving A to", or as the next item of a list so read ("a% for A
 * and b% for B", "a%/b%"). A percentage or a decimal number only, never a count, a share, a gain, a bound or a number with
 * another unit; two metrics named before give nothing.
 */
final class CarriedMetric {

    /** The rule name of a value whose metric is carried from before it. */
    static final String RULE = "carried";
    /**
     * The rule name of a value stated as a score where neither the abstract before it nor its sentence names any
     * metric: its metric is its dataset's usual one ({@link DatasetMetrics}), or it is not read.
     */
    static final String UNSTATED = "unstated";
    /** A value read without a metric word of its own in its sentence: carried or unstated. */
    static boolean noMetricWord(StatedValue v) {
        return v.rule().equals(RULE) || v.rule().equals(UNSTATED);
    }

    /** The stand-in metric of an {@link #UNSTATED} value until its dataset is known. */
    static final Metric UNKNOWN = new Metric("unstated", "unstated", Direction.HIGHER_IS_BETTER, List.of());

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?|\\.\\d+)(%)?");
    /** Verbs after which a number is the subject's score. */
    private static final Set<String> SCORE_VERBS = Set.of("achieves", "achieved", "achieving", "achieve", "reaches",
            "reached", "reaching", "reach", "attains", "attained", "attaining", "obtains", "obtained", "obtaining",
            "scores", "scored", "scoring", "yields", "yielding");
    /** Nouns of "a performance of x", naming the value a score without naming its metric. */
    private static final Set<String> SCORE_NOUNS = Set.of("performance", "performances", "result", "results", "value");
    /** Verbs of "improving A to x": the value after "to" is the new score. */
    private static final Set<String> RAISING = Set.of("improve", "improves", "improved", "improving", "increase",
            "increases", "increased", "increasing", "boost", "boosts", "boosted", "boosting", "push", "pushes",
            "pushed", "pushing", "raise", "raises", "raised", "raising");
    /** What may follow a score: its dataset, setting or the clause's end; anything else (a unit, "of", "gain"). */
    private static final Set<String> AFTER = Set.of(".", ",", ";", ")", "on", "for", "in", "at", "and", "with",
            "without", "using", "when", "while", "across", "after");
    /** Words that end the reach of "improving ... to". */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "by", "from", "while", "whereas",
            "which", "that", "but");
    /** Words before the value in its clause that make it another method's score. */
    private static final Set<String> BASELINE_CUES = Set.of("previous", "prior", "baseline", "baselines",
            "compared", "existing", "human", "humans", "vs", "vs.", "versus", "than");
    private static final int RAISE_REACH = 6;
    private static final int LIST_REACH = 8;

    private final MetricLexicon lexicon;

    CarriedMetric(MetricLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What the sentences before a value say of metrics: every metric they name, by key, and the keys of those they
     * state a value of.
     */
    record Before(Map<String, Metric> named, Set<String> scored) {

        static final Before NONE = new Before(Map.of(), Set.of());

        Before {
            named = Map.copyOf(named);
            scored = Set.copyOf(scored);
        }

        /** This and one more sentence, which names {@code more} and states values {@code stated}. */
        Before after(Map<String, Metric> more, List<StatedValue> stated) {
            Map<String, Metric> n = new LinkedHashMap<>(named);
            n.putAll(more);
            Set<String> s = new java.util.HashSet<>(scored);
            stated.stream().filter(v -> !v.improvement()).forEach(v -> s.add(v.metric().key()));
            return new Before(n, s);
        }
    }

    /** The metrics a sentence names (outside names), by key, in text order, up to token {@code to}. */
    Map<String, Metric> named(String[] words, boolean[] blocked, int to) {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(to, words.length); i++) {
            if (blocked[i]) {
                continue;
            }
            MetricLexicon.MetricMatch m = lexicon.matchAt(words, i);
            if (m != null) {
                out.putIfAbsent(m.metric().key(), m.metric());
                i = m.end() - 1;
            }
        }
        return out;
    }

    /**
     * Values of this sentence that {@code stated} does not hold, with the one metric {@code earlier} (the sentences
     * before) and this sentence's own names before the value give them; empty when there is not exactly one.
     */
    List<StatedValue> find(String[] words, boolean[] blocked, List<StatedValue> stated, Before earlier) {
        int n = words.length;
        List<StatedValue> out = new ArrayList<>();
        if (!named(words, blocked, n).isEmpty() && !stated.isEmpty()) {
            return out; // a sentence whose own metric is read: its other numbers are not scores of an earlier one
        }
        int last = -1; // the token after the last value carried, for lists
        int group = -1;
        for (int i = 0; i < n; i++) {
            if (blocked[i] || inside(stated, i)) {
                continue;
            }
            Matcher m = NUMBER.matcher(words[i]);
            if (!m.matches()) {
                continue;
            }
            boolean percent = m.group(2) != null;
            int end = i + 1;
            if (!percent && end < n && (words[end].equals("%") || words[end].equalsIgnoreCase("percent"))) {
                percent = true;
                end++;
            }
            BigDecimal value = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
            if (!percent && !m.group(1).contains(".") || percent && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue; // a bare integer is a count; a share above 100% is no score
            }
            boolean versus = versusFirst(words, i, end);
            if (!versus && !scoreEnd(words, end)) {
                continue;
            }
            int cue = versus ? STATED : scoreCue(words, i, last);
            if (cue == NONE) {
                continue;
            }
            Map<String, Metric> own = named(words, blocked, i);
            Map<String, Metric> before = new LinkedHashMap<>(earlier.named());
            before.putAll(own);
            Map<String, Metric> after = named(words, blocked, n);
            after.keySet().removeAll(own.keySet());
            Metric metric = before.size() == 1 ? before.values().iterator().next() : null;
            boolean carries = metric != null && (!own.isEmpty() || earlier.scored().contains(metric.key()));
            if (after.isEmpty() && !carries && !unknownMetricBefore(words, i) && !unknownMetricRaised(words, i)
                    && !unknownMetricAfter(words, end)) {
                // no metric word it can take from before: its dataset's usual metric, if any, once its dataset is
                // known (and then only one the abstract names, if it names any)
                group = cue == LISTED ? group : 10_000 + i;
                out.add(new StatedValue(UNKNOWN, value, percent ? "%" : null, false, baseline(words, i), i, end, i,
                        end, group, UNSTATED));
                last = end;
                continue;
            }
            if (!carries || !after.isEmpty()) {
                continue; // two metrics before, one named after, or one named before only in passing
            }
            if (percent && !percentScale(metric)) {
                continue;
            }
            group = cue == LISTED ? group : 10_000 + i; // apart from the groups SentenceValues numbers from 0
            out.add(new StatedValue(metric, value, percent ? "%" : null, false, baseline(words, i), i, end, i, end,
                    group, RULE));
            last = end;
        }
        return out;
    }

    /**
     * What follows the value (and, in a list "a%, b% and c% ..." or a slashed pair "a%/b%", its last item) lets it be a score: the clause's
     * end, its dataset or setting; not a unit, a change ("reduction"), "of" (a share) or "in terms of" (a measure
     * named in words the lexicon does not know).
     */
    private static boolean scoreEnd(String[] words, int end) {
        int n = words.length;
        int at = end;
        while (at + 1 < n && (words[at].equals(",") || lower(words[at]).equals("and") || words[at].equals("/"))) {
            int next = at + 1 < n && lower(words[at + 1]).equals("and") ? at + 2 : at + 1;
            if (next >= n || !NUMBER.matcher(words[next]).matches()) {
                break;
            }
            at = next + 1;
            if (at < n && (words[at].equals("%") || words[at].equalsIgnoreCase("percent"))) {
                at++;
            }
        }
        if (at >= n) {
            return true;
        }
        String w = lower(words[at]);
        return AFTER.contains(w) && !(w.equals("in") && at + 2 < n && lower(words[at + 1]).equals("terms")
                && lower(words[at + 2]).equals("of"));
    }

    /** A metric written in percent: a higher-is-better score or a rate; not a perplexity, a distance or a loss. */
    static boolean percentScale(Metric metric) {
        return metric.direction() == Direction.HIGHER_IS_BETTER || metric.key().contains("error") || metric.key().contains("rate");
    }

    private static final int NONE = 0;
    private static final int STATED = 1;
    private static final int LISTED = 2;

    /**
     * How the value is stated as a score: after a score verb, "a performance of", "improving A to" ({@code STATED}),
     * or as the next item of a list whose first value is so read ({@code LISTED}); {@code NONE} otherwise.
     */
    private static int scoreCue(String[] words, int i, int last) {
        if (i == 0) {
            return NONE;
        }
        String prev = lower(words[i - 1]);
        if (SCORE_VERBS.contains(prev)) {
            return STATED;
        }
        if ((prev.equals("of") || prev.equals(",")) && i >= 2 && SCORE_NOUNS.contains(lower(words[i - 2]))) {
            return STATED; // "a performance of x", "state-of-the-art performances, x and y"
        }
        if (prev.equals("(") && i + 2 < words.length && words[i + 1 + (words[i + 1].equals("%") ? 1 : 0)].equals(")")
                && i >= 2 && nameWord(words[i - 2]) && scoreWordBefore(words, i - 1)) {
            return STATED; // "achieves the best results on A (x%)": a score alone in brackets after its dataset
        }
        if (prev.equals("to")) {
            for (int j = i - 2; j >= Math.max(0, i - 2 - RAISE_REACH); j--) {
                String w = lower(words[j]);
                if (RAISING.contains(w)) {
                    return STATED;
                }
                if (BREAKS.contains(w) || NUMBER.matcher(words[j]).matches()) {
                    return NONE;
                }
            }
            return NONE;
        }
        if (prev.equals("/") && last == i - 1) {
            return LISTED; // "a%/b%": the second of a slashed pair whose first value is carried
        }
        // "a% for A and b% for B": the next item of a list whose first value is carried
        return (prev.equals("and") || prev.equals(",")) && last >= 0 && i - last <= LIST_REACH
                && noBreak(words, last, i - 1) ? LISTED : NONE;
    }

    /**
     * "(x% vs. y%)": the first of a bracketed comparison that closes right after y; whose x is, the paper's or the
     * compared one's, only the metric's direction tells ({@link #versusOther}).
     */
    private static boolean versusFirst(String[] words, int i, int end) {
        if (i < 1 || !words[i - 1].equals("(") || end + 1 >= words.length || !VERSUS.contains(lower(words[end]))
                || !NUMBER.matcher(words[end + 1]).matches()) {
            return false;
        }
        int close = end + 2 < words.length && words[end + 2].equals("%") ? end + 3 : end + 2;
        return close < words.length && words[close].equals(")");
    }

    /** The compared value y of "(x vs. y)" when {@code v} is its x, else null. */
    static BigDecimal versusOther(String[] words, StatedValue v) {
        if (!versusFirst(words, v.valueStart(), v.valueEnd())) {
            return null;
        }
        Matcher m = NUMBER.matcher(words[v.valueEnd() + 1]);
        return m.matches() ? new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1)) : null;
    }

    /**
     * Head nouns of a measure the lexicon does not know ("the Risk Leakage Rate reaches x", "the H-Score of x"): a
     * value after one in its clause is of that measure, not of its dataset's usual metric.
     */
    private static final Pattern UNKNOWN_MEASURE = Pattern.compile(
            "(.*-)?(rate|rates|score|scores|ratio|ratios|error|errors|loss|distance|time|speed|latency|throughput|"
                    + "cost|size|count|number|length|overhead|memory|usage|consumption)");

    /** Such a head noun, or "metric"/"measure", in the clause after the value: "x% using the Q metric". */
    private static boolean unknownMetricAfter(String[] words, int end) {
        for (int j = end; j < words.length; j++) {
            String w = lower(words[j]);
            if (w.equals(";") || w.equals(".") || w.equals(",") || w.equals(":") || NUMBER.matcher(words[j]).matches()) {
                return false;
            }
            if (UNKNOWN_MEASURE.matcher(w).matches() || w.matches("metrics?|measures?")) {
                return true;
            }
        }
        return false;
    }

    /** Such a head noun in the clause before the value (back to a comma). */
    private static boolean unknownMetricBefore(String[] words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = lower(words[j]);
            if (w.equals(";") || w.equals(".") || w.equals(",") || w.equals(":")
                    || NUMBER.matcher(words[j]).matches() && j < i - 1) {
                return false;
            }
            if (UNKNOWN_MEASURE.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "increases the TPF of A to x": the object raised to the value names a quantity of its own with a capital word
     * and no score noun; "improves the performance to x", "pushing the A benchmark to x" do not.
     */
    private static boolean unknownMetricRaised(String[] words, int i) {
        if (i < 2 || !lower(words[i - 1]).equals("to")) {
            return false;
        }
        boolean capital = false;
        for (int j = i - 2; j >= Math.max(0, i - 2 - RAISE_REACH); j--) {
            String w = lower(words[j]);
            if (RAISING.contains(w)) {
                return capital;
            }
            if (SCORE_NOUNS.contains(w) || w.equals("benchmark") || w.equals("state-of-the-art") || w.equals("sota")) {
                return false;
            }
            capital |= !words[j].equals(w);
        }
        return false;
    }

    private static final Set<String> VERSUS = Set.of("vs", "vs.", "versus");
    private static final int SCORE_WORD_REACH = 12;

    /** A name written with a capital or a digit ("Kestrel-9", "A2"), as a dataset's; not a lower-case phrase. */
    private static boolean nameWord(String w) {
        return w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** A score verb or noun in the clause before token {@code to}. */
    private static boolean scoreWordBefore(String[] words, int to) {
        for (int j = to - 1; j >= Math.max(0, to - SCORE_WORD_REACH); j--) {
            String w = lower(words[j]);
            if (SCORE_VERBS.contains(w) || SCORE_NOUNS.contains(w)) {
                return true;
            }
            if (w.equals(";") || w.equals(")") || NUMBER.matcher(words[j]).matches()) {
                return false;
            }
        }
        return false;
    }

    private static boolean noBreak(String[] words, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = lower(words[j]);
            if (w.equals(";") || w.equals("(") || w.equals(")") || w.equals("while") || w.equals("whereas")
                    || NUMBER.matcher(words[j]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean baseline(String[] words, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            String w = lower(words[j]);
            if (w.equals("our") || w.equals("we")) {
                return false;
            }
            if (BASELINE_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<StatedValue> stated, int i) {
        for (StatedValue v : stated) {
            if (v.firstToken() <= i && i < v.lastToken() || v.valueStart() <= i && i < v.valueEnd()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
