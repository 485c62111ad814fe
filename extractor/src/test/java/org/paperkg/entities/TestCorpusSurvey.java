package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The survey between the passes, through the resolver: evidence, ordinary words and modifiers, on invented text. */
class TestCorpusSurvey {

    private static PaperRecord paper(String key, String abs) {
        return new PaperRecord(key, "Paper " + key, abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Mention proposed(PaperRecord p, String text) {
        int start = p.fullText().indexOf(text);
        return new Mention(text, EntityType.METHOD, MentionRole.CONTRIBUTED, start, start + text.length(), "s",
                "cue:contribution+name:method", 0.8, null);
    }

    /** Learns, surveys and links every paper (the first with {@code first}'s mentions); the keys linked per paper. */
    private static List<Set<String>> build(List<PaperRecord> papers, List<Mention> first) {
        return build(papers, i -> i == 0 ? first : List.of());
    }

    /** The same with the mentions of paper {@code i} given by {@code mentions}. */
    private static List<Set<String>> build(List<PaperRecord> papers,
                                           java.util.function.IntFunction<List<Mention>> mentions) {
        CorpusEntityResolver r = new CorpusEntityResolver();
        for (int i = 0; i < papers.size(); i++) {
            r.learn(papers.get(i), mentions.apply(i));
        }
        for (int i = 0; i < papers.size(); i++) {
            r.survey(papers.get(i), mentions.apply(i));
        }
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            keys.add(r.links(papers.get(i), mentions.apply(i)).stream().map(PaperLink::entityKey)
                    .collect(Collectors.toSet()));
        }
        return keys;
    }

    private static List<PaperRecord> corpus(String first, String other, int others) {
        List<PaperRecord> papers = new ArrayList<>();
        papers.add(paper("p0", first));
        for (int i = 1; i <= others; i++) {
            papers.add(paper("p" + i, other));
        }
        return papers;
    }

    @Test
    void aNameTheRulesRarelyRecogniseInTheTextsThatContainItIsNotExtended() {
        List<PaperRecord> many = corpus("We propose the quantum gadget sorter.",
                "Work on quantum gadget sorter design is old.", 30);
        List<Set<String>> links = build(many, List.of(proposed(many.get(0), "quantum gadget sorter")));
        assertTrue(links.get(0).contains("quantum-gadget-sorter"));
        assertFalse(links.get(1).contains("quantum-gadget-sorter"), "1 rule paper of 31 is too few");

        List<PaperRecord> few = corpus("We propose the quantum gadget sorter.",
                "Work on quantum gadget sorter design is old.", 20);
        links = build(few, List.of(proposed(few.get(0), "quantum gadget sorter")));
        assertFalse(links.get(1).contains("quantum-gadget-sorter"),
                "a name written in lower case: 1 rule paper of 21 is too few");

        List<PaperRecord> shaped = corpus("We propose the Quantum GadgetSorter.",
                "Work on Quantum GadgetSorter design is old.", 20);
        links = build(shaped, List.of(proposed(shaped.get(0), "Quantum GadgetSorter")));
        assertTrue(links.get(1).contains("quantum-gadgetsorter"), "a name-shaped name: 1 rule paper of 21 is enough");

        List<PaperRecord> two = corpus("We propose the quantum gadget sorter.",
                "Work on quantum gadget sorter design is old.", 1);
        links = build(two, List.of(proposed(two.get(0), "quantum gadget sorter")));
        assertTrue(links.get(1).contains("quantum-gadget-sorter"), "lower case: 1 rule paper of 2 is enough");

        List<PaperRecord> three = corpus("We propose the quantum gadget sorter.",
                "Work on quantum gadget sorter design is old.", 2);
        links = build(three, List.of(proposed(three.get(0), "quantum gadget sorter")));
        assertFalse(links.get(1).contains("quantum-gadget-sorter"), "lower case: 1 rule paper of 3 is too few");
    }

    @Test
    void aPhraseOfWordsIsExtendedOnlyWhereTheExtractorKeptItInHalfItsPapers() {
        // capitalised like a title, never in lower case: still a phrase of words the extractor judged in each paper
        List<PaperRecord> titled = corpus("We propose the Quantum Gadget Sorter.",
                "Work on Quantum Gadget Sorter design is old.", 2);
        List<Set<String>> links = build(titled, List.of(proposed(titled.get(0), "Quantum Gadget Sorter")));
        assertFalse(links.get(1).contains("quantum-gadget-sorter"), "title case: 1 rule paper of 3 is too few");
        // words in lower case around an acronym are running text too
        List<PaperRecord> acronymed = corpus("We propose the quantum gadget AI.",
                "Work on quantum gadget AI design is old.", 2);
        links = build(acronymed, List.of(proposed(acronymed.get(0), "quantum gadget AI")));
        assertFalse(links.get(1).contains("quantum-gadget-ai"), "1 rule paper of 3 is too few");
        links = build(acronymed, i -> i < 2 ? List.of(proposed(acronymed.get(i), "quantum gadget AI")) : List.of());
        assertTrue(links.get(2).contains("quantum-gadget-ai"), "2 rule papers of 3 are enough");
    }

    @Test
    void tellsRunningTextFromNames() {
        assertTrue(CorpusSurvey.runningText("generative widget AI"));
        assertTrue(CorpusSurvey.runningText("3D widget sorting"));
        assertTrue(CorpusSurvey.runningText("the widget sorting"));
        assertFalse(CorpusSurvey.runningText("Widget Sorting"));
        assertFalse(CorpusSurvey.runningText("WSA"), "an acronym alone is no running text");
        assertFalse(CorpusSurvey.runningText("3D"));
    }

    @Test
    void anOrdinaryWordLinksOnlyWhereWrittenAsTheName() {
        List<PaperRecord> papers = new ArrayList<>(corpus("We propose Snap-Fit for gadgets.",
                "The joint is snap-fit and cheap.", 3));
        papers.add(paper("p4", "We compare with Snap-Fit on gadgets."));
        papers.add(paper("p5", "We build on Snap-Fit for widgets."));
        papers.add(paper("p6", "We extend Snap-Fit to gizmos."));
        papers.add(paper("p7", "We adapt Snap-Fit to levers."));
        // an ordinary word is extended only where the extractor kept it in 1 of 2 papers that have it: here 4 of 8
        List<Set<String>> links = build(papers, i -> i == 0 || i >= 5 ? List.of(proposed(papers.get(i), "Snap-Fit"))
                : List.of());
        assertTrue(links.get(0).contains("snap-fit"));
        assertFalse(links.get(1).contains("snap-fit"), "lower case in three papers: an ordinary word there");
        assertTrue(links.get(4).contains("snap-fit"), "written as the name");
    }

    @Test
    void aWordAlmostAlwaysFollowedByANounIsAModifierNotAName() {
        List<PaperRecord> papers = corpus("We propose Zorbic-Fast.", "A zorbic-fast pipeline sorts gadgets.", 12);
        List<Set<String>> links = build(papers, List.of(proposed(papers.get(0), "Zorbic-Fast")));
        for (Set<String> keys : links) {
            assertFalse(keys.contains("zorbic-fast"), keys.toString());
        }
    }

    @Test
    void tellsPhraseEndsFromModifiers() {
        assertTrue(CorpusSurvey.followedByContentWord("fast pipeline", 4));
        assertFalse(CorpusSurvey.followedByContentWord("fast and cheap", 4));
        assertFalse(CorpusSurvey.followedByContentWord("fast.", 4));
        assertFalse(CorpusSurvey.followedByContentWord("fast", 4));
        assertTrue(CorpusSurvey.followedByContentWord("Zorbic-Fast (ZF) pipelines", 11), "an acronym in brackets is skipped");
        assertFalse(CorpusSurvey.followedByContentWord("Zorbic-Fast (ZF) for gadgets", 11));
        assertEquals(25, CorpusSurvey.EVIDENCE_RATIO);
    }

    private static Mention used(PaperRecord p, String text, String acronym) {
        int start = p.fullText().indexOf(text);
        return new Mention(text, EntityType.METHOD, MentionRole.USED, start, start + text.length(), "s",
                acronym == null ? "learned" : "acronym", 0.8, acronym);
    }

    /** Papers naming "gizmo sorting" and "3D gizmo sorting", and {@code otherModifiers} papers of "N gizmo sorting". */
    private static List<Set<String>> shortFormCorpus(int otherModifiers) {
        List<PaperRecord> papers = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PaperRecord p = paper("s" + i, "Scenes are rendered via gizmo sorting (3DGS) in real time.");
            papers.add(p);
            mentions.add(List.of(used(p, "gizmo sorting", null)));
        }
        PaperRecord plain = paper("s2", "Gizmo sorting renders scenes.");
        papers.add(plain);
        mentions.add(List.of(used(plain, "Gizmo sorting", null)));
        for (int i = 0; i < 3; i++) {
            PaperRecord p = paper("l" + i, "We build on 3D gizmo sorting (3DGS) for scenes.");
            papers.add(p);
            mentions.add(List.of(used(p, "3D gizmo sorting", "3DGS")));
        }
        for (int i = 0; i < otherModifiers; i++) {
            PaperRecord p = paper("o" + i, "Work on fuzzy gizmo sorting is old.");
            papers.add(p);
            mentions.add(List.of());
        }
        return build(papers, mentions::get);
    }

    @Test
    void aLongerNameThatPapersAbbreviateLikeTheShorterOneIsTheSameThing() {
        List<PaperRecord> papers = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PaperRecord p = paper("w" + i, "Widget models (WMs) sort gadgets.");
            papers.add(p);
            mentions.add(List.of(used(p, "Widget models", "WMs")));
        }
        for (int i = 0; i < 3; i++) {
            PaperRecord p = paper("l" + i, "Large widget models (LWMs) sort gizmos.");
            papers.add(p);
            mentions.add(List.of(used(p, "Large widget models", "LWMs")));
        }
        for (int i = 0; i < 2; i++) {
            PaperRecord p = paper("x" + i, "Large widget models (WMs) sort levers.");
            papers.add(p);
            mentions.add(List.of(used(p, "Large widget models", "WMs")));
        }
        List<Set<String>> links = build(papers, mentions::get);
        assertEquals(1, links.get(0).size(), links.toString());
        assertEquals(links.get(0), links.get(4), "LWMs are the WMs their authors also call them");
        assertEquals(links.get(0), links.get(7));
        links = build(papers.subList(0, 7), mentions.subList(0, 7)::get);
        assertTrue(!links.get(0).equals(links.get(4)), "without that evidence two names: " + links);
    }

    @Test
    void aShortFormWrittenBeforeTheAcronymOfALongerOneIsThatOneWhereTheCorpusMostlyMeansIt() {
        List<Set<String>> links = shortFormCorpus(1);
        assertEquals(Set.of("3d-gizmo-sorting"), links.get(0), "two papers write 3DGS after gizmo sorting");
        assertEquals(Set.of("3d-gizmo-sorting"), links.get(2));
        links = shortFormCorpus(4);
        assertEquals(Set.of("gizmo-sorting"), links.get(0),
                "most of the modified uses are other kinds of gizmo sorting: the short form is no alias");
    }
}
