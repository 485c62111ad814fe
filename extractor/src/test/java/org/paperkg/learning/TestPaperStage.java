package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The paper-level stage learns what the first stage cannot see on invented papers: a candidate inside a stronger
 * candidate is no name although its own probability is as high as that of names.
 */
class TestPaperStage {

    /** A paper of an outer candidate and an inner one, both with the same first-stage probability. */
    private static List<Candidate> paper() {
        return List.of(new Candidate("Velvet Gorse Encoder", 0, 20, "e", List.of(), null),
                new Candidate("Gorse Encoder", 7, 20, "e", List.of(), null),
                new Candidate("Plinth", 30, 36, "e", List.of(), null));
    }

    private static final List<double[]> FIRST = List.of(new double[] {0.4, 0.6, 0, 0}, new double[] {0.4, 0.6, 0, 0},
            new double[] {0.4, 0.6, 0, 0});

    private static PaperStage trained() {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<List<String>> f = PaperRelations.of(paper(), FIRST);
        for (int i = 0; i < 50; i++) {
            for (int k = 0; k < 3; k++) {
                rows.add(f.get(k));
                labels.add(k == 1 ? 0 : 1);
            }
        }
        return PaperStage.train(rows, labels.stream().mapToInt(Integer::intValue).toArray(), 1);
    }

    @Test
    void learnsThatANestedCandidateIsNoName() {
        double[][] p = trained().probabilities(paper(), FIRST);
        assertTrue(p[0][1] > 0.8, "outer: " + java.util.Arrays.toString(p[0]));
        assertTrue(p[1][0] > 0.8, "inner: " + java.util.Arrays.toString(p[1]));
        assertTrue(p[2][1] > 0.8, "alone: " + java.util.Arrays.toString(p[2]));
        assertEquals(LearnedModel.CLASSES, p[0].length);
    }

    @Test
    void isDeterministicAndRereadsItself() throws Exception {
        PaperStage stage = trained();
        assertEquals(stage.save(), trained().save(), "training twice gives the same model");
        PaperStage again = PaperStage.load(stage.columns(), stage.save());
        assertArrayEquals(stage.probabilities(paper(), FIRST)[1], again.probabilities(paper(), FIRST)[1], 1e-12);
    }

    @Test
    void aModelKeepsItsStageAndOneWithoutRunsAsBefore() throws Exception {
        LinearClassifier types = LinearClassifier.train(new LinearClassifier.FeatureIndex(List.of("s:a")),
                List.of(List.of("s:a"), List.of()), new int[] {1, 0}, 1);
        LearnedModel plain = new LearnedModel(WordStatistics.empty(), NamePrior.empty(), types, null, null, 0.5, 0.5,
                new Properties());
        LearnedModel stacked = plain.withPaperStage(trained());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stacked.write(out);
        LearnedModel again = LearnedModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
        assertTrue(again.hasPaperStage());
        assertArrayEquals(stacked.probabilities(paper())[1], again.probabilities(paper())[1], 1e-12);
        out.reset();
        plain.write(out);
        LearnedModel old = LearnedModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
        assertTrue(!old.hasPaperStage());
        assertArrayEquals(plain.linearProbabilities(paper().get(1)),
                java.util.Arrays.copyOf(old.probabilities(paper())[1], LearnedModel.CLASSES), 1e-12,
                "without a stage the first stage decides");
    }
}
