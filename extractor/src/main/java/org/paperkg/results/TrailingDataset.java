package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.paperkg.entities.PaperLink;

/**
 * "X reaches 61.2 F1 of entity tagging and 93.4% UAS of dependency parsing on A": conjuncts joined by "and" that end
 * with the sentence's first dataset share it (the only one of its clause; a dataset of a later clause is that
 * clause's own: "a Dice of x, and an mIoU of y for A and a Dice of z with B"). A value in an earlier conjunct takes that dataset when every clause from
 * its own to the dataset's opens with "and", the dataset's clause states a value of its own before the name, the
 * value's clause names no target or setting of its own (only "of" and lower-case words: "of constituent parsing";
 * not "on average", "for Elvish", "with fewer images"), and no contrast or comparison comes between.
 */
final class TrailingDataset {

    /** Words that bring in what a value is measured on, besides the metric's and a task's "of". */
    private static final Set<String> TARGETS = Set.of("on", "in", "for", "across", "over", "at", "under");
    /** Words after a value that bring in a setting of its own ("6.8 with fewer images"), which may be another. */
    private static final Set<String> SETTINGS = Set.of("with", "without", "using", "via", "by");
    /** Besides the words that open a clause, those after which a conjunct is a statement of its own. */
    private static final Set<String> OWN_STATEMENT = Set.of("than", "respectively", ";");

    private final String[] words;
    private final List<StatedValue> stated;
    private final List<NameOccurrence> datasets;
    private final Clauses clauses;
    private final int respectively;

    /** @param respectively the token of "respectively", or -1: a sentence with it pairs its values otherwise */
    TrailingDataset(String[] words, List<StatedValue> stated, List<NameOccurrence> datasets, Clauses clauses,
                    int respectively) {
        this.words = words;
        this.stated = stated;
        this.datasets = datasets;
        this.clauses = clauses;
        this.respectively = respectively;
    }

    /**
     * The dataset value {@code k} shares with the conjunct that ends with it, or null. The sentence names no dataset
     * before that conjunct; datasets named in later clauses ("..., and c and d with B") are the later conjuncts' own.
     */
    Attached bind(int k) {
        return bind(k, false);
    }

    /**
     * The dataset of the conjunct that ends the chain of "and" conjuncts from value {@code k}, also when the sentence
     * names another dataset before the value ("a for A and b, and c with B": b's chain ends with B), or null.
     */
    Attached chainEnd(int k) {
        return bind(k, true);
    }

    private Attached bind(int k, boolean namedBefore) {
        StatedValue v = stated.get(k);
        if (respectively >= 0) {
            return null;
        }
        int at = clauses.of(v.valueStart());
        NameOccurrence first = datasets.stream().filter(o -> namedBefore ? o.first() >= v.lastToken() : true)
                .findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        int target = clauses.of(first.first());
        List<PaperLink> all = NameOccurrence.distinctLinks(datasets.stream()
                .filter(o -> clauses.of(o.first()) == target).toList());
        if (target <= at || all.size() != 1) {
            return null; // the dataset named before or in the value's clause is bound otherwise
        }
        boolean valueBefore = stated.stream().anyMatch(x -> clauses.of(x.valueStart()) == target
                && x.lastToken() <= first.first());
        if (!valueBefore || ownTarget(v)) {
            return null;
        }
        for (int j = v.lastToken(); j < first.first(); j++) {
            if (Clauses.OPENERS.contains(words[j].toLowerCase(Locale.ROOT))
                    || OWN_STATEMENT.contains(words[j].toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (j > v.lastToken() && clauses.of(j) != clauses.of(j - 1) && !opensWithAnd(j)) {
                return null; // a clause between that is no conjunct
            }
        }
        return new Attached(all.get(0), "trailing", 0.9, false);
    }

    /** Within three words from {@code from}, a word with a capital or a digit, or a word for data. */
    private boolean namesData(int from) {
        for (int t = from; t < Math.min(words.length, from + 3); t++) {
            if (words[t].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    || DatasetBinder.DATA_NAME_NOUNS.contains(words[t].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The clause starting at {@code j} opens with "and" or ", and". */
    private boolean opensWithAnd(int j) {
        return words[j].equalsIgnoreCase("and")
                || words[j].equals(",") && j + 1 < words.length && words[j + 1].equalsIgnoreCase("and");
    }

    /**
     * The value's clause names what it is measured on: after the value a target word, or "of" before a name; before
     * it a target word before a name or a word for data ("on the held-out set, ..."; not "In particular, ...").
     */
    private boolean ownTarget(StatedValue v) {
        for (int j = clauses.start(v.valueStart()); j < words.length && clauses.same(j, v.valueStart()); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (j >= v.metricStart() && j < v.metricEnd() || j >= v.valueStart() && j < v.valueEnd()) {
                continue;
            }
            if (TARGETS.contains(w) && (j > v.firstToken() || namesData(j + 1))
                    || SETTINGS.contains(w) && j >= v.lastToken()) {
                return true;
            }
            if (w.equals("of") && j >= v.lastToken() && j + 1 < words.length
                    && words[j + 1].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                return true;
            }
        }
        return false;
    }
}
