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
 * ordinary word, not a name. Optionally each word's distributional class ({@link WordClustering}). Immutable once
 * built; {@link Counter} builds it in one streaming pass.
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
    private final Map<String, Integer> classes;
    private final int papers;

    private WordStatistics(Map<String, Stat> stats, Map<String, Integer> classes, int papers) {
        this.stats = Map.copyOf(stats);
        this.classes = Map.copyOf(classes);
        this.papers = papers;
    }

    /** No statistics (every word unknown). */
    public static WordStatistics empty() {
        return new WordStatistics(Map.of(), Map.of(), 0);
    }

    /** The same statistics with distributional classes of (some of) the words. */
    WordStatistics withClasses(Map<String, Integer> wordClasses) {
        Map<String, Integer> kept = new HashMap<>();
        wordClasses.forEach((w, c) -> {
            if (stats.containsKey(w)) {
                kept.put(w, c);
            }
        });
        return new WordStatistics(stats, kept, papers);
    }

    /** The distributional class of a word, or -1 when it has none. */
    int wordClass(String word) {
        return classes.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
    }

    /** Whether any word has a class (models trained before classes have none). */
    boolean hasClasses() {
        return !classes.isEmpty();
    }

    /** The words kept, sorted. */
    java.util.List<String> words() {
        return stats.keySet().stream().sorted().toList();
    }

    /** The {@code n} words with the most occurrences (ties by the word). */
    java.util.List<String> mostFrequent(int n) {
        return stats.entrySet().stream().sorted(java.util.Comparator.<Map.Entry<String, Stat>>comparingInt(
                e -> -e.getValue().total()).thenComparing(Map.Entry::getKey)).limit(n).map(Map.Entry::getKey).toList();
    }

    /** Number of papers counted. */
    public int papers() {
        return papers;
    }

    /** Number of words kept. */
    public int size() {
        return stats.size();
    }

    /**
     * True for a word most papers of the counted corpus use ("models", "method"): written alone in lower case it is
     * a common noun, never a name, whatever a classifier says of one occurrence.
     */
    boolean common(String word) {
        Stat s = get(word);
        return s != null && papers > 0 && s.papers() >= COMMON_SHARE * papers;
    }

    /** The share of papers above which a word is common (a quarter: no name is in a quarter of all papers). */
    private static final double COMMON_SHARE = 0.25;

    Stat get(String word) {
        return stats.get(word.toLowerCase(Locale.ROOT));
    }

    void write(PrintWriter out) {
        out.println("words " + stats.size() + " " + papers);
        stats.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.println(e.getKey() + "\t" + e.getValue().papers() + "\t" + e.getValue().lower() + "\t"
                        + e.getValue().total() + (classes.isEmpty() ? "" : "\t" + classes.getOrDefault(e.getKey(), -1))));
    }

    static WordStatistics read(BufferedReader in) throws IOException {
        String[] header = in.readLine().split(" ");
        int n = Integer.parseInt(header[1]);
        Map<String, Stat> stats = new HashMap<>(n * 2);
        Map<String, Integer> classes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String[] f = in.readLine().split("\t");
            stats.put(f[0], new Stat(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            // a fifth column, the word's class, since models have distributional classes
            if (f.length > 4 && !f[4].equals("-1")) {
                classes.put(f[0], Integer.parseInt(f[4]));
            }
        }
        return new WordStatistics(stats, classes, Integer.parseInt(header[2]));
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
            return new WordStatistics(stats, Map.of(), papers);
        }
    }
}
