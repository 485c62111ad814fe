package org.paperkg.mentions.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/** Drops weak candidates unless repeated, contributed or in the title. */
final class WeakMentionFilter extends DraftRule {
    WeakMentionFilter(PaperDraft draft) {
        super(draft);
    }

    /** Weak candidates stay only when repeated, contributed, or named in a typed context. */
    void filterWeak() {
        Map<String, Integer> counts = new HashMap<>();
        String lowerText = text.toLowerCase(Locale.ROOT);
        List<Mention> kept = new ArrayList<>();
        for (Mention m : out) {
            if (GenericPhrases.versionLabel(m.text())) {
                continue; // "(v1 and v2)" after a dataset name: versions of it, never names
            }
            if (GenericPhrases.modifierOnly(m.text())) {
                continue; // "state-of-the art", "pre trained": a modifier however it is hyphenated, never a name
            }
            String r = m.rule();
            boolean weak = r.endsWith("-weak") || r.endsWith("undefined-acronym") || r.endsWith("capitalised");
            if (!weak || m.role() == MentionRole.CONTRIBUTED || m.charEnd() <= titleEnd) {
                kept.add(m);
                continue;
            }
            String key = m.text().toLowerCase(Locale.ROOT);
            int n = counts.computeIfAbsent(key, k -> occurrences(lowerText, k));
            if (!r.endsWith("undefined-acronym") && n >= 2) {
                kept.add(m);
            }
        }
        out.clear();
        out.addAll(kept);
    }

    static int occurrences(String text, String needle) {
        int n = 0;
        int i = text.indexOf(needle);
        while (i >= 0) {
            n++;
            i = text.indexOf(needle, i + needle.length());
        }
        return n;
    }
}
