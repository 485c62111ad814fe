package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestLinearClassifier {

    @Test
    void learnsSeparableFeaturesAndSurvivesSaving() throws Exception {
        List<List<String>> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            x.add(List.of("s:head=network", "s:len=2"));
            y.add(1);
            x.add(List.of("s:head=detection", "s:len=2"));
            y.add(2);
            x.add(List.of("s:head=result", "s:len=1"));
            y.add(0);
        }
        LinearClassifier.FeatureIndex index = new LinearClassifier.FeatureIndex(
                List.of("s:head=network", "s:head=detection", "s:head=result", "s:len=1", "s:len=2"));
        LinearClassifier c = LinearClassifier.train(index, x, y.stream().mapToInt(Integer::intValue).toArray(), 1.0);
        double[] p = c.probabilities(List.of("s:head=network", "s:len=2", "s:unknown"), 4);
        assertTrue(p[1] > 0.5 && p[1] > p[0] && p[1] > p[2], "method most likely: " + java.util.Arrays.toString(p));
        LinearClassifier loaded = LinearClassifier.load(index, c.save());
        assertArrayEquals(p, loaded.probabilities(List.of("s:head=network", "s:len=2"), 4), 1e-9);
    }
}
