package org.paperkg.results;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A clause whose subject is a gerund and its object: "Training on all labeled data of A achieves a% WER", "On A,
 * simply deepening the stack lowers the perplexity to b". Such a subject is a step the paper itself takes, as "we"
 * is, and its score the paper's own.
 */
final class GerundSubject {

    /** Words in -ing that open a phrase of another kind: a preposition or a connective, not a gerund subject. */
    private static final Set<String> NOT_GERUNDS = Set.of("using", "following", "according", "including", "during",
            "regarding", "concerning", "considering", "notwithstanding", "something", "nothing", "everything",
            "anything", "being", "existing", "interesting", "surprising", "interestingly", "surprisingly",
            "accordingly", "compared", "comparing", "assuming", "given", "starting", "beginning", "evaluating",
            "testing", "benchmarking");
    /** Verbs after which the phrase before them is the subject of a score. */
    private static final Set<String> VERBS = Set.of("achieves", "achieved", "reaches", "reached", "obtains", "obtained",
            "attains", "attained", "yields", "yielded", "gives", "gave", "improves", "improved", "reduces", "reduced",
            "lowers", "lowered", "raises", "raised", "boosts", "boosted", "increases", "increased", "decreases",
            "decreased", "results", "leads", "brings", "sets");

    private GerundSubject() {
    }

    /**
     * The clause from {@code start} to {@code end} opens (or goes on after its first comma) with a lower-case gerund,
     * maybe after an adverb in -ly, and a verb of {@link #VERBS} follows before {@code end}, with no comma, no
     * method's name ({@code covered}), no "we"/"our" and no capitalised word other than a dataset's or a metric's
     * between.
     */
    static boolean opens(String[] words, char[] kinds, int start, int end, IntPredicate covered) {
        int j = start;
        while (j < end && (words[j].equals(",") || Clauses.OPENERS.contains(words[j].toLowerCase(Locale.ROOT)))) {
            j++;
        }
        if (!gerundAt(words, j, end)) {
            int comma = j;
            while (comma < end && !words[comma].equals(",")) {
                comma++;
            }
            j = comma + 1;
        }
        if (j < end && words[j].length() > 4 && words[j].endsWith("ly") && words[j].matches("[a-z]+")) {
            j++; // "simply", "solely"
        }
        if (!gerundAt(words, j, end)) {
            return false;
        }
        for (int k = j + 1; k < end; k++) {
            String w = words[k];
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.equals(",") || covered.test(k) || lower.equals("we") || lower.equals("our")
                    || kinds[k] != 'd' && kinds[k] != 'm' && ResultLinkFilter.looksLikeName(w)) {
                return false;
            }
            if (VERBS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean gerundAt(String[] words, int j, int end) {
        if (j >= end) {
            return false;
        }
        String w = words[j];
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.matches("[a-z]{3,}ing") && !NOT_GERUNDS.contains(lower)
                && (w.equals(lower) || Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(lower.substring(1)));
    }
}
