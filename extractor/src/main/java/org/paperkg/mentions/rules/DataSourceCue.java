package org.paperkg.mentions.rules;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionRole;

import static org.paperkg.mentions.rules.Chunks.*;

/** The cue "data from a/the X study": the source X is a dataset. */
final class DataSourceCue extends DraftRule {
    DataSourceCue(PaperDraft draft) {
        super(draft);
    }

    /** "data from a lung-function study", "records from the national X registry": the source is a dataset. */
    void dataSources(Tok[] s) {
        for (int i = 0; i + 3 < s.length; i++) {
            String w = s[i].lowerLemma();
            if (!(w.equals("datum") || w.equals("data") || w.equals("record") || w.equals("sample"))
                    || !s[i + 1].lower().equals("from")) {
                continue;
            }
            int k = i + 2;
            if (s[k].tag().equals("DT")) {
                k++;
            }
            int e = k;
            while (e < s.length && e - k < 6 && chunkable(s[e])) {
                e++;
            }
            while (e > k + 1 && Lexicon.DATA_SOURCES.contains(s[e - 1].lowerLemma())) {
                add(s, k, e, EntityType.DATASET, MentionRole.USED, "cue:data-from", 0.65, null);
                // "... from a lung study and a heart trial"
                if (e + 1 >= s.length || !(s[e].lower().equals("and") || s[e].lower().equals("or"))) {
                    break;
                }
                k = e + 1;
                if (k < s.length && s[k].tag().equals("DT")) {
                    k++;
                }
                e = k;
                while (e < s.length && e - k < 6 && chunkable(s[e])) {
                    e++;
                }
            }
        }
    }
}
