package org.paperkg.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.mentions.EntityType;

/**
 * What a candidate's first-stage probabilities mean beside the paper's other candidates, as binary features of the
 * paper-level second stage ({@link PaperStage}): for each type, the candidate's own probability, its rank and its
 * share of the best of the type in the paper, the best probability of the candidates containing it, contained in it
 * and overlapping it, of its acronym or long form and of the same text elsewhere, how many names of the type the paper
 * has; and how often and where the text occurs. The first stage decides each candidate alone; these let the second
 * learn that "BERT" inside a kept "BERT encoder" or a name far below the paper's best is rarely a name of its own.
 */
final class PaperRelations {

    /** Prefix of the features (apart from the first stage's families of {@link FeatureGroup}). */
    static final String PREFIX = "q:";

    private static final int TYPES = EntityType.values().length;

    private PaperRelations() {
    }

    /**
     * The features of each candidate of one paper, in order.
     *
     * @param candidates the paper's candidates
     * @param first      their first-stage probabilities (none, then one per type)
     */
    static List<List<String>> of(List<Candidate> candidates, List<double[]> first) {
        int n = candidates.size();
        String[] keys = new String[n];
        Map<String, Integer> occurrences = new HashMap<>();
        // best probability per type of each distinct text: ranks count names, not occurrences
        Map<String, double[]> bestOfText = new HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = LabelNormalizer.normalize(candidates.get(i).text());
            occurrences.merge(keys[i], 1, Integer::sum);
            double[] b = bestOfText.computeIfAbsent(keys[i], k -> new double[TYPES]);
            for (int t = 0; t < TYPES; t++) {
                b[t] = Math.max(b[t], first.get(i)[t + 1]);
            }
        }
        double[] best = new double[TYPES];
        int[] likely = new int[TYPES];
        for (double[] b : bestOfText.values()) {
            for (int t = 0; t < TYPES; t++) {
                best[t] = Math.max(best[t], b[t]);
                likely[t] += b[t] >= 0.5 ? 1 : 0;
            }
        }
        Map<String, List<Integer>> partners = acronymPartners(candidates, keys);
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double[] p = first.get(i);
            List<String> f = new ArrayList<>();
            int occ = occurrences.get(keys[i]);
            f.add(PREFIX + "occ=" + Math.min(occ, 4));
            f.add(PREFIX + "words=" + Math.min(keys[i].split(" ").length, 4));
            int top = 1;
            for (int t = 2; t <= TYPES; t++) {
                top = p[t] > p[top] ? t : top;
            }
            for (int t = 0; t < TYPES; t++) {
                String ty = EntityType.values()[t].id().substring(0, 1);
                double own = p[t + 1];
                int rank = 1;
                for (Map.Entry<String, double[]> e : bestOfText.entrySet()) {
                    if (!e.getKey().equals(keys[i]) && e.getValue()[t] > own) {
                        rank++;
                    }
                }
                String ownBin = bin(own, 20);
                f.add(PREFIX + "p." + ty + "=" + ownBin);
                f.add(PREFIX + "rank." + ty + "=" + rankBin(rank));
                f.add(PREFIX + "p.rank." + ty + "=" + bin(own, 5) + "/" + rankBin(rank));
                f.add(PREFIX + "share." + ty + "=" + bin(best[t] <= 0 ? 0 : own / best[t], 10));
                f.add(PREFIX + "best." + ty + "=" + bin(best[t], 10));
                f.add(PREFIX + "names." + ty + "=" + countBin(likely[t]));
                if (t + 1 == top) {
                    f.add(PREFIX + "top=" + ty + "/" + bin(own, 10));
                }
                double[] around = around(candidates, first, i, t + 1);
                f.add(PREFIX + "inside." + ty + "=" + optionalBin(around[0]));
                f.add(PREFIX + "holds." + ty + "=" + optionalBin(around[1]));
                f.add(PREFIX + "overlaps." + ty + "=" + optionalBin(around[2]));
                f.add(PREFIX + "inside." + ty + "/own=" + optionalBin(around[0]) + "/" + bin(own, 5));
                f.add(PREFIX + "holds." + ty + "/own=" + optionalBin(around[1]) + "/" + bin(own, 5));
                double partner = -1;
                for (int j : partners.getOrDefault(keys[i], List.of())) {
                    partner = Math.max(partner, first.get(j)[t + 1]);
                }
                f.add(PREFIX + "acronym." + ty + "=" + optionalBin(partner));
                if (occ > 1) {
                    double elsewhere = -1;
                    for (int j = 0; j < n; j++) {
                        if (j != i && keys[j].equals(keys[i])) {
                            elsewhere = Math.max(elsewhere, first.get(j)[t + 1]);
                        }
                    }
                    f.add(PREFIX + "same." + ty + "=" + optionalBin(elsewhere));
                }
            }
            for (String g : c.features()) {
                // where the text occurs (title, a "we propose" sentence, ...), from the first stage's own features
                if (g.startsWith(FeatureGroup.DOCUMENT.prefix()) && g.indexOf('/') < 0 || g.equals("s:title")) {
                    f.add(PREFIX + "at." + g);
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * For each candidate key, the candidates that are its acronym or its long form: a rule mention's acronym
     * ("Large Language Model (LLM)") ties the long form to the candidates written as the acronym, both ways.
     */
    private static Map<String, List<Integer>> acronymPartners(List<Candidate> candidates, String[] keys) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            var rule = candidates.get(i).rule();
            if (rule == null || rule.acronym() == null) {
                continue;
            }
            String acronym = LabelNormalizer.normalize(rule.acronym());
            if (acronym.equals(keys[i])) {
                continue;
            }
            List<Integer> shorts = byKey.getOrDefault(acronym, List.of());
            out.computeIfAbsent(keys[i], k -> new ArrayList<>()).addAll(shorts);
            if (!shorts.isEmpty()) {
                out.computeIfAbsent(acronym, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /**
     * The best probability of {@code column} among the candidates whose span contains candidate {@code i}'s, those
     * its span contains, and those overlapping it without either; -1 where there is none.
     */
    private static double[] around(List<Candidate> candidates, List<double[]> first, int i, int column) {
        Candidate c = candidates.get(i);
        double[] out = {-1, -1, -1};
        for (int j = 0; j < candidates.size(); j++) {
            Candidate o = candidates.get(j);
            if (j == i || o.end() <= c.start() || c.end() <= o.start()
                    || o.start() == c.start() && o.end() == c.end()) {
                continue;
            }
            int k = o.start() <= c.start() && c.end() <= o.end() ? 0
                    : c.start() <= o.start() && o.end() <= c.end() ? 1 : 2;
            out[k] = Math.max(out[k], first.get(j)[column]);
        }
        return out;
    }

    /** The bin of a probability in [0, 1] among {@code bins} equal ones. */
    static String bin(double p, int bins) {
        return Integer.toString(Math.min(bins - 1, Math.max(0, (int) Math.floor(p * bins))));
    }

    private static String optionalBin(double p) {
        return p < 0 ? "none" : bin(p, 5);
    }

    static String rankBin(int rank) {
        return rank <= 4 ? Integer.toString(rank) : rank <= 6 ? "5-6" : rank <= 10 ? "7-10" : "11+";
    }

    private static String countBin(int count) {
        return count <= 3 ? Integer.toString(count) : count <= 5 ? "4-5" : count <= 8 ? "6-8" : "9+";
    }
}
