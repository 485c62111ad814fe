package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.entities.PaperLink;

/**
 * The items of a list of dataset names in one sentence ("A, B and C", "A 2007 and 2012", "A labeled, A detected"),
 * linked or only written as names, so that a list of values can be paired with them in order.
 */
final class DatasetListItems {

    private final String[] words;
    private final List<StatedValue> stated;
    private final List<NameOccurrence> datasets;

    /**
     * @param stated   the sentence's values, whose words are never a name's
     * @param datasets the usable dataset names of the sentence, in text order
     */
    DatasetListItems(String[] words, List<StatedValue> stated, List<NameOccurrence> datasets) {
        this.words = words;
        this.stated = stated;
        this.datasets = datasets;
    }

    /** Token {@code token} lies inside a dataset's name, not at its last token. */
    boolean inside(int token) {
        return datasets.stream().anyMatch(o -> o.first() <= token && token < o.last());
    }

    /**
     * The items of the list of dataset names that holds {@code o} ("A, B and C", "A 1.1 and 2.0", "A-En and B-Fr"),
     * in order: each item's dataset, or null for an item written as a name (a capital or a digit in each word) that no
     * usable link gives. An item may end with one lower-case word after its name ("A labeled, A detected"). The list
     * ends before {@code limit}. Null when an item holds two datasets.
     */
    List<PaperLink> around(NameOccurrence o, int limit) {
        List<PaperLink> items = new ArrayList<>();
        items.add(o.link());
        // to the left: "x, y and A"
        int at = o.first();
        while (true) {
            int j = joinBefore(at);
            if (j < 0) {
                break;
            }
            int end = j;
            // "A labeled, A detected", "A 2007 and ...": the name may end its item before a version or a word
            NameOccurrence linked = occurrenceEndingAt(end);
            if (linked == null && end >= 1 && (nameWord(end - 1) || plainWord(end - 1))) {
                linked = occurrenceEndingAt(end - 1);
            }
            if (linked == null && end >= 2 && nameWord(end - 1) && nameWord(end - 2)) {
                linked = occurrenceEndingAt(end - 2);
            }
            if (linked != null) {
                items.add(0, linked.link());
                at = linked.first();
                continue;
            }
            int start = end;
            while (start > 0 && end - start < 4 && nameWord(start - 1)) {
                start--;
            }
            if (start == end) {
                break;
            }
            items.add(0, null);
            at = start;
        }
        // to the right: "A, x and y"
        at = itemEnd(o.last(), limit);
        // the last linked item's dataset when a version no link covers follows its name ("A 2007")
        PaperLink versioned = version(o.last(), at) ? o.link() : null;
        // "A and B, X reaches ...": the item after "and" ends a list, so what follows a comma there is no item
        boolean closed = joinedByAnd(o.first());
        while (!closed) {
            int j = joinAfter(at, limit);
            if (j < 0) {
                break;
            }
            closed = joinedByAnd(j);
            NameOccurrence linked = occurrenceStartingAt(j);
            int end;
            if (linked != null) {
                if (linked.last() > limit) {
                    break;
                }
                items.add(linked.link());
                end = itemEnd(linked.last(), limit);
                versioned = version(linked.last(), end) ? linked.link() : null;
            } else {
                end = j;
                while (end < limit && end - j < 4 && nameWord(end)) {
                    end++;
                }
                if (end == j) {
                    break;
                }
                // "A 2007 and 2012": another version of the same dataset, whose link names no version; "A 1.1 and
                // 2.0" with a link "A 1.1" is another dataset, no link gives it
                items.add(versioned != null && version(j, end) ? versioned : null);
            }
            at = end;
        }
        return items;
    }

    /** The item starting at token {@code first} follows an "and" or "&" that joins it to the list. */
    private boolean joinedByAnd(int first) {
        for (int j = first - 1; j >= 0 && (words[j].equals(",") || words[j].equalsIgnoreCase("and")
                || words[j].equals("&")); j--) {
            if (!words[j].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} are one version number or year ("2012", "2.0"). */
    private boolean version(int from, int to) {
        return to == from + 1 && words[from].matches("\\d+(\\.\\d+)?");
    }

    /**
     * Where the list item that holds a dataset's name ending at {@code at} ends: after a version or size written
     * after the name ("A 2007", "A 32x32") or one lower-case word ("A labeled"), when list words follow.
     */
    private int itemEnd(int at, int limit) {
        int e = at;
        while (e < limit && e - at < 2 && nameWord(e)) {
            e++;
        }
        if (e == at && e < limit && plainWord(e)) {
            e++;
        }
        return e > at && joinAfter(e, limit) >= 0 ? e : at;
    }

    /** The first token of the item after list words starting at {@code at} (",", "and", ", and", "&"), or -1. */
    private int joinAfter(int at, int limit) {
        int j = at;
        while (j < limit && (words[j].equals(",") || words[j].equalsIgnoreCase("and") || words[j].equals("&"))) {
            j++;
        }
        return j > at && j < limit ? j : -1;
    }

    /** The last token (exclusive) of the item before the list words that end at {@code at}, or -1. */
    private int joinBefore(int at) {
        int j = at;
        while (j > 0 && (words[j - 1].equals(",") || words[j - 1].equalsIgnoreCase("and") || words[j - 1].equals("&"))) {
            j--;
        }
        return j < at && j > 0 ? j : -1;
    }

    private NameOccurrence occurrenceEndingAt(int end) {
        return datasets.stream().filter(o -> o.last() == end).findFirst().orElse(null);
    }

    private NameOccurrence occurrenceStartingAt(int start) {
        return datasets.stream().filter(o -> o.first() == start).findFirst().orElse(null);
    }

    /** A word of a written name no link gives: a capital or a digit, not a stated value's, no dataset's. */
    private boolean nameWord(int t) {
        String w = words[t];
        return w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && w.chars().anyMatch(Character::isLetterOrDigit) && !w.endsWith("%") && !inside(t)
                && stated.stream().noneMatch(x -> x.firstToken() <= t && t < x.lastToken());
    }

    /** A lower-case word that may end a list item ("labeled"), not a list word or a data noun. */
    private boolean plainWord(int t) {
        String w = words[t];
        return w.chars().allMatch(Character::isLowerCase) && !w.equals("and") && !w.equals("or")
                && !DatasetBinder.DATA_NAME_NOUNS.contains(w) && !DatasetBinder.TARGET_WORDS.contains(w);
    }
}
