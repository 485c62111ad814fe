package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

/**
 * A bare "error" right after a percentage is an error rate: "reaches 16.0% error on the full test set", "on Zorb
 * (4% error)". The lexicon leaves a bare "error" out, since it names many other errors (a rotation error, a
 * normalised mean error, an error of 3 cm); here the percentage must stand right before it, with no qualifier
 * between ("3.5% mean error" stays unread), and a preposition, a conjunction or punctuation must follow, so that
 * "20% error reduction" (a change) or "5% error bars" is no score.
 */
final class PercentError {

    private PercentError() {
    }

    /** Words that may follow the "error" of a score: the sentence goes on to its dataset or to another clause. */
    private static final Set<String> NEXT = Set.of("on", "in", "for", "at", "with", "without", "and", "or", "using",
            "when", "while", "across", "over", "under", "compared", "which", "after", ",", ".", ";", ")", ":",
            "-", "–");

    /** Whether token {@code i} of {@code words} is the bare "error" of a percentage ("16.0 % error on ..."). */
    static boolean at(String[] words, int i) {
        if (i < 2 || !words[i].equalsIgnoreCase("error") || !words[i - 1].equals("%")
                || !words[i - 2].matches("\\d+(\\.\\d+)?")) {
            return false;
        }
        return i + 1 == words.length || NEXT.contains(words[i + 1].toLowerCase(Locale.ROOT));
    }
}
