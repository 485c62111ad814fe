package org.paperkg.eval;

/**
 * Counts of a precision/recall evaluation and the figures derived from them.
 *
 * @param truePositives predicted items matched to gold (for precision)
 * @param predicted     predicted items
 * @param goldMatched   gold items matched by a prediction (for recall)
 * @param gold          gold items
 */
public record Scores(int truePositives, int predicted, int goldMatched, int gold) {

    /** No counts. */
    public static final Scores ZERO = new Scores(0, 0, 0, 0);

    /** Sum of two count sets. */
    public Scores plus(Scores o) {
        return new Scores(truePositives + o.truePositives, predicted + o.predicted, goldMatched + o.goldMatched,
                gold + o.gold);
    }

    /** Matched predictions over predictions (0 when nothing was predicted). */
    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /** Matched gold over gold (0 when there is no gold). */
    public double recall() {
        return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
