package org.paperkg.mentions.rules;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionRole;
import org.paperkg.mentions.Vocabulary;

/** Names from the user's vocabulary, longest first. */
final class VocabularyNames extends DraftRule {
    VocabularyNames(PaperDraft draft, Vocabulary vocabulary) {
        super(draft);
        this.vocabulary = vocabulary;
    }

    private final Vocabulary vocabulary;

    void vocabularyNames(Tok[] s) {
        int max = Math.min(8, vocabulary.maxWords());
        for (int i = 0; i < s.length; i++) {
            for (int n = Math.min(max, s.length - i); n >= 1; n--) {
                String phrase = text.substring(s[i].begin(), s[i + n - 1].end());
                EntityType t = vocabulary.typeOf(phrase);
                if (t != null) {
                    add(s, i, i + n, t, MentionRole.USED, "vocabulary", 0.9, null);
                    break;
                }
            }
        }
    }
}
