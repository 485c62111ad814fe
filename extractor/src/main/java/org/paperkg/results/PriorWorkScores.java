package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two readings of a sentence that beats an earlier work, where the numbers are not the paper's own scores:
 * a score in brackets right after "the previous (or, after a word of beating, the state-of-the-art) ... METRIC"
 * is the earlier work's, and "with 3%" after such a beating and its metric is the margin.
 */
final class PriorWorkScores {

    private PriorWorkScores() {
    }

    /** Words that make the noun phrase an earlier work's on their own. */
    private static final Set<String> PRIOR_WORDS = Set.of("previous", "prior", "earlier", "former");

    /** Words that make it an earlier work's only after a word of beating ("achieves the state-of-the-art" is own). */
    private static final Set<String> LEADING_WORDS = Set.of("state-of-the-art", "sota", "best");

    private static final Set<String> BEATING_VERBS = Set.of("outperform", "outperforms", "outperformed",
            "outperforming", "surpass", "surpasses", "surpassed", "surpassing", "beat", "beats", "beating", "exceed",
            "exceeds", "exceeded", "exceeding");
    /** Comparison words that, like a verb of beating, put "the state-of-the-art ..." after them on the beaten side. */
    private static final Set<String> BEATEN_SIDE = Set.of("than", "over");

    /** Words that end the noun phrase looked through, or make it the paper's own ("our", "new"). */
    private static final Set<String> STOPS = Set.of(",", ";", "(", ")", ".", "our", "we", "ours", "new", "proposed");

    private static final int WINDOW = 10;

    static List<StatedValue> apply(String[] words, List<StatedValue> values) {
        List<StatedValue> out = new ArrayList<>(values.size());
        for (StatedValue v : values) {
            if (!v.improvement() && bracketedAfterPriorMetric(words, v)) {
                continue; // the earlier work's score, whose owner the phrase does not name
            }
            if (!v.improvement() && marginAfterBeating(words, v)) {
                v = new StatedValue(v.metric(), v.value(), v.unit(), true, v.baselineCue(), v.valueStart(),
                        v.valueEnd(), v.metricStart(), v.metricEnd(), v.group(), v.rule());
            }
            out.add(v);
        }
        return out;
    }

    /** "the previous best accuracy (71.2%)", "outperform the current state-of-the-art mIoU (65%)". */
    static boolean bracketedAfterPriorMetric(String[] words, StatedValue v) {
        if (!v.aloneInBrackets(words) || v.metricEnd() != v.valueStart() - 1) {
            return false;
        }
        boolean leading = false;
        for (int j = v.metricStart() - 1; j >= Math.max(0, v.metricStart() - WINDOW); j--) {
            String w = lower(words[j]);
            if (STOPS.contains(w)) {
                return false;
            }
            if (PRIOR_WORDS.contains(w)) {
                return true;
            }
            leading |= LEADING_WORDS.contains(w);
            if (w.equals("the")) {
                return leading && j > 0 && beatingBefore(words, j);
            }
        }
        return false;
    }

    /** A word of beating right before "the", or with one adverb between ("clearly outperform the"). */
    private static boolean beatingBefore(String[] words, int the) {
        return beating(lower(words[the - 1]))
                || the > 1 && lower(words[the - 1]).endsWith("ly") && beating(lower(words[the - 2]));
    }

    private static boolean beating(String w) {
        return BEATING_VERBS.contains(w) || BEATEN_SIDE.contains(w);
    }

    /**
     * "we outperform the baseline's accuracy with 5%": "with" right before a value that has no metric after it, whose
     * metric stands before it in a clause opened by a word of beating. ("outperforms it with 85% accuracy" names the
     * metric after the value and states the own score.)
     */
    static boolean marginAfterBeating(String[] words, StatedValue v) {
        int at = v.valueStart();
        // a value read in parallel to the one before carries that metric but no span of its own
        boolean metricBefore = v.metricEnd() <= at || v.rule().equals("parallel");
        if (at == 0 || !lower(words[at - 1]).equals("with") || !metricBefore
                || v.valueEnd() < words.length && !endsClause(words[v.valueEnd()])) {
            return false;
        }
        for (int j = at - 2; j >= 0; j--) {
            String w = lower(words[j]);
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
            if (BEATING_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String w) {
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(")");
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
