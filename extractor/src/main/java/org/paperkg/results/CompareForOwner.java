package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "(34.1% AP at 20 ms for OwlNet compared to 31.0% AP at 25 ms for EmuNet on A)": a score opening brackets that names
 * its own method after "for" right before the comparison word. That method, not one named before the brackets (which
 * the brackets may well describe as the beaten one), is the score's owner.
 */
final class CompareForOwner {

    /** Tokens that end the words between a score and its "for". */
    private static final Set<String> BREAKS = Set.of("(", ")", ",", ";", ":");
    /** At most this many words between the score and "for" ("AP at 20 ms"). */
    private static final int MAX_GAP = 5;

    private CompareForOwner() {
    }

    /** The method named after "for" in {@code v}'s bracketed comparison, or null when the words are not that form. */
    static NameOccurrence of(String[] words, StatedValue v, List<NameOccurrence> methods) {
        int open = v.firstToken() - 1;
        if (open < 0 || !words[open].equals("(")) {
            return null;
        }
        for (int j = v.lastToken(); j < Math.min(words.length - 1, v.lastToken() + MAX_GAP + 1); j++) {
            String w = words[j];
            if (BREAKS.contains(w)) {
                return null;
            }
            if (w.equalsIgnoreCase("for")) {
                int first = j + 1;
                NameOccurrence named = methods.stream().filter(o -> o.first() == first).findFirst().orElse(null);
                return named != null && ComparedPairs.comparisonAt(words, named.last()) ? named : null;
            }
        }
        return null;
    }

    /**
     * "X (a METRIC vs. b METRIC on A)": {@code v} opens brackets and a comparison word follows it (after its metric)
     * before another number. Writers put their own score first, so the method named before the brackets, the other
     * side, is not its owner.
     */
    static boolean opensVersusPair(String[] words, StatedValue v) {
        int open = v.firstToken() - 1;
        if (open < 0 || !words[open].equals("(")) {
            return false;
        }
        int j = v.lastToken();
        return j + 1 < words.length && ComparedPairs.VERSUS.contains(words[j].toLowerCase(Locale.ROOT))
                && ScoreNumbers.isNumber(words, j + 1);
    }
}
