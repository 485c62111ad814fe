package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "OwlNet reaches a mean IoU of 83.4% and ranks first on the Zorb-16 leaderboard", "... achieves 0.81 AUROC on the
 * challenge test set and placed third in the Gnat Challenge", "X reaches 88.5% top-1 accuracy (...), which sets the
 * new state of the art for A", "... and outperforms all submissions to the A challenge": a score whose own clause names no dataset, followed in its sentence by the rank or the
 * record it earned on a benchmark, was measured on that benchmark. Only when that benchmark is the one usable dataset
 * named after the score, any named before it is training data, and no contrast comes between the score and the rank.
 */
final class RankedOn {

    private static final Set<String> RANK_WORDS = Set.of("rank", "ranks", "ranked", "ranking", "place", "places",
            "placed", "placing");
    private static final Pattern ORDINAL = Pattern.compile("(?i)first|second|third|top|\\d+(st|nd|rd|th)");
    /** Words at most from the rank word to its ordinal ("ranked in the 1st place"). */
    private static final int ORDINAL_WINDOW = 4;
    /** Words at most from the rank word to the benchmark ("placed third out of 3,173 participants in the A"). */
    private static final int BENCHMARK_WINDOW = 8;
    private static final Set<String> TARGETS = Set.of("on", "in", "at", "of", "for", "to");
    /** What a benchmark's competition is made of: to beat all of them is to rank first. */
    private static final Set<String> ENTRIES = Set.of("submissions", "entries", "participants", "teams");
    private static final Set<String> STOPS = Set.of("whereas", "while", "but", "however", "although", "though", ";",
            "respectively");

    private RankedOn() {
    }

    /** The benchmark the rank or record after value {@code v} names, or null. */
    static NameOccurrence benchmark(String[] words, StatedValue v, List<NameOccurrence> datasets) {
        if (v.improvement()) {
            return null; // "beat X by 1.1 BLEU, and set new records on A": the margin is no standing of its own
        }
        List<NameOccurrence> after = datasets.stream().filter(o -> o.first() >= v.lastToken()).toList();
        // data named before the score only as what the model was trained on is no rival ("pre-trained on A")
        boolean rivalBefore = datasets.stream().anyMatch(o -> o.first() < v.lastToken() && !trainingData(words, o));
        if (NameOccurrence.distinctLinks(after).size() != 1 || rivalBefore) {
            return null;
        }
        NameOccurrence only = after.get(0);
        for (int j = v.lastToken(); j < only.first(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (STOPS.contains(w)) {
                return null;
            }
            boolean standing = RANK_WORDS.contains(w) && ordinalAfter(words, j)
                    || w.equals("new") && NewRecordClaim.between(words, j, j + 2)
                    || beatsAllEntries(words, j);
            if (standing && only.first() - j <= BENCHMARK_WINDOW && targetBefore(words, j, only.first())) {
                return only;
            }
        }
        return null;
    }

    /** "pre-trained with weak supervision on A": the name follows a word of training a few words before. */
    private static boolean trainingData(String[] words, NameOccurrence o) {
        for (int j = Math.max(0, o.first() - TRAINING_WINDOW); j < o.first(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (w.equals("trained") || w.equals("pre-trained") || w.equals("pretrained")) {
                return true;
            }
        }
        return false;
    }

    private static final int TRAINING_WINDOW = 6;

    /** "outperforms all submissions to the A challenge": beating every entry of a competition is its first place. */
    private static boolean beatsAllEntries(String[] words, int j) {
        return j + 2 < words.length && words[j].toLowerCase(Locale.ROOT).matches("outperform(s|ed)?|beats?|beat")
                && words[j + 1].equalsIgnoreCase("all") && ENTRIES.contains(words[j + 2].toLowerCase(Locale.ROOT));
    }

    private static boolean ordinalAfter(String[] words, int rank) {
        for (int j = rank + 1; j < Math.min(words.length, rank + 1 + ORDINAL_WINDOW); j++) {
            if (ORDINAL.matcher(words[j]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "on/in (the) A" right before the benchmark's name, after the rank word. */
    private static boolean targetBefore(String[] words, int rank, int name) {
        for (int j = name - 1; j > rank && j >= name - 2; j--) {
            if (TARGETS.contains(words[j].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
