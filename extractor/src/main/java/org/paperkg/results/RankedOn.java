package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "OwlNet reaches a mean IoU of 83.4% and ranks first on the Zorb-16 leaderboard", "... achieves 0.81 AUROC on the
 * challenge test set and placed third in the Gnat Challenge": a score whose own clause names no dataset, followed in
 * its sentence by the rank it earned on a benchmark, was measured on that benchmark. Only when that benchmark is the
 * sentence's one usable dataset and no contrast or other statement comes between the score and the rank.
 */
final class RankedOn {

    private static final Set<String> RANK_WORDS = Set.of("rank", "ranks", "ranked", "ranking", "place", "places",
            "placed", "placing");
    private static final Pattern ORDINAL = Pattern.compile("(?i)first|second|third|top|\\d+(st|nd|rd|th)");
    /** Words at most from the rank word to its ordinal ("ranked in the 1st place"). */
    private static final int ORDINAL_WINDOW = 4;
    /** Words at most from the rank word to the benchmark ("placed third out of 3,173 participants in the A"). */
    private static final int BENCHMARK_WINDOW = 8;
    private static final Set<String> TARGETS = Set.of("on", "in", "at", "of", "for");
    private static final Set<String> STOPS = Set.of("whereas", "while", "but", "however", "although", "though", ";",
            "respectively");

    private RankedOn() {
    }

    /** The benchmark the rank after value {@code v} names, or null. */
    static NameOccurrence benchmark(String[] words, StatedValue v, List<NameOccurrence> datasets) {
        if (NameOccurrence.distinctLinks(datasets).size() != 1 || datasets.get(0).first() < v.lastToken()) {
            return null;
        }
        NameOccurrence only = datasets.get(0);
        for (int j = v.lastToken(); j < only.first(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (STOPS.contains(w)) {
                return null;
            }
            if (RANK_WORDS.contains(w) && ordinalAfter(words, j) && only.first() - j <= BENCHMARK_WINDOW
                    && targetBefore(words, j, only.first())) {
                return only;
            }
        }
        return null;
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
