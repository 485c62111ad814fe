package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

/**
 * The clauses of one tokenised sentence, so that a value is bound only to the dataset and method named in its own
 * clause. A clause ends before ";", before a contrast or comparison word ("whereas", "while", "compared", "versus",
 * "outperforming", ...) and before "and" that starts a new statement: "and" joins two clauses unless it joins two
 * items of one list (two dataset names, or values and metric names: "72.4 mAP and 74.7 NDS"), which stay in one
 * clause.
 */
final class Clauses {

    /** Words that open a new clause themselves. */
    private static final Set<String> OPENERS = Set.of("whereas", "while", "but", "although", "though", "versus",
            "vs", "vs.", "compared", "comparing", "relative", "outperforming", "surpassing", "outperforms",
            "surpasses", "exceeding", "beating", "unlike", "against");
    /** Words that end a clause and belong to neither side. */
    private static final Set<String> SEPARATORS = Set.of(";");

    private final int[] clause;

    /**
     * @param words  the sentence's tokens
     * @param kinds  per token: 'd' inside a dataset name, 'n' a number (or its unit), 'm' inside a metric name,
     *               anything else for other words
     */
    Clauses(String[] words, char[] kinds) {
        int n = words.length;
        clause = new int[n];
        int current = 0;
        for (int i = 0; i < n; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (i > 0 && (OPENERS.contains(w) || w.equals("and") && !joinsListItems(kinds, i))) {
                current++;
                if (w.equals("and") && words[i - 1].equals(",")) {
                    clause[i - 1] = current; // ", and": the comma opens the new clause too
                }
            }
            clause[i] = current;
            if (SEPARATORS.contains(w)) {
                current++;
            }
        }
    }

    private static boolean joinsListItems(char[] kinds, int at) {
        int before = at - 1;
        if (before >= 0 && kinds[before] == 'o' && before > 0) {
            before--; // "A, and B": the comma is part of the list
        }
        int after = at + 1;
        if (after < kinds.length && kinds[after] == 't') {
            after++; // "and the B"
        }
        if (before < 0 || after >= kinds.length) {
            return false;
        }
        char k = kinds[before];
        boolean results = (k == 'n' || k == 'm') && (kinds[after] == 'n' || kinds[after] == 'm');
        return results || k == 'd' && kinds[after] == 'd'; // "72.4 mAP and 74.7 NDS" is one list of results
    }

    /** The clause number of token {@code i}. */
    int of(int i) {
        return clause[i];
    }

    /** The first token of the clause holding token {@code i}. */
    int start(int i) {
        int c = clause[i];
        int j = i;
        while (j > 0 && clause[j - 1] == c) {
            j--;
        }
        return j;
    }

    /** True when tokens {@code a} and {@code b} lie in one clause. */
    boolean same(int a, int b) {
        return clause[a] == clause[b];
    }
}
