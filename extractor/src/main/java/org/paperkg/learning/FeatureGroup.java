package org.paperkg.learning;

/** The feature families, told apart by the prefix of a feature's name; ablations drop whole families. */
public enum FeatureGroup {
    /** Which rules proposed the span, their type and role guesses ({@code r:}). */
    RULES("r:", "rule features"),
    /** Shape, head word, position and context words of the span ({@code s:}). */
    SPAN("s:", "span features"),
    /** Corpus statistics of the span's words ({@code c:}). */
    CORPUS("c:", "corpus features"),
    /** How the paper uses the span's text anywhere: in the title, with "we propose", before "dataset" ({@code d:}). */
    DOCUMENT("d:", "document features"),
    /** Distributional classes of the head, first and neighbouring words ({@code w:}). */
    WORD_CLASSES("w:", "word classes"),
    /** Pairs: the span's shape with its left and right word, the head's shape with the right word ({@code x:}). */
    CONJUNCTIONS("x:", "conjunctions"),
    /** How the annotators named the candidate's text in other training papers ({@code p:}, {@link NamePrior}). */
    PRIOR("p:", "name prior"),
    /** What the span is the object of, whether it is called a task, the kind of its head word ({@code t:}). */
    TASK_CUES("t:", "task cues"),
    /** Where the text stands when the paper states its contribution ({@code k:}, {@link ContributionFeatures}). */
    CONTRIBUTION("k:", "contribution features");

    private final String prefix;
    private final String description;

    FeatureGroup(String prefix, String description) {
        this.prefix = prefix;
        this.description = description;
    }

    /** What the family is called in reports ("corpus features"). */
    public String description() {
        return description;
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
