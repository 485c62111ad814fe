package org.paperkg.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corpus statistics of words: in how many papers a word occurs and which share of its occurrences are written in
 * lower case. A capitalised candidate whose words are mostly written in lower case across many papers is an
 * ordinary word, not a name. Immutable once built; {@link Counter} builds it in one streaming pass.
 */
public final class WordStatistics {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'-]*");

    /** Papers containing the word, and occurrences in lower case out of all occurrences. */
    record Stat(int papers, int lower, int total) {
        double lowerShare() {
            return total == 0 ? 0 : (double) lower / total;
        }
    }

    private final Map<String, Stat> stats;
    private final int papers;

    private WordStatistics(Map<String, Stat> stats, int papers) {
        this.stats = Map.copyOf(stats);
        this.papers = papers;
    }

    /** No statistics (every word unknown). */
    public static WordStatistics empty() {
        return new WordStatistics(Map.of(), 0);
    }

    /** Number of papers counted. */
    public int papers() {
        return papers;
    }

    /** Number of words kept. */
    public int size() {
        return stats.size();
    }

    Stat get(String word) {
        return stats.get(word.toLowerCase(Locale.ROOT));
    }

    void write(PrintWriter out) {
        out.println("words " + stats.size() + " " + papers);
        stats.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.println(e.getKey() + "\t" + e.getValue().papers() + "\t" + e.getValue().lower() + "\t"
                        + e.getValue().total()));
    }

    static WordStatistics read(BufferedReader in) throws IOException {
        String[] header = in.readLine().split(" ");
        int n = Integer.parseInt(header[1]);
        Map<String, Stat> stats = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String[] f = in.readLine().split("\t");
            stats.put(f[0], new Stat(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
        }
        return new WordStatistics(stats, Integer.parseInt(header[2]));
    }

    /** Counts words paper by paper; keeps only words seen in at least {@code minPapers} papers. Not thread-safe. */
    public static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();
        private int papers;

        /** Counts one paper's text. */
        public void add(String text) {
            papers++;
            Map<String, Boolean> seen = new HashMap<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                String key = w.toLowerCase(Locale.ROOT);
                int[] c = counts.computeIfAbsent(key, k -> new int[3]);
                if (seen.put(key, Boolean.TRUE) == null) {
                    c[0]++;
                }
                if (w.equals(key)) {
                    c[1]++;
                }
                c[2]++;
            }
        }

        /** The statistics of the words seen in at least {@code minPapers} papers. */
        public WordStatistics build(int minPapers) {
            Map<String, Stat> stats = new HashMap<>();
            counts.forEach((w, c) -> {
                if (c[0] >= minPapers) {
                    stats.put(w, new Stat(c[0], c[1], c[2]));
                }
            });
            return new WordStatistics(stats, papers);
        }
    }
}
