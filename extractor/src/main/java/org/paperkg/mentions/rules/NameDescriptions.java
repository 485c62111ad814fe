package org.paperkg.mentions.rules;

import java.util.Locale;
import java.util.Set;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * Ties a name to the phrase that describes it, so the paper has one entity, not two: "we present Zorp, a graph-based
 * relay network" and the title "Zorp: Graph-Based Relay Networks for X". The descriptive phrase becomes the long form
 * and the name its short form, as for an acronym definition.
 */
final class NameDescriptions extends DraftRule {

    /** Class nouns between the apposition's article and the description: "Zorp, a family of small widget models". */
    private static final Set<String> CLASS_OF = Set.of("family", "suite", "series", "set", "collection", "class",
            "kind", "type", "of");

    NameDescriptions(PaperDraft draft) {
        super(draft);
    }

    void tie() {
        for (int a = 0; a < out.size(); a++) {
            Mention name = out.get(a);
            if (!namedShort(name)) {
                continue;
            }
            for (int b = 0; b < out.size(); b++) {
                Mention desc = out.get(b);
                if (desc.type() != EntityType.METHOD || desc.acronym() != null || desc.charStart() < name.charEnd()
                        || desc.text().indexOf(' ') < 0 || definedElsewhere(desc)
                        || name.text().toLowerCase(Locale.ROOT).contains(desc.text().toLowerCase(Locale.ROOT))) {
                    // a one-word name is no description; "WidgetGNN: GNN for X" builds on the GNN
                    continue;
                }
                boolean family = false;
                String between = text.substring(name.charEnd(), desc.charStart());
                if (!describes(between, name.charEnd() <= titleEnd && desc.charStart() <= titleEnd)) {
                    continue;
                }
                for (String w : between.toLowerCase(Locale.ROOT).split("[\\s,:]+")) {
                    family |= CLASS_OF.contains(w) && !w.equals("of");
                }
                if (name.type() != EntityType.METHOD && !family) {
                    continue;
                }
                out.set(b, new Mention(desc.text(), desc.type(), desc.role(), desc.charStart(), desc.charEnd(),
                        desc.evidence(), desc.rule(), desc.confidence(), name.text()));
                if (name.type() != EntityType.METHOD) {
                    // "Zorp, a suite of small widget models": the suite is of models, so Zorp is one
                    retype(name.text());
                }
                break;
            }
        }
    }

    /** A one-word name that may stand for a description: capitals, no long form of its own, not a task. */
    private boolean namedShort(Mention m) {
        if (m.type() == EntityType.TASK || m.acronym() != null || acronyms.containsKey(m.text())) {
            return false;
        }
        String t = m.text();
        return t.indexOf(' ') < 0 && t.length() >= 3 && !t.equals(t.toLowerCase(Locale.ROOT))
                && !Lexicon.NAME_STOPWORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The description is already the long form of a defined acronym. */
    private boolean definedElsewhere(Mention desc) {
        for (Mention m : acronyms.values()) {
            if (m.text().equalsIgnoreCase(desc.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What lies between a name and its description: ", a/an" and modifiers the phrase rules drop (", a novel
     * lightweight"), optionally a class noun with "of"; in the title, the colon after the name.
     */
    private static boolean describes(String between, boolean inTitle) {
        String b = between.strip().toLowerCase(Locale.ROOT);
        if (inTitle && b.startsWith(":")) {
            b = b.substring(1).strip();
            if (b.isEmpty()) {
                return true;
            }
        } else if (b.startsWith(",")) {
            b = b.substring(1).strip();
            if (!(b.startsWith("a ") || b.startsWith("an "))) {
                return false;
            }
        } else {
            return false;
        }
        for (String w : b.split("\\s+")) {
            if (!(Lexicon.DROP_MODIFIERS.contains(w) || CLASS_OF.contains(w))) {
                return false;
            }
        }
        return true;
    }

    private void retype(String name) {
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.text().equals(name) && m.type() == EntityType.DATASET) {
                out.set(k, new Mention(m.text(), EntityType.METHOD, m.role(), m.charStart(), m.charEnd(),
                        m.evidence(), m.rule(), m.confidence(), m.acronym()));
            }
        }
    }
}
