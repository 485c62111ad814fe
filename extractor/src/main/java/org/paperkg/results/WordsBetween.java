package org.paperkg.results;

import java.util.Locale;
import java.util.Set;

/**
 * What stands between a stated value and a dataset name after it, tokens {@code [from, to)}: whether the name is
 * inside a remark in brackets ("83.2% (without A pre-training) on B"), whether a comma outside brackets comes
 * between; or, before a bracket, whether only the words of a name's phrase do ("A coreference task (79.6% F1)").
 */
record WordsBetween(String[] words, int from, int to) {

    private static final Set<String> TARGETS = Set.of("on", "in", "for", "across", "over");
    /** Words a remark uses to tell how a score was obtained, never what it is measured on. */
    private static final Set<String> JOINS = Set.of("with", "and", "or", "but", "while", "which", "that", "by",
            "using", "to", "from", "of", "on", "in", "for", "at", "we", "it", "is", "are", "was", "were", "as");

    /**
     * The name at {@code to} is inside brackets opened after {@code from} that hold a lower-case word before it, and
     * the word right before it does not say what the score is measured on.
     */
    boolean nameInRemark() {
        int depth = 0;
        boolean plain = false;
        for (int j = from; j < to; j++) {
            if (words[j].equals("(")) {
                depth++;
                plain = false;
            } else if (words[j].equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0 && words[j].chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                    && words[j].chars().anyMatch(Character::isLetter)) {
                plain = true;
            }
        }
        // "(B-7 on A)": a remark that itself says what the score is measured on keeps its name
        return depth > 0 && plain && !TARGETS.contains(words[to - 1].toLowerCase(Locale.ROOT));
    }

    /** A comma outside brackets. */
    boolean comma() {
        int depth = 0;
        for (int j = from; j < to; j++) {
            if (words[j].equals("(")) {
                depth++;
            } else if (words[j].equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && words[j].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only lower-case words continue a name up to a bracket ("A coreference resolution task (79.6% F1)"): at most
     * four, none of them a joining word or a preposition.
     */
    boolean nounsOnly() {
        if (to - from > 4) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String w = words[j];
            if (!w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || w.chars().noneMatch(Character::isLetter)
                    || JOINS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
