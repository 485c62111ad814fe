package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * Both ends of a span of scores: "our model family achieves top-1 accuracy from 71.2% to 78.4%", "the models reach
 * accuracies ranging from 3.1% to 7.2%". The span is no change of one score: each end is the score of one model of
 * the family, so both are read. Elsewhere "from A to B" states a change, whose A is the old score and never read.
 * <p>
 * The span is said by a word of ranging right after the metric ("accuracies ranging from", "error rates varying
 * from"), or by a score verb right before the metric before "from" ("achieves (a/an) top-1 accuracy from"). Never
 * when the clause before "from" speaks of improving or beating ("improves accuracy from", "outperforming ... with
 * accuracies ranging from": the beaten scores), when a gain word stands between the metric and "from" ("accuracy
 * gains ranging from"), or when the span runs over the datasets or settings after it ("ranging from a to b across
 * the datasets": which end is whose is not said).
 */
final class ScoreSpan {

    private ScoreSpan() {
    }

    /** The rule of the values this class reads. */
    static final String RULE = "span";

    private static final Set<String> RANGING = Set.of("ranging", "range", "ranges", "ranged", "varying", "vary",
            "varies", "spanning");
    private static final Set<String> SCORE_VERBS = Set.of("achieve", "achieves", "achieved", "achieving", "reach",
            "reaches", "reached", "reaching", "obtain", "obtains", "obtained", "obtaining", "attain", "attains",
            "attained", "attaining", "yield", "yields", "yielding");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** Words right after the span that make it run over several datasets, settings or items. */
    private static final Set<String> OVER_ITEMS = Set.of("across", "over", "among", "depending", "per", "for", "on",
            "in");
    /** Words of changing or beating a score, in the clause before "from". */
    private static final Set<String> CHANGE = Set.of("gain", "gains", "margin", "margins", "drop", "drops",
            "difference", "differences", "compared", "than", "previous", "prior", "baseline", "baselines");

    /**
     * The values of each span in {@code numbers}: A (and B when no other rule read it) with the span's metric. A B read
     * already with another metric, or as a gain, leaves the span unread.
     */
    static List<StatedValue> find(String[] words, MetricMatch[] endsAt, List<NumberToken> numbers,
                                  List<StatedValue> read) {
        List<StatedValue> out = new ArrayList<>();
        for (int k = 1; k < numbers.size(); k++) {
            NumberToken a = numbers.get(k - 1);
            NumberToken b = numbers.get(k);
            if (!a.fromValue() || !b.toValue() || a.plus() || b.plus() || !Objects.equals(a.unit(), b.unit())
                    || a.anchor() != a.start() || b.anchor() != a.start() - 1) {
                continue;
            }
            int from = b.anchor();
            MetricMatch metric = spanMetric(words, endsAt, from);
            if (metric == null || changeBefore(words, from) || overItems(words, b.end())) {
                continue;
            }
            StatedValue readB = read.stream().filter(v -> v.valueStart() == b.start()).findFirst().orElse(null);
            if (read.stream().anyMatch(v -> v.valueStart() == a.start())
                    || readB != null && (readB.improvement() || !readB.metric().key().equals(metric.metric().key()))) {
                continue;
            }
            boolean baseline = GainCues.baselineCue(words, metric.start());
            // each end a group of its own: the binders pair a listed group with as many names
            out.add(new StatedValue(metric.metric(), a.value(), a.unit(), false, baseline, a.start(), a.end(),
                    metric.start(), metric.end(), -1 - a.start(), RULE));
            if (readB == null) {
                out.add(new StatedValue(metric.metric(), b.value(), b.unit(), false, baseline, b.start(), b.end(),
                        metric.start(), metric.end(), -1 - b.start(), RULE));
            }
        }
        return out;
    }

    /**
     * The index in {@code stated} (in text order) of the upper end of the span whose lower end is value {@code k}, else
     * -1: both ends are measured on the same data, so a lower end with no dataset of its own takes the upper end's
     * ("from a to b on A": the name after b is a's too).
     */
    static int upperEnd(String[] words, List<StatedValue> stated, int k) {
        StatedValue a = stated.get(k);
        if (!a.rule().equals(RULE) || k + 1 >= stated.size()) {
            return -1;
        }
        StatedValue b = stated.get(k + 1);
        boolean joined = b.valueStart() >= 1 && b.valueStart() - 1 >= a.valueEnd()
                && lower(words[b.valueStart() - 1]).equals("to") && b.valueStart() - 1 - a.valueEnd() <= 1;
        return joined && b.metric().key().equals(a.metric().key()) && !b.improvement() ? k + 1 : -1;
    }

    /** The metric of a span whose "from" is at {@code from}, else null. */
    private static MetricMatch spanMetric(String[] words, MetricMatch[] endsAt, int from) {
        if (from >= 2 && RANGING.contains(lower(words[from - 1])) && endsAt[from - 1] != null) {
            return endsAt[from - 1]; // "accuracies ranging from"
        }
        MetricMatch m = endsAt[from];
        if (m == null) {
            return null;
        }
        int j = m.start() - 1;
        if (j >= 0 && ARTICLES.contains(lower(words[j]))) {
            j--;
        }
        return j >= 0 && SCORE_VERBS.contains(lower(words[j])) ? m : null; // "achieves top-1 accuracy from"
    }

    /** A word of improving, beating or comparing in the clause before {@code from}. */
    private static boolean changeBefore(String[] words, int from) {
        for (int j = from - 1; j >= 0 && !Clauses.CONTRAST_BREAKS.contains(lower(words[j])); j--) {
            String w = lower(words[j]);
            if (FromToValues.IMPROVING.contains(w) || CHANGE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The span runs over items named after it: "from a to b across the datasets", "... on the five tasks". */
    private static boolean overItems(String[] words, int end) {
        if (end >= words.length || !OVER_ITEMS.contains(lower(words[end]))) {
            return false;
        }
        String w = lower(words[end]);
        if (!w.equals("on") && !w.equals("in") && !w.equals("for")) {
            return true;
        }
        // "on ImageNet" names the one dataset of all the span; "on the five tasks", "for different settings" do not
        for (int j = end + 1; j < Math.min(words.length, end + 5); j++) {
            String x = lower(words[j]);
            if (x.equals(",") || x.equals(".") || x.equals("and")) {
                return false;
            }
            if (x.endsWith("s") && ITEM_NOUNS.contains(x) || x.equals("different") || x.equals("various")
                    || x.matches("\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|all")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ITEM_NOUNS = Set.of("datasets", "benchmarks", "tasks", "settings", "languages",
            "domains", "subsets", "splits", "classes", "categories", "corpora", "scenarios", "skills", "environments");

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
