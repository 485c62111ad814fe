package org.paperkg.learning;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The paper-level second stage (stacking): a logistic regression over {@link PaperRelations}, the first stage's
 * probabilities of a candidate set against those of the paper's other candidates, that gives the candidate's class
 * probabilities (none, then one per type) anew. Trained on first-stage probabilities cross-fitted on halves of the
 * training papers, so that it learns how far to trust probabilities like those of unseen papers. Immutable and
 * thread-safe.
 */
final class PaperStage {

    private final LinearClassifier classifier;

    PaperStage(LinearClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /**
     * Trains on rows of {@link PaperRelations} features with labels {@code 0..}{@link LearnedModel#CLASSES}{@code -1};
     * features seen fewer than three times are left out. Deterministic.
     */
    static PaperStage train(List<List<String>> rows, int[] labels, double c) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> r.forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<String> names = counts.entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey)
                .sorted().toList();
        return new PaperStage(LinearClassifier.train(new LinearClassifier.FeatureIndex(names), rows, labels, c));
    }

    /** The class probabilities of one paper's candidates, given their first-stage probabilities. */
    double[][] probabilities(List<Candidate> candidates, List<double[]> first) {
        List<List<String>> features = PaperRelations.of(candidates, first);
        double[][] out = new double[features.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = classifier.probabilities(features.get(i), LearnedModel.CLASSES);
        }
        return out;
    }

    LinearClassifier.FeatureIndex columns() {
        return classifier.index();
    }

    String save() throws IOException {
        return classifier.save();
    }

    static PaperStage load(LinearClassifier.FeatureIndex columns, String text) throws IOException {
        return new PaperStage(LinearClassifier.load(columns, text));
    }
}
