package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * The words around a value that make it a gain rather than a score ("improves accuracy by 2.1", "a 5.6% relative WER
 * reduction", "an average improvement of 0.15 in ...") or the score of a baseline ("the previous best, 72.4%").
 */
final class GainCues {

    private GainCues() {
    }

    private static final Set<String> BASELINE_CUES = Set.of("previous", "prior", "baseline", "baselines",
            "compared", "versus", "vs", "vs.", "against", "existing", "previously", "former");

    private static final Set<String> OWN_CUES = Set.of("our", "we", "ours", "proposed");

    /** Words right after a value that make it a gain ("2.1% improvement", "(9.6% relative improvement)"). */
    static final Set<String> GAIN_AFTER = Set.of("improvement", "improvements", "gain", "gains", "increase",
            "boost", "reduction", "decrease", "higher", "lower", "better", "lift", "uplift", "margin");

    /** Nouns and verbs before a number that make it an improvement ("gains of 1.2%", "improving 0.4 dB"). */
    private static final Set<String> GAIN_WORDS = Set.of("gain", "gains", "improvement", "improvements", "increase",
            "boost", "improving", "improves", "improved", "lifts", "raises", "margin", "reduction", "reduces",
            "reducing", "reduced", "outperforms", "outperforming", "surpasses", "surpassing");

    /** Words between "by" and a gain ("by about 2%", "by up to 6.4 points"). */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "approximately", "nearly", "roughly",
            "up", "to", "almost", "an", "average", "of", "a");

    /**
     * "by" (or "+") right before the value, or "by" with an approximation between ("by about", "by up to"), or a gain
     * word within the three before it, unless "to", "from" or a closing bracket come between ("improves accuracy to
     * 84.2%" states a score; "evidenced by preserving 100%" does not make 100% a gain).
     */
    static boolean improvementBefore(String[] words, int start) {
        if (start >= 4 && lower(words[start - 1]).equals("as") && lower(words[start - 3]).equals("as")) {
            start -= 3; // "gains as high as 3.6%": the gain word stands before the comparison
        }
        int j = start - 1;
        while (j >= 0 && j >= start - 3 && APPROXIMATE.contains(lower(words[j]))) {
            j--;
        }
        if (j >= 0 && (lower(words[j]).equals("by") || words[j].equals("+"))) {
            return true;
        }
        for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
            String w = lower(words[i]);
            // ")": "(8.2% improvement) and 84.5% on B" closes a remark on the value before; "(" with words after it:
            // "by a large margin (mAP 49.4 with ...)" opens a remark that states the score itself
            if (w.equals("to") || w.equals("from") || w.equals("at") || w.equals(")")
                    || w.equals("(") && i < start - 1) {
                return false;
            }
            if (GAIN_WORDS.contains(w)) {
                return !scoreAdjective(words, i, start);
            }
        }
        return false;
    }

    /** Determiners before a participle used as an adjective ("an improved accuracy"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "our", "its", "their", "this");
    /** Words after a value that make it a difference to another score ("of 2.1% over the baseline"). */
    private static final Set<String> DIFFERENCE_AFTER = Set.of("over", "than", "compared", "relative", "absolute",
            "points", "point", "pp");

    /**
     * "an improved accuracy of 65.2%": the participle at {@code at} qualifies the metric after it, and "of" gives
     * the new score itself, not a gain; not when the value is set against another ("of 2.1% over the baseline").
     */
    private static boolean scoreAdjective(String[] words, int at, int start) {
        if (at == 0 || !lower(words[at]).endsWith("ed") || !DETERMINERS.contains(lower(words[at - 1]))
                || !lower(words[start - 1]).equals("of") || at + 1 >= start - 1) {
            return false;
        }
        for (int j = start + 1; j < Math.min(words.length, start + 4); j++) {
            if (DIFFERENCE_AFTER.contains(lower(words[j]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a 5.6% relative word error rate (WER) reduction": a gain word right after the metric that follows the value
     * (its short form in brackets between), the metric being what the gain is in.
     */
    static boolean gainAfterMetric(String[] words, MetricMatch metric) {
        int j = metric.end();
        if (j + 2 < words.length && words[j].equals("(") && words[j + 2].equals(")")) {
            j += 3;
        }
        return j < words.length && GAIN_AFTER.contains(lower(words[j])) && !lower(words[j]).equals("higher")
                && !lower(words[j]).equals("lower") && !lower(words[j]).equals("better");
    }

    /** A gain word right after the value and its unit, maybe after "relative"/"absolute"/"points". */
    static boolean gainAfter(String[] words, int end) {
        for (int j = end; j < Math.min(words.length, end + 3); j++) {
            String w = lower(words[j]);
            if (GAIN_AFTER.contains(w)) {
                return true;
            }
            if (!(w.equals("relative") || w.equals("absolute") || w.equals("points") || w.equals("point")
                    || w.equals("pp") || w.equals("percentage") || w.equals("average"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "an average improvement of 0.15 in X and 0.06 in Y": a gain noun followed by "of" opens a phrase whose values
     * are all gains, until a word that states a score ("achieving", "to", "at") or the start of the sentence.
     */
    static boolean gainPhraseBefore(String[] words, int start) {
        for (int j = start - 1; j >= Math.max(1, start - 10); j--) {
            String w = lower(words[j]);
            if (SentenceValues.SCORE_VERBS.contains(w)) {
                return false;
            }
            if (w.equals("of") && GAIN_WORDS.contains(lower(words[j - 1]))) {
                return true;
            }
        }
        return false;
    }

    static boolean baselineCue(String[] words, int start) {
        return baselineCue(words, start, Math.max(0, start - 8));
    }

    /** A baseline cue between {@code from} and the value, not followed by "our"/"we". */
    static boolean baselineCue(String[] words, int start, int from) {
        boolean cue = false;
        for (int j = from; j < start; j++) {
            String w = lower(words[j]);
            if (BASELINE_CUES.contains(w)) {
                cue = true;
            } else if (OWN_CUES.contains(w)) {
                cue = false;
            }
        }
        return cue;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
