package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * A beaten method's score alone in brackets right after its name, after the paper's score of the same metric: "OwlNet
 * reaches 94.1% success rate, outperforming KiteNet (92.5%)". The word of beating makes the bracketed number look
 * like a gain to the other rules, so they leave it. It is read with the paper's metric only when it is worse than the
 * paper's score by that metric's direction (a writer's "outperforming X (b)" states X's lower score); the method
 * binder then gives it to the method named right before the bracket, as a baseline, or to no one.
 */
final class BeatenScores {

    /** The rule of the values this class reads. */
    static final String RULE = "beaten-bracket";
    /** At most this many tokens between the word of beating and the bracket ("outperforming the previous best X ("). */
    private static final int BEATING_SPAN = 8;

    private BeatenScores() {
    }

    /** Bracketed scores of beaten methods in {@code numbers}, not read in {@code read}. */
    static List<StatedValue> find(String[] words, MetricMatch[] startsAt, List<NumberToken> numbers,
                                  List<StatedValue> read) {
        List<StatedValue> out = new ArrayList<>();
        for (NumberToken num : numbers) {
            int open = num.start() - 1;
            if (open < 1 || !words[open].equals("(") || num.end() >= words.length || !words[num.end()].equals(")")
                    || num.plus() || num.fromValue() || num.toValue()
                    || read.stream().anyMatch(v -> v.valueStart() == num.start())
                    || words[open - 1].chars().noneMatch(Character::isUpperCase)) {
                continue; // a number alone in brackets right after a written name
            }
            if (num.unit() == null && words[num.start()].matches("(19|20)\\d\\d")) {
                continue; // "outperforming X (2021)": a citation's year
            }
            StatedValue own = null;
            for (StatedValue v : read) {
                if (v.lastToken() <= open && (own == null || v.valueEnd() > own.valueEnd())) {
                    own = v;
                }
            }
            if (own == null || own.improvement() || own.baselineCue() || !Objects.equals(own.unit(), num.unit())
                    || !beatingBetween(words, startsAt, own.lastToken(), open) || !worse(own, num)) {
                continue;
            }
            out.add(new StatedValue(own.metric(), num.value(), num.unit(), false, true, num.start(), num.end(),
                    own.metricStart(), own.metricEnd(), -1 - num.start(), RULE));
        }
        return out;
    }

    /**
     * A word of beating within a few tokens before the bracket, in the clause of the paper's score: no other metric,
     * no value other than beaten ones in brackets, no turn to another claim.
     */
    private static boolean beatingBetween(String[] words, MetricMatch[] startsAt, int from, int open) {
        boolean beating = false;
        for (int j = from; j < open; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (startsAt[j] != null || Clauses.CONTRAST_BREAKS.contains(w)
                    || ScoreNumbers.isNumber(words, j) && !words[j - 1].equals("(")) {
                return false;
            }
            beating |= MethodBinder.BEATING_OPENERS.contains(w) && open - j <= BEATING_SPAN;
        }
        return beating;
    }

    /** The bracketed value is worse than the paper's by the metric's direction. */
    private static boolean worse(StatedValue own, NumberToken num) {
        int order = num.value().compareTo(own.value());
        return own.metric().direction() == Direction.HIGHER_IS_BETTER ? order < 0 : order > 0;
    }
}
