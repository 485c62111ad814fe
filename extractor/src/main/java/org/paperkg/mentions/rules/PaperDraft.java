package org.paperkg.mentions.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.paperkg.mentions.Mention;

/** One paper's tokens and the mentions the rules have found so far; not shared between threads. */
final class PaperDraft {
    final String text;
    final List<Tok[]> sentences;
    /** Character offset where the title ends; -1 when there is no title. */
    final int titleEnd;
    final List<Mention> out = new ArrayList<>();
    /** Acronym (exact case) to its defining long-form mention, learnt in this paper. */
    final Map<String, Mention> acronyms = new HashMap<>();

    PaperDraft(String text, List<Tok[]> sentences, int titleEnd) {
        this.text = text;
        this.sentences = sentences;
        this.titleEnd = titleEnd;
    }
}
