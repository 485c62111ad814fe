package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/** Fields of study and generic heads told from names by how the corpus uses them, on invented text. */
class TestPhraseContexts {

    private static PaperRecord paper(String key, String abs) {
        return new PaperRecord(key, "Paper " + key, abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Mention used(PaperRecord p, String text, EntityType type, MentionRole role) {
        int start = p.fullText().indexOf(text);
        return new Mention(text, type, role, start, start + text.length(), "s", "learned", 0.6, null);
    }

    /** Learns, surveys and links every paper; each paper's mentions are those of {@code names} its text contains. */
    private static List<Set<String>> build(List<PaperRecord> papers, EntityType type, MentionRole role,
                                           String... names) {
        CorpusEntityResolver r = new CorpusEntityResolver();
        List<List<Mention>> mentions = new ArrayList<>();
        for (PaperRecord p : papers) {
            List<Mention> ms = new ArrayList<>();
            for (String n : names) {
                if (p.fullText().contains(n)) {
                    ms.add(used(p, n, type, role));
                }
            }
            mentions.add(ms);
            r.learn(p, ms);
        }
        for (int i = 0; i < papers.size(); i++) {
            r.survey(papers.get(i), mentions.get(i));
        }
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            keys.add(r.links(papers.get(i), mentions.get(i)).stream().map(PaperLink::entityKey)
                    .collect(Collectors.toSet()));
        }
        return keys;
    }

    private static List<PaperRecord> papers(String... texts) {
        List<PaperRecord> papers = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            papers.add(paper("p" + i, texts[i]));
        }
        return papers;
    }

    @Test
    void aPhraseTheCorpusUsesAsAFieldIsNoEntity() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            texts.add("Progress in gizmo science. The gizmo science community lacks data.");
        }
        texts.add("We apply gizmo science to sort widgets.");
        for (int i = 0; i < 6; i++) {
            texts.add("We apply widget hashing to sort gadgets. Widget hashing is fast.");
        }
        List<Set<String>> links = build(papers(texts.toArray(String[]::new)), EntityType.METHOD, MentionRole.USED,
                "gizmo science", "widget hashing");
        for (Set<String> keys : links) {
            assertFalse(keys.contains("gizmo-science"), keys.toString());
        }
        assertTrue(links.get(7).contains("widget-hashing"), "used as a method in its papers");
    }

    @Test
    void aFieldStaysWhereAPaperContributesItOrWritesItAsAName() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add("Progress in gizmo science. We build on GIZMO-Science.");
        }
        List<Set<String>> asName = build(papers(texts.toArray(String[]::new)), EntityType.METHOD, MentionRole.USED,
                "GIZMO-Science");
        assertTrue(asName.get(0).contains("gizmo-science"), "the label has the shape of a name");
        List<Set<String>> own = build(papers(texts.toArray(String[]::new)), EntityType.METHOD,
                MentionRole.CONTRIBUTED, "gizmo science");
        assertTrue(own.get(0).contains("gizmo-science"), "the paper's own contribution");
    }

    @Test
    void aSingleWordTheCorpusWritesWithModifiersIsNoEntity() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            texts.add("We study widget sorting and gadget sorting. Sorting is hard. Blob sorting and fuzzy sorting too.");
        }
        List<Set<String>> links = build(papers(texts.toArray(String[]::new)), EntityType.TASK, MentionRole.USED,
                "Sorting", "widget sorting");
        assertFalse(links.get(0).contains("sorting"), links.get(0).toString());
        assertTrue(links.get(0).contains("widget-sorting"));

        texts.clear();
        for (int i = 0; i < 8; i++) {
            texts.add("Sorting is hard. We study sorting of widgets and fast sorting.");
        }
        links = build(papers(texts.toArray(String[]::new)), EntityType.TASK, MentionRole.USED, "Sorting");
        assertTrue(links.get(0).contains("sorting"), "mostly written alone");
    }

    @Test
    void tellsFieldUsesFromOtherUses() {
        assertTrue(PhraseContexts.fieldUse("advances in gizmo science. We", 12, 25));
        assertTrue(PhraseContexts.fieldUse("in gizmo science and beyond", 3, 16));
        assertTrue(PhraseContexts.fieldUse("the gizmo science community", 4, 17));
        assertTrue(PhraseContexts.fieldUse("gizmo science-based tools", 0, 13));
        assertTrue(PhraseContexts.fieldUse("gizmo science techniques", 0, 13));
        assertTrue(PhraseContexts.fieldUse("the gizmo science (GS) community", 4, 17), "its acronym skipped");
        assertTrue(PhraseContexts.fieldUse("advances in gizmo science (GS), and", 12, 25));
        assertFalse(PhraseContexts.fieldUse("we apply gizmo science to widgets", 9, 22));
        assertFalse(PhraseContexts.fieldUse("gains in widget sorting accuracy", 9, 23));
        assertEquals("widget", PhraseContexts.wordBefore("a widget sorting", 9));
        assertNull(PhraseContexts.wordBefore("widgets, sorting", 9));
        assertEquals("community", PhraseContexts.wordAfter("science community", 7));
        assertNull(PhraseContexts.wordAfter("science.", 7));
    }

    @Test
    void tellsIntroducedInstancesFromReferences() {
        assertTrue(PhraseContexts.introduced("We propose a two-step gizmo framework", 13));
        assertTrue(PhraseContexts.introduced("We propose a novel two-step gizmo framework", 19), "past evaluative words");
        assertTrue(PhraseContexts.introduced("Our simple gizmo framework", 11));
        assertFalse(PhraseContexts.introduced("We extend the gizmo framework", 14));
        assertFalse(PhraseContexts.introduced("We extend gizmo frameworks", 10));
        assertFalse(PhraseContexts.introduced("Unlike prior gizmo frameworks", 13), "no article before the evaluative word");
    }

    @Test
    void aStructurePhraseMostlyIntroducedAsAnInstanceIsADescription() {
        PhraseContexts c = new PhraseContexts();
        String text = "We propose a two-step gizmo framework.";
        int start = text.indexOf("two-step");
        for (int i = 0; i < 5; i++) {
            c.occurrence("two-step-gizmo-framework", text, start, text.length() - 1);
            // the scan hands the span with its article too: it does not dilute the share
            c.occurrence("two-step-gizmo-framework", text, start - 2, text.length() - 1);
        }
        assertTrue(c.description("two-step-gizmo-framework"));
        String referred = "We extend gizmo models to widgets.";
        for (int i = 0; i < 5; i++) {
            c.occurrence("gizmo-model", referred, 10, 22);
        }
        assertFalse(c.description("gizmo-model"), "referred to, not introduced");
    }
}
