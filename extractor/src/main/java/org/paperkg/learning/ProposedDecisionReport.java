package org.paperkg.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The proposed-method part of the dev report: where each model loses the gold proposed methods of the dev papers
 * ({@link ProposedMisses}), proposed precision and method precision beside recall, and the ablation group
 * {@code proposed}: the model without the contribution decisions ({@link LearnedModel#contributionThreshold},
 * {@link LearnedModel#paperProposedThreshold}), tuned on all of dev and cross-fitted on its two halves, each
 * against the model with them.
 */
final class ProposedDecisionReport {

    private final List<AnnotatedText> dev;
    private final Map<AnnotatedText, PaperAnalyser.Analysis> analyses;
    private final DevTables tables;
    private final StringBuilder out = new StringBuilder();

    ProposedDecisionReport(List<AnnotatedText> dev, Map<AnnotatedText, PaperAnalyser.Analysis> analyses,
                           DevTables tables) {
        this.dev = dev;
        this.analyses = analyses;
        this.tables = tables;
    }

    /** Adds the miss table and the proposed precision of one model on all dev papers. */
    void misses(String name, LearnedModel model) {
        Map<AnnotatedText, List<Candidate>> candidates = candidates(model);
        ProposedMisses misses = new ProposedMisses();
        for (AnnotatedText t : dev) {
            misses.add(t, candidates.get(t), LearnedMentionExtractor.mentions(candidates.get(t), model));
        }
        DevScores s = ThresholdTuner.scorer(model, dev, candidates).apply(model);
        out.append(misses.render(String.format(Locale.ROOT, "Proposed methods of %s (proposed threshold %.2f%s; "
                        + "proposed precision %s, recall %s, method precision %s)", name, model.proposedThreshold(),
                contributionThresholds(model), s.proposedPrecision(), s.proposedRecall(), s.methodPrecision())));
    }

    /** The contribution decisions' thresholds as a report shows them (empty when both are off). */
    static String contributionThresholds(LearnedModel m) {
        return (m.contributionThreshold() > 1 ? "" : String.format(Locale.ROOT, ", contribution %.2f",
                m.contributionThreshold())) + (m.paperProposedThreshold() > 1 ? "" : String.format(Locale.ROOT,
                ", paper-level %.2f", m.paperProposedThreshold()));
    }

    /**
     * Rows without the contribution decisions: the proposed threshold re-tuned on dev with the keep thresholds as
     * they are, and both ways with every threshold cross-fitted on two halves of dev.
     */
    void ablation(LearnedModel model, boolean perType) {
        Map<AnnotatedText, List<Candidate>> candidates = candidates(model);
        Function<LearnedModel, DevScores> score = ThresholdTuner.scorer(model, dev, candidates);
        LearnedModel without = ThresholdTuner.tuneProposed(model, dev, score, false);
        tables.row(String.format(Locale.ROOT, "without the contribution decisions (proposed %.2f)",
                without.proposedThreshold()), t -> LearnedMentionExtractor.mentions(candidates.get(t), without));
        misses("this model without the contribution decisions", without);
        for (boolean contributions : new boolean[] {true, false}) {
            ModelTrainer.crossFittedRow((contributions ? "with" : "without") + " the contribution decisions, "
                    + "thresholds cross-fitted (two folds)", model, perType, contributions, dev, analyses, tables);
        }
    }

    private Map<AnnotatedText, List<Candidate>> candidates(LearnedModel model) {
        Map<AnnotatedText, List<Candidate>> candidates = new HashMap<>();
        dev.forEach(t -> candidates.put(t, ModelTrainer.withPrior(analyses.get(t).candidates(), model.prior())));
        return candidates;
    }

    /** The miss tables in Markdown. */
    String render() {
        return out.toString();
    }
}
