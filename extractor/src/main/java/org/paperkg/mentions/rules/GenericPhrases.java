package org.paperkg.mentions.rules;

import java.util.Locale;
import java.util.Set;

/** Filters for phrases too generic to be entities ("deep learning", "the proposed method"). */
final class GenericPhrases {
    private GenericPhrases() {
    }

    static final Set<String> FIELD_MODIFIERS = Set.of("deep", "machine",
            "statistical", "supervised", "unsupervised", "representation", "modern", "classical");

    /** Generic method nouns that, as modifiers, add nothing: "model architectures", "network approaches". */
    static final Set<String> GENERIC_NOUN_MODIFIERS = Set.of("model", "network", "architecture", "method",
            "algorithm", "approach", "framework", "system");

    /** Nouns too vague to be heads that still name what a task works on ("code generation", "time series"). */
    static final Set<String> OBJECT_NOUNS = Set.of("code", "time", "series", "feature", "label", "signal",
            "structure", "sequence", "question");

    static boolean allGenericOrVague(Tok[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s[k].lower();
            if (!Lexicon.GENERIC.contains(s[k].lowerLemma()) && !Lexicon.DROP_MODIFIERS.contains(w)
                    && !Lexicon.BAD_HEADS.contains(s[k].lowerLemma())
                    || k < to - 1 && to - from >= 2 && OBJECT_NOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase that is only a dropped modifier, however hyphenated or spaced ("state-of-the art", "State of the
     * Art", "pre trained"): never a name, and the corpus pass would otherwise find it in thousands of abstracts.
     */
    static boolean modifierOnly(String text) {
        String folded = text.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+", "-");
        return Lexicon.DROP_MODIFIERS.contains(folded);
    }

    /** A bare version label ("v2", "V1.5"): never a name on its own. */
    static boolean versionLabel(String text) {
        return text.matches("[vV]\\d+(\\.\\d+)*");
    }
}
