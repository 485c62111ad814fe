package org.paperkg.results;

import java.util.function.IntPredicate;

/**
 * "an NMI of a (b) on the A (B) dataset": a value alone in brackets right after another value, with a name followed by
 * a second name in brackets after it, mirrors the brackets: b is the same metric's score on B. Without the bracketed
 * name ("95.5% (94.8%)") the bracketed number is a second reading of the value (another average, a spread) and is not
 * read.
 */
final class MirroredBrackets {

    /** How far after the bracketed value the mirrored names may start ("on the A (B)"). */
    private static final int WINDOW = 4;
    /** How long a name in brackets may be. */
    private static final int NAME_LENGTH = 5;

    private MirroredBrackets() {
    }

    /**
     * The first token of the bracketed name that value [start, end) mirrors, or -1 when the value is not such a
     * bracketed second value.
     *
     * @param named whether a token is part of a name (of a dataset, for the binder)
     */
    static int bracketedName(String[] words, int start, int end, IntPredicate named) {
        if (start < 2 || end >= words.length || !words[start - 1].equals("(") || !words[end].equals(")")
                || !(words[start - 2].equals("%") || ScoreNumbers.isNumber(words, start - 2))) {
            return -1;
        }
        int first = -1;
        for (int j = end + 1; j < Math.min(words.length, end + 1 + WINDOW) && first < 0; j++) {
            if (named.test(j)) {
                first = j;
            } else if (ScoreNumbers.isNumber(words, j) || words[j].equals("(") || words[j].equals(";")) {
                return -1;
            }
        }
        if (first < 0) {
            return -1;
        }
        int open = first;
        while (open < words.length && named.test(open)) {
            open++;
        }
        if (open + 1 >= words.length || !words[open].equals("(") || !named.test(open + 1)) {
            return -1;
        }
        for (int j = open + 1; j < Math.min(words.length, open + 2 + NAME_LENGTH); j++) {
            if (words[j].equals(")")) {
                return open + 1;
            }
            if (!named.test(j)) {
                return -1;
            }
        }
        return -1;
    }
}
