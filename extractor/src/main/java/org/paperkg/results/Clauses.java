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

    /** Words that open a new clause themselves: a contrast or a comparison. */
    static final Set<String> OPENERS = Set.of("whereas", "while", "but", "although", "though", "versus",
            "vs", "vs.", "compared", "comparing", "relative", "outperforming", "surpassing", "outperforms",
            "surpasses", "exceeding", "beating", "unlike", "against");
    /**
     * Where a look back over a claim stops: a ";" or a word of contrast, after which the words speak of another
     * subject ("falls from a to b while improving c", "X beats Y; ours keeps ...").
     */
    static final Set<String> CONTRAST_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though");
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
            if (i > 0 && (opens(words, kinds, i, w) || w.equals("and") && !joinsListItems(kinds, i)
                    && !joinsModifiers(words, kinds, i))) {
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

    /**
     * Whether word {@code w} at {@code i} opens a clause. "relative" right after a gain's own value ("a 30% relative
     * gain to 61.2%", "12% relative improvement (a to b)") is an adjective of that gain, in the same clause as the
     * subject whose new score follows; elsewhere it opens a comparison ("relative to X").
     */
    private static boolean opens(String[] words, char[] kinds, int i, String w) {
        if (w.equals("relative")) {
            boolean afterValue = kinds[i - 1] == 'n' || words[i - 1].equals("%") || words[i - 1].matches("[0-9.]+%?");
            return !afterValue || i + 1 < words.length && words[i + 1].equalsIgnoreCase("to");
        }
        return OPENERS.contains(w);
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

    /**
     * "the well-known and challenging A benchmark", "with single-model and single-scale testing": "and" between two
     * lower-case modifiers of one noun phrase, after an article and before a dataset's name, or between two
     * hyphenated compounds of one first word, starts no statement.
     */
    private static boolean joinsModifiers(String[] words, char[] kinds, int at) {
        if (at < 1 || at + 2 >= words.length || !modifier(words[at - 1]) || !modifier(words[at + 1])) {
            return false;
        }
        boolean article = at >= 2 && ARTICLES.contains(words[at - 2].toLowerCase(Locale.ROOT));
        if (article && (kinds[at + 2] == 'd' || at + 3 < words.length && modifier(words[at + 2]) && kinds[at + 3] == 'd'
                || spelledOutBeforeShortForm(words, kinds, at + 2))) {
            return true;
        }
        // "single-model and single-scale": one word shared before the hyphen
        String left = words[at - 1].toLowerCase(Locale.ROOT);
        String right = words[at + 1].toLowerCase(Locale.ROOT);
        return left.indexOf('-') > 0 && right.indexOf('-') > 0
                && left.substring(0, left.indexOf('-')).equals(right.substring(0, right.indexOf('-')));
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Lower-case words inside a dataset's written-out name ("Faces in the Wild"). */
    private static final Set<String> NAME_GLUE = Set.of("in", "of", "the", "for", "on", "and", "-");

    /**
     * "the well-known and challenging Kelp Faces in the Wild (KFW) benchmark": from {@code from}, a name written out
     * in capitalised words right before a dataset's short form in brackets, which the noun phrase is.
     */
    private static boolean spelledOutBeforeShortForm(String[] words, char[] kinds, int from) {
        if (from >= words.length || words[from].isEmpty() || !Character.isUpperCase(words[from].charAt(0))) {
            return false;
        }
        for (int k = from + 1; k < Math.min(words.length - 1, from + 8); k++) {
            if (words[k].equals("(") || words[k].equals("-LRB-")) {
                return kinds[k + 1] == 'd';
            }
            if (!NAME_GLUE.contains(words[k]) && (words[k].isEmpty() || !Character.isUpperCase(words[k].charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    private static boolean modifier(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
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
