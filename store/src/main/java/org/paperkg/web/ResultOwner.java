package org.paperkg.web;

/**
 * Whose score a result is, as the pages write it: the method's name, a baseline marked so, or, for the paper's own
 * score whose method the abstract does not name (no {@code pkg:forMethod}), words that say so rather than a blank.
 *
 * @param method   the method's label, or empty
 * @param baseline true when the score is another method's ({@code pkg:isBaseline})
 */
public record ResultOwner(String method, boolean baseline) {

    /** What the pages write for the paper's own score of a method the abstract gives no name. */
    public static final String UNNAMED = "the paper's (not named)";

    public ResultOwner {
        method = method == null ? "" : method;
    }

    /** Whether the abstract gives the method no name. */
    public boolean unnamed() {
        return method.isBlank();
    }

    /** The cell's text. */
    public String text() {
        if (unnamed()) {
            return baseline ? "a baseline (not named)" : UNNAMED;
        }
        return baseline ? method + " (baseline)" : method;
    }
}
