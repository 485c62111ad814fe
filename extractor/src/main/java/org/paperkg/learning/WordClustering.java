package org.paperkg.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distributional word classes from unlabelled text: each word of the corpus word table is described by its left
 * and right neighbours among the most frequent words (positive PMI weighted), and spherical k-means groups words
 * that occur in the same contexts ("ImageNet" beside "CIFAR-10", "segmentation" beside "detection"). A class
 * carries what a rare head word cannot say by itself. Counting streams text; memory is bounded by the word table
 * times the context words. Deterministic (fixed seed, fixed orders). Not thread-safe.
 *
 * <p>Hand-written because no small clustering library is at hand: Smile (GPL) brings native BLAS for its
 * k-means, and DL4J's word2vec is far heavier than the 60 lines this takes.
 */
final class WordClustering {

    /** How many of the most frequent words are contexts (each gives a left and a right dimension). */
    static final int CONTEXTS = 300;
    /** Number of classes of the model. */
    static final int CLASSES = 64;
    private static final int ROUNDS = 15;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'-]*");

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> words;
    private final Map<String, Integer> contexts = new HashMap<>();
    private final int[][] counts;
    private final int classCount;

    /** {@code classes} classes for the words of {@code table}, with its most frequent words as contexts. */
    WordClustering(WordStatistics table, int classes) {
        this.classCount = classes;
        this.words = table.words();
        for (int i = 0; i < words.size(); i++) {
            vocabulary.put(words.get(i), i);
        }
        List<String> frequent = table.mostFrequent(CONTEXTS);
        for (int i = 0; i < frequent.size(); i++) {
            contexts.put(frequent.get(i), i);
        }
        this.counts = new int[words.size()][];
    }

    /** Counts the neighbours of one text's words. */
    void add(String text) {
        Matcher m = WORD.matcher(text);
        String previous = null;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (previous != null) {
                count(previous, w, CONTEXTS);
                count(w, previous, 0);
            }
            previous = w;
        }
    }

    private void count(String word, String context, int offset) {
        Integer i = vocabulary.get(word);
        Integer c = contexts.get(context);
        if (i == null || c == null) {
            return;
        }
        if (counts[i] == null) {
            counts[i] = new int[2 * CONTEXTS];
        }
        counts[i][offset + c]++;
    }

    /** The class of every word with some counted context (words never seen beside a context word have none). */
    Map<String, Integer> classes() {
        double[][] vectors = ppmi();
        Random random = new Random(20261206L);
        int dims = 2 * CONTEXTS;
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] != null) {
                present.add(i);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        if (present.size() < classCount) {
            return out;
        }
        // k-means++ seeding: each next centre drawn with probability growing with its distance to the chosen ones
        double[][] centroids = new double[classCount][];
        centroids[0] = vectors[present.get(random.nextInt(present.size()))].clone();
        double[] distance = new double[present.size()];
        Arrays.fill(distance, Double.MAX_VALUE);
        for (int k = 1; k < classCount; k++) {
            double total = 0;
            for (int p = 0; p < present.size(); p++) {
                double d = Math.max(0, 1 - dot(vectors[present.get(p)], centroids[k - 1]));
                distance[p] = Math.min(distance[p], d * d);
                total += distance[p];
            }
            double r = random.nextDouble() * total;
            int chosen = present.size() - 1;
            for (int p = 0; p < present.size(); p++) {
                r -= distance[p];
                if (r <= 0) {
                    chosen = p;
                    break;
                }
            }
            centroids[k] = vectors[present.get(chosen)].clone();
        }
        int[] assignment = new int[vectors.length];
        for (int round = 0; round < ROUNDS; round++) {
            double[][] sums = new double[classCount][dims];
            for (int i : present) {
                int best = 0;
                double bestDot = -1;
                for (int k = 0; k < classCount; k++) {
                    double d = dot(vectors[i], centroids[k]);
                    if (d > bestDot) {
                        bestDot = d;
                        best = k;
                    }
                }
                assignment[i] = best;
                for (int j = 0; j < dims; j++) {
                    sums[best][j] += vectors[i][j];
                }
            }
            for (int k = 0; k < classCount; k++) {
                if (normalise(sums[k])) {
                    centroids[k] = sums[k];
                }
            }
        }
        for (int i : present) {
            out.put(words.get(i), assignment[i]);
        }
        return out;
    }

    /** Positive PMI of word and context, each row scaled to unit length; null rows for words without contexts. */
    private double[][] ppmi() {
        int dims = 2 * CONTEXTS;
        double[] columns = new double[dims];
        double total = 0;
        for (int[] row : counts) {
            if (row != null) {
                for (int j = 0; j < dims; j++) {
                    columns[j] += row[j];
                    total += row[j];
                }
            }
        }
        double[][] out = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            int[] row = counts[i];
            if (row == null) {
                continue;
            }
            double rowSum = Arrays.stream(row).sum();
            double[] v = new double[dims];
            for (int j = 0; j < dims; j++) {
                if (row[j] > 0) {
                    v[j] = Math.max(0, Math.log(row[j] * total / (rowSum * columns[j])));
                }
            }
            if (normalise(v)) {
                out[i] = v;
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    private static boolean normalise(double[] v) {
        double n = Math.sqrt(dot(v, v));
        if (n == 0) {
            return false;
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= n;
        }
        return true;
    }
}
