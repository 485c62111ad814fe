package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * The new value B of an improvement "from A to B" whose metric is not next to it, which the other rules leave unread:
 * <ul>
 * <li>the metric between "from" and A: "improve Z classification from the best top-1 accuracy 85.5% without extra
 * data to 85.8%";</li>
 * <li>the metric in brackets right after B: "advances the best result from 28.6 to 39.8 (BLEU score)";</li>
 * <li>the sentence's only metric, named before the first "from" and given no value of its own, over a list of
 * datasets each with its own "from A to B": "improves the accuracies for zorb classification on A from 90.4% to
 * 90.9%, on B from 89.2% to 90.3%".</li>
 * </ul>
 * A is an old score, never the paper's. The sentence must speak of improving before "from" and B must be better than A
 * by the metric's direction: "accuracy drops from 90% to 60%" states no result.
 */
final class FromToValues {

    private FromToValues() {
    }

    /** The rule of the values this class reads. */
    static final String RULE = "from-to";
    /** The rule of the old value A of "from A to B", a baseline's score when the sentence names the baseline. */
    static final String OLD_RULE = "from-to-old";

    /** Words of improving a score or of beating an earlier one, before its "from A to B". */
    static final Set<String> IMPROVING = Set.of("improve", "improves", "improved", "improving",
            "improvement", "improvements", "increase", "increases", "increased", "increasing", "boost", "boosts",
            "boosted", "boosting", "raise", "raises", "raised", "raising", "advance", "advances", "advanced",
            "advancing", "push", "pushes", "pushing", "lift", "lifts", "lifting", "reduce", "reduces", "reduced",
            "reducing", "lower", "lowers", "lowering", "decrease", "decreases", "decreasing", "cut", "cuts",
            "cutting",
            // "outperforms the best method (e.g. for METRIC, from A to B on Zorb)": A is the beaten score, B the new one
            "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
            "surpassing");
    /** Words between a metric and the closing bracket ("(BLEU score)"). */
    private static final Set<String> SCORE_WORDS = Set.of("score", "scores", "metric");
    private static final int DISTANT_FROM = 10;
    /** Nouns after a metric's name that make it name a setting of another score ("IoU thresholds"). */
    private static final Set<String> THRESHOLD_WORDS = Set.of("threshold", "thresholds");
    /** The auxiliary of a passive before its participle ("is improved", "was significantly reduced"). */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being",
            "gets", "get", "got");

    /** B of each "from A to B" in {@code numbers} not read in {@code read} whose metric one of the forms names. */
    static List<StatedValue> find(String[] words, MetricMatch[] startsAt, List<NumberToken> numbers,
                                  List<StatedValue> read) {
        List<StatedValue> out = new ArrayList<>();
        for (int k = 1; k < numbers.size(); k++) {
            NumberToken a = numbers.get(k - 1);
            NumberToken b = numbers.get(k);
            boolean toB = b.toValue() || b.start() > 0 && lower(words[b.start() - 1]).equals("to");
            if (!a.fromValue() || !toB || b.fromValue() || b.plus() || !Objects.equals(a.unit(), b.unit())) {
                continue;
            }
            StatedValue newRead = read.stream().filter(v -> v.valueStart() == b.start()).findFirst().orElse(null);
            if (newRead != null) {
                oldSide(words, a, b, newRead.metric(), newRead.metricStart(), newRead.metricEnd(), newRead.improvement())
                        .ifPresent(out::add);
                continue;
            }
            int from = fromWord(words, a.start());
            int improving = from < 0 ? -1 : improvingBefore(words, from);
            if (improving < 0) {
                continue;
            }
            MetricMatch metric = between(startsAt, from + 1, a.start());
            if (metric == null) {
                metric = bracketedAfter(words, startsAt, b.end());
            }
            if (metric == null && none(startsAt, from, b.start())) {
                metric = onlyBefore(words, startsAt, from, read);
                // "improves METRIC ... from", or the metric as the subject of a passive: "METRIC on A is improved from"
                metric = metric != null && (metric.start() > improving || passive(words, improving)) ? metric : null;
            }
            if (metric == null || !better(metric.metric(), a, b)) {
                continue;
            }
            out.add(new StatedValue(metric.metric(), b.value(), b.unit(), false, false, b.start(), b.end(),
                    metric.start(), metric.end(), -1 - b.start(), RULE));
            oldSide(words, a, b, metric.metric(), metric.start(), metric.end(), false).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The old value A of "improves METRIC from A to B", with B's metric: the score of what the paper improves on. It is
     * a baseline's result only when the sentence names that baseline, which the method binder asks for ({@link
     * #OLD_RULE}); the sentence must speak of improving and B must be the better value.
     */
    private static Optional<StatedValue> oldSide(String[] words, NumberToken a, NumberToken b,
                                                           Metric metric, int metricStart, int metricEnd,
                                                           boolean gain) {
        int from = fromWord(words, a.start());
        if (gain || from < 0 || improvingBefore(words, from) < 0 || !better(metric, a, b)
                || ImprovedOn.of(words, a.start()) == null) {
            return Optional.empty();
        }
        return Optional.of(new StatedValue(metric, a.value(), a.unit(), false, true, a.start(), a.end(),
                metricStart, metricEnd, -1 - a.start(), OLD_RULE));
    }

    /** The rule of a new value after an earlier score of the sentence ("a, further improved with X to b"). */
    static final String IMPROVED_TO_RULE = "improved-to";
    /** Participles of improving a score that open a clause right after it. */
    private static final Set<String> IMPROVED = Set.of("improved", "increased", "boosted", "raised", "pushed",
            "lifted", "reduced", "lowered", "decreased");
    /** Words that may stand between the comma and the participle ("further improved", "and then raised"). */
    private static final Set<String> BEFORE_IMPROVED = Set.of("further", "and", "then", "which", "is", "was", "can",
            "be", "being", "significantly", "substantially");
    private static final int IMPROVED_TO_SPAN = 12;

    /**
     * B of "a score a, further improved with X to B": the clause right after a read score opens with a participle of
     * improving and ends with "to" and a number, no other number between; B is a new score of a's metric, better by
     * its direction. Not a gain ("improved by 2.1"), not after a gain, not when "from" is written (the other rules).
     */
    static List<StatedValue> improvedTo(String[] words, List<NumberToken> numbers, List<StatedValue> read) {
        List<StatedValue> out = new ArrayList<>();
        for (int k = 1; k < numbers.size(); k++) {
            NumberToken b = numbers.get(k);
            NumberToken before = numbers.get(k - 1);
            if (b.fromValue() || b.toValue() || b.plus() || b.start() < 1 || !lower(words[b.start() - 1]).equals("to")
                    || read.stream().anyMatch(v -> v.valueStart() == b.start())) {
                continue;
            }
            StatedValue a = read.stream().filter(v -> v.valueStart() == before.start()).findFirst().orElse(null);
            if (a == null || a.improvement() || !Objects.equals(a.unit(), b.unit()) || a.lastToken() >= b.start()
                    || b.start() - a.lastToken() > IMPROVED_TO_SPAN || !improvedClause(words, a.lastToken(), b.start())
                    || !better(a.metric(), before, b)) {
                continue;
            }
            out.add(new StatedValue(a.metric(), b.value(), b.unit(), false, false, b.start(), b.end(),
                    a.metricStart(), a.metricEnd(), -1 - b.start(), IMPROVED_TO_RULE));
        }
        return out;
    }

    /** Words between "and" and the "to" of a last step after a list of changes ("and even to"). */
    private static final Set<String> LAST_STEP = Set.of("even", "further", "then", "finally");
    /** Words that end the clause of the change before a last step ("with X" may stand there, nothing else). */
    private static final Set<String> STEP_BREAKS = Set.of("from", "by", ";", "than", "over", "vs.", "versus");
    private static final int LAST_STEP_SPAN = 8;

    /**
     * C of "from a to b with X, and even to c with Y": a last step after a change read from "from a to b" takes b's
     * metric, when c is better than b by its direction and only "with X" like words stand between b and ", and even
     * to". Not a gain, not when b was not the new value of a "from a to b".
     */
    static List<StatedValue> lastStepTo(String[] words, List<NumberToken> numbers, List<StatedValue> read) {
        List<StatedValue> out = new ArrayList<>();
        for (int k = 2; k < numbers.size(); k++) {
            NumberToken c = numbers.get(k);
            NumberToken b = numbers.get(k - 1);
            NumberToken a = numbers.get(k - 2);
            if (c.fromValue() || c.plus() || c.start() < 3 || !lower(words[c.start() - 1]).equals("to")
                    || !a.fromValue() || !Objects.equals(b.unit(), c.unit())
                    || read.stream().anyMatch(v -> v.valueStart() == c.start())) {
                continue;
            }
            StatedValue bRead = read.stream().filter(v -> v.valueStart() == b.start()).findFirst().orElse(null);
            if (bRead == null || bRead.improvement() || bRead.baselineCue() || !lastStep(words, b.end(), c.start() - 1)
                    || !better(bRead.metric(), b, c)) {
                continue;
            }
            out.add(new StatedValue(bRead.metric(), c.value(), c.unit(), false, false, c.start(), c.end(),
                    bRead.metricStart(), bRead.metricEnd(), -1 - c.start(), IMPROVED_TO_RULE));
        }
        return out;
    }

    /** {@code [from, to)} reads "with X, and even": a few words, then ",", "and" and maybe "even" right before "to". */
    private static boolean lastStep(String[] words, int from, int to) {
        int j = to - 1;
        while (j > from && LAST_STEP.contains(lower(words[j]))) {
            j--;
        }
        if (j <= from || !lower(words[j]).equals("and") || !words[j - 1].equals(",") || j - 1 - from > LAST_STEP_SPAN) {
            return false;
        }
        for (int t = from; t < j - 1; t++) {
            String w = lower(words[t]);
            if (w.equals(",") || STEP_BREAKS.contains(w) || Clauses.CONTRAST_BREAKS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index in {@code stated} (in text order) of the score that value {@code k} improves on ("a, further improved
     * with X to b"), else -1: b is measured on a's data, so b with no dataset of its own takes a's.
     */
    static int improvedFrom(List<StatedValue> stated, int k) {
        StatedValue b = stated.get(k);
        if (!b.rule().equals(IMPROVED_TO_RULE) || k == 0) {
            return -1;
        }
        StatedValue a = stated.get(k - 1);
        return a.metric().key().equals(b.metric().key()) && !a.improvement() && a.metricStart() == b.metricStart()
                ? k - 1 : -1;
    }

    /** ", further improved with X to": a comma, a participle of improving, then no clause break up to "to". */
    private static boolean improvedClause(String[] words, int from, int to) {
        if (!words[from].equals(",")) {
            return false;
        }
        int j = from + 1;
        while (j < to && BEFORE_IMPROVED.contains(lower(words[j]))) {
            j++;
        }
        if (j >= to || !IMPROVED.contains(lower(words[j]))) {
            return false;
        }
        for (int t = j + 1; t < to - 1; t++) {
            String w = lower(words[t]);
            if (w.equals(",") || w.equals(";") || w.equals("by") || w.equals("from")
                    || Clauses.CONTRAST_BREAKS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The "from" of the old value starting at {@code a}, at most a few words before it, else -1. */
    private static int fromWord(String[] words, int a) {
        for (int j = a - 1; j >= Math.max(0, a - DISTANT_FROM); j--) {
            if (lower(words[j]).equals("from")) {
                return j;
            }
        }
        return -1;
    }

    /** The last word of improving before {@code from} in its clause, else -1. */
    private static int improvingBefore(String[] words, int from) {
        for (int j = from - 1; j >= 0 && !Clauses.CONTRAST_BREAKS.contains(lower(words[j])); j--) {
            if (IMPROVING.contains(lower(words[j]))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The improving word at {@code at} is the participle of a passive ("is significantly improved"), whose subject
     * before it is the score improved.
     */
    private static boolean passive(String[] words, int at) {
        int j = at - 1;
        while (j >= 0 && lower(words[j]).endsWith("ly") && lower(words[j]).length() > 3) {
            j--; // "significantly", "further" is no adverb in -ly and is rare here
        }
        return j >= 0 && words[at].toLowerCase(Locale.ROOT).endsWith("ed") && PASSIVE_AUXILIARIES.contains(lower(words[j]));
    }

    /** The one metric named in {@code [start, end)}, else null. */
    private static MetricMatch between(MetricMatch[] startsAt, int start, int end) {
        MetricMatch found = null;
        for (int j = start; j < end; j++) {
            if (startsAt[j] != null) {
                if (found != null) {
                    return null;
                }
                found = startsAt[j];
            }
        }
        return found;
    }

    private static boolean none(MetricMatch[] startsAt, int start, int end) {
        for (int j = start; j < end; j++) {
            if (startsAt[j] != null) {
                return false;
            }
        }
        return true;
    }

    /** "(BLEU score)" right after the new value. */
    private static MetricMatch bracketedAfter(String[] words, MetricMatch[] startsAt, int at) {
        if (at + 2 >= words.length || !words[at].equals("(") || startsAt[at + 1] == null) {
            return null;
        }
        MetricMatch m = startsAt[at + 1];
        int close = m.end() < words.length && SCORE_WORDS.contains(lower(words[m.end()])) ? m.end() + 1 : m.end();
        return close < words.length && words[close].equals(")") ? m : null;
    }

    /**
     * The metric named before {@code from} when every metric name before it is that one metric and no value read
     * takes it as its metric: the metric waits for the values the list of "from A to B" gives.
     */
    private static MetricMatch onlyBefore(String[] words, MetricMatch[] startsAt, int from, List<StatedValue> read) {
        MetricMatch last = null;
        for (int j = 0; j < from; j++) {
            MetricMatch m = startsAt[j];
            if (m == null || m.end() < words.length && THRESHOLD_WORDS.contains(lower(words[m.end()]))) {
                continue; // "the mAP at IoU thresholds from 0.1 to 0.5": the IoU names a setting, not a score
            }
            if (last != null && !last.metric().key().equals(m.metric().key())) {
                return null;
            }
            last = m;
        }
        if (last == null) {
            return null;
        }
        String key = last.metric().key();
        return read.stream().anyMatch(v -> v.metric().key().equals(key)) ? null : last;
    }

    /** The new value is better than the old one by the metric's direction. */
    private static boolean better(Metric metric, NumberToken a, NumberToken b) {
        int order = b.value().compareTo(a.value());
        return metric.direction() == Direction.HIGHER_IS_BETTER ? order > 0 : order < 0;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
