package org.paperkg.mentions.rules;

import java.util.Locale;

import static org.paperkg.mentions.rules.NameShapes.*;

/** One token with what the rules need: word, POS tag, lemma, character offsets, whether it is in the title. */
record Tok(String word, String tag, String lemma, int begin, int end, boolean inTitle) {
    String lower() {
        return word.toLowerCase(Locale.ROOT);
    }

    String lowerLemma() {
        return lemma.toLowerCase(Locale.ROOT);
    }

    boolean noun() {
        return tag.startsWith("NN");
    }

    /** Looks like a name: inner capitals, digits with letters, or an all-capital word of 2+ letters. */
    boolean nameLike() {
        return NameShapes.nameLikeWord(word) || !inTitle && NameShapes.hyphenCapital(word);
    }
}
