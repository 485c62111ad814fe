package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

/**
 * "we show that X ..., resulting in new state-of-the-art numbers of a", "we find that X sets a new record of b": a
 * finding the paper reports that claims a new best result is the paper's own claim about its own work, for
 * nobody calls another's score a new state of the art in their own findings.
 */
final class NewRecordClaim {

    private NewRecordClaim() {
    }

    /** What "new" may be followed by to claim a new best ("new state-of-the-art", "new state of the art", "new record"). */
    private static final Set<String> RECORDS = Set.of("state-of-the-art", "state", "record", "records", "sota",
            "best");

    /** Whether tokens {@code from} (inclusive) to {@code to} (exclusive) hold "new" right before a record word. */
    static boolean between(String[] words, int from, int to) {
        for (int j = Math.max(0, from); j + 1 < Math.min(to, words.length); j++) {
            if (words[j].equalsIgnoreCase("new") && RECORDS.contains(words[j + 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
