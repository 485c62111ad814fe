package org.paperkg.results;

/** Which way a metric improves. */
public enum Direction {
    /** Larger values are better (accuracy, BLEU). */
    HIGHER_IS_BETTER("HigherIsBetter"),
    /** Smaller values are better (error rate, FID). */
    LOWER_IS_BETTER("LowerIsBetter");

    private final String localName;

    Direction(String localName) {
        this.localName = localName;
    }

    /** Local name of the ontology individual, {@code pkg:HigherIsBetter} or {@code pkg:LowerIsBetter}. */
    public String localName() {
        return localName;
    }
}
