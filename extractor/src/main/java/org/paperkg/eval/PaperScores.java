package org.paperkg.eval;

import java.util.Map;

import org.paperkg.mentions.EntityType;

/**
 * One gold paper's counts, kept so that figures can be resampled over papers (bootstrap confidence intervals).
 *
 * @param exact           per type, exact matching
 * @param partial         per type, partial matching
 * @param proposedPartial gold proposed methods against predicted proposed methods, partial matching
 */
public record PaperScores(Map<EntityType, Scores> exact, Map<EntityType, Scores> partial, Scores proposedPartial) {

    public PaperScores {
        exact = Map.copyOf(exact);
        partial = Map.copyOf(partial);
    }

    /** Exact counts over all types. */
    public Scores exactAll() {
        return exact.values().stream().reduce(Scores.ZERO, Scores::plus);
    }

    /** Partial counts over all types. */
    public Scores partialAll() {
        return partial.values().stream().reduce(Scores.ZERO, Scores::plus);
    }
}
