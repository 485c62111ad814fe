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
            if (!scoreEnd(words, end)) {
                continue;
            }
            int cue = scoreCue(words, i, last);
            if (cue == NONE) {
                continue;
            }
            Map<String, Metric> own = named(words, blocked, i);
            Map<String, Metric> before = new LinkedHashMap<>(earlier.named());
            before.putAll(own);
            Map<String, Metric> after = named(words, blocked, n);
            after.keySet().removeAll(own.keySet());
            if (before.size() != 1 || !after.isEmpty()) {
                continue;
            }
            Metric metric = before.values().iterator().next();
            if (own.isEmpty() && !earlier.scored().contains(metric.key())) {
                continue; // named before only in passing ("improving accuracy"), never with a value
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
    private static boolean percentScale(Metric metric) {
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
        if (prev.equals("of") && i >= 2 && SCORE_NOUNS.contains(lower(words[i - 2]))) {
            return STATED;
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
