package org.paperkg.results;

import java.util.Locale;

/**
 * "we sorted six kinds (Owl, Emu, Kiwi and Moa) with an accuracy of a%": the "and" of a list inside brackets opens
 * no statement of its own, yet {@link Clauses} starts a clause there when it does not know the items as names. The
 * value after the closing bracket belongs to the clause the brackets interrupted.
 */
final class BracketedListClause {

    private BracketedListClause() {
    }

    /**
     * The start of the clause of a value at {@code value} when its clause {@code start} opens with "and"/"or" inside
     * brackets that close before the value: the clause the brackets stand in; else {@code start}.
     */
    static int start(String[] words, Clauses clauses, int start, int value) {
        int i = start < words.length && words[start].equals(",") ? start + 1 : start;
        if (start <= 0 || i >= value || !andOr(words[i])) {
            return start;
        }
        int open = -1;
        for (int j = start - 1; j >= 0 && open < 0; j--) {
            if (words[j].equals(")")) {
                return start;
            }
            open = words[j].equals("(") ? j : -1;
        }
        int close = -1;
        for (int j = i + 1; j < value && close < 0; j++) {
            if (words[j].equals("(")) {
                return start;
            }
            close = words[j].equals(")") ? j : -1;
        }
        return open > 0 && close > 0 ? clauses.start(open - 1) : start;
    }

    private static boolean andOr(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.equals("and") || lower.equals("or");
    }
}
