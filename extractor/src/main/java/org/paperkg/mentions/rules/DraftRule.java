package org.paperkg.mentions.rules;

import java.util.List;
import java.util.Map;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/** Base of the rules that read and add to one paper's draft: spans, evidence and adding a mention. */
abstract class DraftRule {
    protected final PaperDraft draft;
    protected final String text;
    protected final List<Tok[]> sentences;
    protected final int titleEnd;
    protected final List<Mention> out;
    protected final Map<String, Mention> acronyms;

    DraftRule(PaperDraft draft) {
        this.draft = draft;
        this.text = draft.text;
        this.sentences = draft.sentences;
        this.titleEnd = draft.titleEnd;
        this.out = draft.out;
        this.acronyms = draft.acronyms;
    }

    protected String evidence(Tok[] s) {
        return text.substring(s[0].begin(), s[s.length - 1].end());
    }

    protected String span(Tok[] s, int from, int to) {
        return text.substring(s[from].begin(), s[to - 1].end());
    }

    protected void add(Tok[] s, int from, int to, EntityType type, MentionRole role, String rule, double conf,
                       String acronym) {
        if (from >= to) {
            return;
        }
        String t = span(s, from, to);
        out.add(new Mention(t, type, role, s[from].begin(), s[to - 1].end(), evidence(s), rule, conf, acronym));
    }
}
