package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

/**
 * A bare "success" names a success rate ("reaches 95% success", "78.7% Success on Zorb", "improves task success
 * by 10 points") unless another word before it names a narrower success of the paper's own ("60% prime success",
 * "grasp success"): then the metric is that one, which the lexicon does not know, and nothing is read.
 */
final class SuccessWord {

    private SuccessWord() {
    }

    /** Words before "success" that leave it a success rate: a task's, an average, or a function word. */
    private static final Set<String> PLAIN_BEFORE = Set.of("task", "tasks", "execution", "average", "mean",
            "overall", "a", "an", "the", "its", "their", "our", "of", "and", "with", "best", "final", "higher",
            "total", "(", ",", "%");

    /** Whether token {@code i}, a bare "success", has a qualifier before it that names another success. */
    static boolean narrowed(String[] words, int i) {
        if (!words[i].equalsIgnoreCase("success") || i == 0) {
            return false;
        }
        String before = words[i - 1].toLowerCase(Locale.ROOT);
        return !PLAIN_BEFORE.contains(before) && !ScoreNumbers.isNumber(words, i - 1)
                && before.chars().anyMatch(Character::isLetter);
    }
}
