package org.paperkg.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.mentions.EntityType;

/**
 * Corpus-level evidence of how people annotate a text (target encoding): for a candidate's normalised text, among
 * the annotated training papers where it is a candidate, the share in which the annotators named it as each type,
 * only as part of a longer name, or not at all. It says what one paper cannot: "UAVs" or "visual understanding" is
 * rarely named however name-like it looks in one abstract. Features are bucketed shares, only for texts seen in at
 * least {@link #MIN_PAPERS} papers; while training, a paper's own annotation is left out of its features (so a label
 * never feeds its own feature). At most {@link #MAX_TEXTS} texts are kept. Immutable; {@link Counter} builds it.
 */
public final class NamePrior {

    /** Fewer papers than this say nothing about how a text is annotated. */
    static final int MIN_PAPERS = 3;
    /** Bound on the texts kept (the most frequent), so the model file stays small. */
    static final int MAX_TEXTS = 60_000;

    /** What the annotators did with a text in one paper: not named, named as a type, or only inside a name. */
    static final int NONE = 0;
    /** Named only as part of a longer (or overlapping) gold name. */
    static final int PARTIAL = EntityType.values().length + 1;
    /** Count columns: papers, then one per outcome ({@link #NONE}, the types, {@link #PARTIAL}). */
    private static final int COLUMNS = PARTIAL + 2;

    private final Map<String, int[]> counts;

    private NamePrior(Map<String, int[]> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** No evidence: adds no features (models trained before the prior). */
    public static NamePrior empty() {
        return new NamePrior(Map.of());
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    int size() {
        return counts.size();
    }

    /** The key of a candidate's text. */
    static String key(String text) {
        return LabelNormalizer.normalize(text);
    }

    /**
     * What the annotators did with each candidate key of one paper: {@link #NONE}, 1 + the type's ordinal, or
     * {@link #PARTIAL} for candidates the labeller left out (part of a gold name). A type wins over a partial
     * match, which wins over none, when texts of one key differ.
     */
    static Map<String, Integer> outcomes(List<Candidate> candidates, List<LabelledCandidate> labelled) {
        Map<Candidate, Integer> label = new java.util.IdentityHashMap<>();
        labelled.forEach(l -> label.put(l.candidate(), l.label()));
        Map<String, Integer> out = new HashMap<>();
        for (Candidate c : candidates) {
            Integer l = label.get(c);
            int outcome = l == null ? PARTIAL : l;
            out.merge(key(c.text()), outcome, NamePrior::stronger);
        }
        return out;
    }

    private static int stronger(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int outcome) {
        return outcome == NONE ? 0 : outcome == PARTIAL ? 1 : 2;
    }

    /** The features of a candidate's text, on all the counted papers. */
    List<String> features(String text) {
        return isEmpty() ? List.of() : bucketed(counts.get(key(text)), -1);
    }

    /**
     * The features of a candidate's text in one of the counted papers, whose own {@code outcome} for this text is
     * left out (leave one paper out).
     */
    List<String> featuresLeavingOut(String text, int outcome) {
        return isEmpty() ? List.of() : bucketed(counts.get(key(text)), outcome);
    }

    private static List<String> bucketed(int[] c, int leftOut) {
        int papers = c == null ? 0 : c[0] - (leftOut >= 0 ? 1 : 0);
        if (papers < MIN_PAPERS) {
            return List.of("p:unseen");
        }
        List<String> f = new ArrayList<>(8);
        f.add("p:papers=" + Math.min(4, (int) Math.floor(Math.log(papers) / Math.log(3))));
        int named = 0;
        int bestType = -1;
        int best = 0;
        for (int o = NONE; o <= PARTIAL; o++) {
            int n = c[1 + o] - (o == leftOut ? 1 : 0);
            f.add("p:" + outcomeName(o) + "=" + bucket(n, papers));
            if (o != NONE && o != PARTIAL) {
                named += n;
                if (n > best) {
                    best = n;
                    bestType = o;
                }
            }
        }
        f.add("p:named=" + bucket(named, papers));
        if (bestType > 0) {
            f.add("p:mostly=" + outcomeName(bestType) + "/" + bucket(best, papers));
        }
        return f;
    }

    /** Share buckets: never, under a tenth, under a third, under two thirds, under nine tenths, nearly always. */
    private static int bucket(int n, int papers) {
        if (n <= 0) {
            return 0;
        }
        double share = (double) n / papers;
        return share < 0.1 ? 1 : share < 0.33 ? 2 : share < 0.67 ? 3 : share < 0.9 ? 4 : 5;
    }

    private static String outcomeName(int outcome) {
        return outcome == NONE ? "none" : outcome == PARTIAL ? "partial" : EntityType.values()[outcome - 1].id();
    }

    void write(PrintWriter out) {
        out.println("prior " + counts.size());
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            StringBuilder b = new StringBuilder(e.getKey());
            for (int v : e.getValue()) {
                b.append('\t').append(v);
            }
            out.println(b);
        });
    }

    static NamePrior read(BufferedReader in, String name) throws IOException {
        String header = in.readLine();
        if (header == null || !header.startsWith("prior ")) {
            throw new IOException(name + ": the name prior has no header");
        }
        int n = Integer.parseInt(header.substring(6).strip());
        Map<String, int[]> counts = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String line = in.readLine();
            String[] f = line == null ? new String[0] : line.split("\t");
            if (f.length != COLUMNS + 1) {
                throw new IOException(name + ": line " + (i + 2) + " of the name prior is not a text and "
                        + COLUMNS + " counts");
            }
            int[] c = new int[COLUMNS];
            for (int k = 0; k < COLUMNS; k++) {
                c[k] = Integer.parseInt(f[k + 1]);
            }
            counts.put(f[0], c);
        }
        return new NamePrior(counts);
    }

    /** Counts outcomes paper by paper. Not thread-safe. */
    static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        /** One paper: the outcome of each of its candidates' keys ({@link #outcomes}). */
        void add(Map<String, Integer> outcomes) {
            outcomes.forEach((key, outcome) -> {
                int[] c = counts.computeIfAbsent(key, k -> new int[COLUMNS]);
                c[0]++;
                c[1 + outcome]++;
            });
        }

        /** The texts seen in at least {@link #MIN_PAPERS} papers, the most frequent {@link #MAX_TEXTS} of them. */
        NamePrior build() {
            Map<String, int[]> kept = new HashMap<>();
            counts.entrySet().stream().filter(e -> e.getValue()[0] >= MIN_PAPERS)
                    .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .limit(MAX_TEXTS).forEach(e -> kept.put(e.getKey(), e.getValue().clone()));
            return new NamePrior(kept);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NamePrior[%d texts]", counts.size());
    }
}
