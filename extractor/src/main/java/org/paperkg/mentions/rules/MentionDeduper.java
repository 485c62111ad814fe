package org.paperkg.mentions.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/** Text order; drops duplicate spans and spans nested in a longer span of the same type. */
final class MentionDeduper extends DraftRule {
    MentionDeduper(PaperDraft draft) {
        super(draft);
    }

    /** Text order; a span nested inside a longer span of the same type from the same rule family is dropped. */
    List<Mention> dedupe() {
        out.sort(Comparator.comparingInt(Mention::charStart).thenComparing(m -> -m.charEnd())
                .thenComparing(m -> m.type().ordinal()).thenComparing(m -> -m.confidence()));
        List<Mention> result = new ArrayList<>();
        for (Mention m : out) {
            boolean drop = false;
            for (Mention r : result) {
                if (m.type() == EntityType.TASK && r.type() == EntityType.METHOD && r.rule().endsWith("acronym")
                        && r.charStart() == m.charStart() && r.charEnd() >= m.charEnd()) {
                    drop = true; // "Reasoning Optimization" inside the method "Reasoning Optimization with X (ROX)"
                }
                if (r.type() == m.type() && r.charStart() <= m.charStart() && r.charEnd() >= m.charEnd()
                        && !(r.charStart() == m.charStart() && r.charEnd() == m.charEnd()
                        && !r.rule().equals(m.rule()) && false)) {
                    if (r.charStart() == m.charStart() && r.charEnd() == m.charEnd()) {
                        drop = true; // duplicate span
                    } else if (!m.rule().startsWith("acronym") && !r.rule().equals("coordination")) {
                        drop = true;
                    }
                }
            }
            if (!drop) {
                result.add(m);
            }
        }
        return result;
    }
}
