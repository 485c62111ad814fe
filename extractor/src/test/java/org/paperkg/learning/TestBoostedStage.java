package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The boosted second stage learns an interaction the first stage lacks, deterministically (invented features). */
class TestBoostedStage {

    private record Data(List<double[]> first, List<List<String>> features, int[] labels, float[] weights) {
    }

    /** Method when both "a" and "b" are present, task when only one is, none otherwise; the first stage is flat. */
    private static Data data() {
        List<double[]> first = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean a = i % 2 == 0;
            boolean b = i % 3 == 0;
            List<String> f = new ArrayList<>();
            if (a) {
                f.add("s:a");
            }
            if (b) {
                f.add("s:b");
            }
            f.add("s:noise=" + (i % 5));
            features.add(f);
            first.add(new double[] {0.25, 0.25, 0.25, 0.25});
            labels.add(a && b ? 1 : a || b ? 2 : 0);
        }
        float[] w = new float[labels.size()];
        java.util.Arrays.fill(w, 1f);
        return new Data(first, features, labels.stream().mapToInt(Integer::intValue).toArray(), w);
    }

    @Test
    void learnsAnInteractionAndRereadsItself() throws Exception {
        Data d = data();
        LinearClassifier.FeatureIndex columns = new LinearClassifier.FeatureIndex(List.of("s:a", "s:b", "s:noise=1"));
        BoostedStage stage = BoostedStage.train(columns, d.first(), d.features(), d.labels(), d.weights());
        double[][] p = stage.probabilities(List.of(d.first().get(0), d.first().get(1), d.first().get(2)),
                List.of(List.of("s:a", "s:b"), List.of("s:unknown"), List.of("s:a")));
        assertTrue(p[0][1] > 0.9, "a and b: method " + java.util.Arrays.toString(p[0]));
        assertTrue(p[1][0] > 0.9, "neither: none " + java.util.Arrays.toString(p[1]));
        assertTrue(p[2][2] > 0.9, "a alone: task " + java.util.Arrays.toString(p[2]));
        BoostedStage again = BoostedStage.load(columns, stage.save());
        assertArrayEquals(p[0], again.probabilities(List.of(d.first().get(0)), List.of(List.of("s:a", "s:b")))[0],
                1e-7);
        assertArrayEquals(stage.save(), BoostedStage.train(columns, d.first(), d.features(), d.labels(),
                d.weights()).save(), "training twice gives the same model");
    }
}
