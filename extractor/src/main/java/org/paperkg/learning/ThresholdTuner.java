package org.paperkg.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.paperkg.mentions.EntityType;

/**
 * Tunes a model's decisions on dev papers, its classifiers fixed: the keep thresholds (one, then per type), the
 * paper-level limits ({@link NamesPerPaper}) and the proposed-method and contribution thresholds, each by a grid
 * search for the best all-types partial F1 (proposed-method F2 for the proposed ones).
 */
final class ThresholdTuner {

    /** The largest per-paper limit tried for methods, tasks and datasets ({@link EntityType} order). */
    private static final int[] MOST_NAMES = {14, 8, 6};

    private ThresholdTuner() {
    }

    /**
     * Tunes the keep threshold on {@code papers} (all-types partial F1; grid of 0.05 steps), then, when
     * {@code perType}, each type's own threshold in turn with the others fixed (datasets are rarer and less
     * certain than methods, one threshold suits the most frequent type), then the proposed-method threshold
     * and the contribution decisions ({@link #tuneProposed}).
     */
    static LearnedModel tune(LearnedModel model, List<AnnotatedText> papers,
                                     Map<AnnotatedText, List<Candidate>> candidates, boolean perType,
                                     boolean contributions) {
        return tune(model, papers, candidates, perType, contributions, ModelTrainer.PER_PAPER_LIMITS);
    }

    /**
     * The same, with or without the paper-level limits: when {@code limits} (and {@code perType}), after the keep
     * thresholds the limits of each type and the bar of a paper's one task ({@link #tuneLimits}), then the keep
     * thresholds once more, as a limit lets a lower threshold add names where a paper has few.
     */
    static LearnedModel tune(LearnedModel unlimited, List<AnnotatedText> papers,
                                     Map<AnnotatedText, List<Candidate>> candidates, boolean perType,
                                     boolean contributions, boolean limits) {
        LearnedModel model = unlimited.withPerPaper(NamesPerPaper.NONE);
        Function<LearnedModel, DevScores> score = scorer(model, papers, candidates);
        LearnedModel best = model.withThresholds(0.5, 0.5);
        double bestF1 = -1;
        for (int i = 4; i <= 18; i++) {
            LearnedModel m = model.withThresholds(i * 0.05, 0.5);
            double f1 = score.apply(m).allPartialF1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = m;
            }
        }
        if (perType) {
            best = tunePerType(best, score);
            if (limits) {
                best = tunePerType(tuneLimits(best, score), score);
            }
        }
        best = best.withPaperProposedThreshold(LearnedModel.OFF);
        if (!model.hasProposedClassifier()) {
            return best;
        }
        return tuneProposed(best, papers, score, contributions);
    }

    /** Each type's keep threshold in turn, the others fixed (grid of 0.05 steps, all-types partial F1). */
    private static LearnedModel tunePerType(LearnedModel start, Function<LearnedModel, DevScores> score) {
        LearnedModel best = start;
        double bestF1 = score.apply(start).allPartialF1();
        for (EntityType type : EntityType.values()) {
            LearnedModel from = best;
            for (int i = 2; i <= 18; i++) {
                LearnedModel m = from.withTypeThreshold(type, i * 0.05);
                double f1 = score.apply(m).allPartialF1();
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * The paper-level limits ({@link NamesPerPaper}): each type's most names per paper in turn (none, or 1 to
     * {@link #MOST_NAMES}), then the bar of the one task of a paper without one (off, or 0.05 to 0.40), each kept
     * only where it raises all-types partial F1.
     */
    private static LearnedModel tuneLimits(LearnedModel start, Function<LearnedModel, DevScores> score) {
        LearnedModel best = start;
        double bestF1 = score.apply(start).allPartialF1();
        for (EntityType type : EntityType.values()) {
            LearnedModel from = best;
            for (int k = 1; k <= MOST_NAMES[type.ordinal()]; k++) {
                LearnedModel m = from.withPerPaper(from.perPaper().withCap(type, k));
                double f1 = score.apply(m).allPartialF1();
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = m;
                }
            }
        }
        LearnedModel from = best;
        for (int i = 1; i <= 8; i++) {
            LearnedModel m = from.withPerPaper(from.perPaper().withTaskBar(i * 0.05));
            double f1 = score.apply(m).allPartialF1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = m;
            }
        }
        return best;
    }

    /**
     * Scores copies of {@code model} that differ only in thresholds on {@code papers}: the type probabilities, which
     * do not depend on thresholds, are computed once.
     */
    static Function<LearnedModel, DevScores> scorer(LearnedModel model, List<AnnotatedText> papers,
                                                    Map<AnnotatedText, List<Candidate>> candidates) {
        Map<AnnotatedText, double[][]> probabilities = new HashMap<>();
        papers.forEach(t -> probabilities.put(t, model.probabilities(candidates.get(t))));
        return m -> DevScores.of(papers,
                t -> LearnedMentionExtractor.mentions(candidates.get(t), probabilities.get(t), m));
    }

    /**
     * The proposed-method threshold (grid 0.10 to 0.70, proposed-method F2), then, when {@code contributions} and
     * the model has a contribution classifier, its threshold and the paper-level bar together: the pair of best
     * proposed-method F2 among those that keep all-types partial F1 at least where it was without them, so that
     * proposed recall is not bought with other entities. Keep thresholds as in {@code typed}.
     */
    static LearnedModel tuneProposed(LearnedModel typed, List<AnnotatedText> papers,
                                     Function<LearnedModel, DevScores> score, boolean contributions) {
        LearnedModel base = typed.withContributionThreshold(LearnedModel.OFF)
                .withPaperProposedThreshold(LearnedModel.OFF);
        LearnedModel best = base;
        double bestP = -1;
        for (int i = 2; i <= 14; i++) {
            LearnedModel m = base.withProposedThreshold(i * 0.05);
            double f2 = score.apply(m).proposedF2();
            if (f2 > bestP + 1e-9) {
                bestP = f2;
                best = m;
            }
        }
        if (!contributions || !typed.hasContributionClassifier()) {
            return best;
        }
        LearnedModel start = best;
        double floor = score.apply(start).allPartialF1();
        for (int a = 4; a <= 10; a++) {
            for (int b = 2; b <= 10 && b < 2 * a; b++) {
                // a == 10, b == 10: off
                LearnedModel m = start.withContributionThreshold(a == 10 ? LearnedModel.OFF : a * 0.1)
                        .withPaperProposedThreshold(b == 10 ? LearnedModel.OFF : b * 0.05);
                DevScores d = score.apply(m);
                if (d.allPartialF1() >= floor - 1e-9 && d.proposedF2() > bestP + 1e-9) {
                    bestP = d.proposedF2();
                    best = m;
                }
            }
        }
        return best;
    }
}
