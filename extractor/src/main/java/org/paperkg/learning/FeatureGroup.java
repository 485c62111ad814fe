package org.paperkg.learning;

/** The feature families, told apart by the prefix of a feature's name; ablations drop whole families. */
public enum FeatureGroup {
    /** Which rules proposed the span, their type and role guesses ({@code r:}). */
    RULES("r:"),
    /** Shape, head word, position and context words of the span ({@code s:}). */
    SPAN("s:"),
    /** Corpus statistics of the span's words ({@code c:}). */
    CORPUS("c:");

    private final String prefix;

    FeatureGroup(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of this family's feature names. */
    public String prefix() {
        return prefix;
    }

    /** The family of a feature name. */
    public static FeatureGroup of(String feature) {
        for (FeatureGroup g : values()) {
            if (feature.startsWith(g.prefix)) {
                return g;
            }
        }
        throw new IllegalArgumentException("feature without a family prefix: " + feature);
    }
}
