package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence of the form "improves METRIC from a to b" names what it improves on: after b ("to b over X", "to b
 * compared to X"), or in an opening "Compared to (the baseline) X, ...". The old value a is that method's score; a
 * sentence with neither names no owner for it.
 *
 * @param from first token of the span that may hold the improved-on method's name
 * @param to   token after it
 */
record ImprovedOn(int from, int to) {

    /** Words after "to b" that bring in what b improves on ("to 71.0% over X"). */
    private static final Set<String> IMPROVED_ON_WORDS = Set.of("over", "than", "against");
    /** Words that open a sentence with what it compares to ("Compared to X, ...", "Relative to X, ..."). */
    private static final Set<String> OPENERS = Set.of("compared", "comparing", "relative", "against", "over");
    private static final Set<String> BREAKS = Set.of(",", ";", ":");
    /** At most this many tokens after "to" in which the improved-on method is named. */
    private static final int WINDOW = 14;

    /** The span naming what "from a to b" improves on, the old value starting at token {@code a}; else null. */
    static ImprovedOn of(String[] words, int a) {
        int to = a;
        while (to < words.length && !words[to].equalsIgnoreCase("to")) {
            to++;
        }
        int end = Math.min(words.length, to + WINDOW);
        for (int j = to + 2; j < end; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (BREAKS.contains(w) || Clauses.CONTRAST_BREAKS.contains(w) || ScoreNumbers.isNumber(words, j)) {
                break; // another clause or another value: what follows is not said of b
            }
            if (IMPROVED_ON_WORDS.contains(w) || ComparedPairs.comparisonAt(words, j)) {
                return new ImprovedOn(j + 1, end);
            }
        }
        if (words.length > 2 && OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            for (int comma = 1; comma < a; comma++) {
                if (words[comma].equals(",")) {
                    return new ImprovedOn(1, comma); // "Compared to the baseline X, OwlNet improves METRIC from a to b"
                }
            }
        }
        return null;
    }
}
