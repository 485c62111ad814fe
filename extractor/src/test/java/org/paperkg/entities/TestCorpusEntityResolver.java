package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

class TestCorpusEntityResolver {

    private static PaperRecord paper(String key, String title, String abs) {
        return new PaperRecord(key, title, abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Mention m(PaperRecord p, String text, EntityType type, MentionRole role, String rule, String acr) {
        int start = p.fullText().indexOf(text);
        return new Mention(text, type, role, start, start + text.length(), "s", rule, 0.8, acr);
    }

    private final PaperRecord a = paper("a", "Folded attention for widget ranking",
            "We propose folded attention networks (FANs). FANs rank widgets.");
    private final PaperRecord b = paper("b", "Widget ranking revisited",
            "We compare FANs with folded attention networks and gradient boosting.");

    private Map<PaperRecord, List<Mention>> mentions() {
        return Map.of(
                a, List.of(m(a, "folded attention networks", EntityType.METHOD, MentionRole.CONTRIBUTED, "acronym", "FANs"),
                        m(a, "FANs", EntityType.METHOD, MentionRole.USED, "acronym", null),
                        m(a, "widget ranking", EntityType.TASK, MentionRole.USED, "head:task", null)),
                b, List.of(m(b, "FANs", EntityType.METHOD, MentionRole.USED, "name:method", null),
                        m(b, "gradient boosting", EntityType.METHOD, MentionRole.USED, "head:method", null)));
    }

    private List<List<PaperLink>> run(List<PaperRecord> order, CorpusEntityResolver r) {
        Map<PaperRecord, List<Mention>> ms = mentions();
        order.forEach(p -> r.learn(p, ms.get(p)));
        List<List<PaperLink>> out = new ArrayList<>();
        for (PaperRecord p : List.of(a, b)) {
            out.add(r.links(p, ms.get(p)));
        }
        return out;
    }

    @Test
    void mergesAcronymsAndMarksRoles() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        List<List<PaperLink>> links = run(List.of(a, b), r);
        List<PaperLink> la = links.get(0);
        assertEquals(2, la.size(), la.toString());
        PaperLink method = la.stream().filter(l -> l.relation().type() == EntityType.METHOD).findFirst().orElseThrow();
        assertEquals(Relation.PROPOSES_METHOD, method.relation());
        assertEquals("folded-attention-network", method.entityKey());
        assertEquals("folded attention networks", method.entityLabel());
        // paper b only says "FANs": resolved to the long form learnt from paper a; plain use
        List<String> keysB = links.get(1).stream().map(PaperLink::entityKey).sorted().toList();
        assertEquals(List.of("folded-attention-network", "gradient-boosting", "widget-ranking"), keysB);
        assertTrue(links.get(1).stream().anyMatch(l -> l.rule().equals("corpus")),
                "the task of paper a is recognised in paper b by the corpus-level pass");
        Entity fan = r.entities().stream().filter(e -> e.key().equals("folded-attention-network")).findFirst()
                .orElseThrow();
        assertEquals(2, fan.support());
        assertTrue(fan.altLabels().contains("FANs"));
        assertTrue(r.aliasesIn(a, mentions().get(a)).get("method/folded-attention-network").contains("FANs"));
    }

    @Test
    void sameOutputInAnyOrder() {
        List<List<PaperLink>> first = run(List.of(a, b), new CorpusEntityResolver());
        List<PaperRecord> reversed = new ArrayList<>(List.of(a, b));
        Collections.reverse(reversed);
        List<List<PaperLink>> second = run(reversed, new CorpusEntityResolver());
        assertEquals(first, second);
    }

    @Test
    void nestedNamesMergeWithinAPaper() {
        PaperRecord p = paper("c", "Gizmo", "We use sparse gizmo models and linear sparse gizmo models and the Quill model.");
        List<Mention> ms = List.of(
                m(p, "sparse gizmo models", EntityType.METHOD, MentionRole.USED, "head:method", null),
                m(p, "linear sparse gizmo models", EntityType.METHOD, MentionRole.USED, "head:method", null),
                m(p, "Quill model", EntityType.METHOD, MentionRole.USED, "head:method", null),
                new Mention("Quill", EntityType.METHOD, MentionRole.USED, p.fullText().indexOf("Quill"),
                        p.fullText().indexOf("Quill") + 5, "s", "name:method", 0.6, null));
        CorpusEntityResolver r = new CorpusEntityResolver();
        r.learn(p, ms);
        assertEquals(List.of("quill", "sparse-gizmo-model"),
                r.links(p, ms).stream().map(PaperLink::entityKey).sorted().collect(Collectors.toList()));
    }

    /** A resolver that learnt only {@code p}. */
    private static CorpusEntityResolver learntAlone(PaperRecord p, List<Mention> ms) {
        CorpusEntityResolver r = new CorpusEntityResolver();
        r.learn(p, ms);
        return r;
    }

    private static List<Mention> learnedMethods(PaperRecord p, String... texts) {
        List<Mention> ms = new ArrayList<>();
        for (String t : texts) {
            ms.add(m(p, t, EntityType.METHOD, MentionRole.USED, "learned", null));
        }
        return ms;
    }

    @Test
    void aGenericKindLeftAloneIsNoEntity() {
        PaperRecord p = paper("k", "Unified Models for widget ranking",
                "We rank widgets with pre-trained models and a Quill model.");
        List<Mention> ms = learnedMethods(p, "Unified Models", "pre-trained models", "Quill model");
        CorpusEntityResolver r = learntAlone(p, ms);
        assertEquals(List.of("quill-model"), r.links(p, ms).stream().map(PaperLink::entityKey).toList(),
                "\"models\" without its evaluative word names no method");
    }

    @Test
    void aPhraseMergedIntoANameIsNoAliasOfIt() {
        PaperRecord p = paper("g", "Gizmo rovers using sparse widget splatting",
                "We study sparse widget splatting on rovers. Sparse widget splatting models are fast.");
        List<Mention> ms = learnedMethods(p, "Gizmo rovers using sparse widget splatting", "sparse widget splatting",
                "Sparse widget splatting models");
        CorpusEntityResolver r = learntAlone(p, ms);
        assertEquals(List.of("sparse-widget-splatting"), r.links(p, ms).stream().map(PaperLink::entityKey).toList());
        Entity e = r.entities().stream().filter(x -> x.key().equals("sparse-widget-splatting")).findFirst().orElseThrow();
        Set<String> names = new TreeSet<>(e.altLabels());
        names.add(e.prefLabel());
        assertEquals(Set.of("Sparse widget splatting models", "sparse widget splatting"), names,
                "the title's clause is no name of the method; a generic tail is");
        assertTrue(r.aliasesIn(p, ms).get("method/sparse-widget-splatting").stream().noneMatch(n -> n.contains("using")));
    }

    /**
     * A corpus of {@code papers} papers naming the method {@code shared} (in {@code alone}), the first {@code both}
     * also naming {@code other} (in {@code together}); the papers and their mentions, learnt by {@code r}.
     */
    private static List<Map.Entry<PaperRecord, List<Mention>>> twoNames(CorpusEntityResolver r, int papers, int both,
            String shared, String other, String together, String alone) {
        List<Map.Entry<PaperRecord, List<Mention>>> corpus = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            PaperRecord p = paper("p" + i, "Paper " + i, i < both ? together : alone);
            List<Mention> ms = i < both ? learnedMethods(p, shared, other) : learnedMethods(p, shared);
            r.learn(p, ms);
            corpus.add(Map.entry(p, ms));
        }
        return corpus;
    }

    private static List<String> linkedKeys(CorpusEntityResolver r, Map.Entry<PaperRecord, List<Mention>> paper) {
        return r.links(paper.getKey(), paper.getValue()).stream().map(PaperLink::entityKey).sorted().toList();
    }

    @Test
    void aShortFormFoundMostlyBesideTheLongerNameIsThatName() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        var corpus = twoNames(r, 6, 3, "Widget splat rendering", "widget splats",
                "Widget splat rendering draws scenes as widget splats.", "Widget splat rendering draws scenes fast.");
        assertEquals(List.of("widget-splat-rendering"), linkedKeys(r, corpus.get(0)),
                "the short form, named beside the longer name in all its papers, is that name");
    }

    @Test
    void aMoreCommonShorterNameStaysApart() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        var corpus = twoNames(r, 8, 3, "Gizmo processes", "gizmo process regression",
                "Gizmo processes and gizmo process regression fit curves.", "Gizmo processes fit curves.");
        assertEquals(List.of("gizmo-process", "gizmo-process-regression"), linkedKeys(r, corpus.get(0)),
                "most papers of the shorter name do not name the longer one: two methods");
    }

    @Test
    void aDescriptionIsEachPapersOwnEntity() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        var corpus = twoNames(r, 5, 5, "two-stage gizmo framework", "Quill models",
                "We propose a two-stage gizmo framework. Quill models rank widgets; our two-stage gizmo framework is fast.",
                "unused");
        corpus.forEach(p -> r.survey(p.getKey(), p.getValue()));
        List<String> first = linkedKeys(r, corpus.get(0));
        List<String> second = linkedKeys(r, corpus.get(1));
        assertEquals(List.of("quill-model", "two-stage-gizmo-framework.p0"), first,
                "a framework every paper introduces as its own (\"a\", \"our\") is that paper's");
        assertEquals(List.of("quill-model", "two-stage-gizmo-framework.p1"), second);
        Entity own = r.entities().stream().filter(e -> e.key().equals("two-stage-gizmo-framework.p0")).findFirst()
                .orElseThrow();
        assertEquals("two-stage gizmo framework", own.prefLabel());
        assertEquals(1, own.support());
        assertEquals(own, r.entity(EntityType.METHOD, "two-stage-gizmo-framework.p0", 1),
                "a cluster's count finds the same entity");
    }

    @Test
    void weaklyTypedNameTakesTheTypeMostPapersGiveIt() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        List<PaperRecord> typed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PaperRecord p = paper("t" + i, "Paper " + i, "We evaluate on the Gizmoset dataset.");
            typed.add(p);
            r.learn(p, List.of(m(p, "Gizmoset", EntityType.DATASET, MentionRole.USED, "head:dataset", null)));
        }
        PaperRecord weak = paper("w", "Another paper", "Gizmoset is hard for rankers.");
        List<Mention> ms = List.of(m(weak, "Gizmoset", EntityType.METHOD, MentionRole.USED, "name:method", null));
        r.learn(weak, ms);
        List<PaperLink> links = r.links(weak, ms);
        assertEquals(1, links.size(), links.toString());
        assertEquals(Relation.USES_DATASET, links.get(0).relation(), links.toString());
        assertEquals("gizmoset", links.get(0).entityKey());
    }

    @Test
    void aDatasetKnownByItsAcronymIsLabelledWithIt() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        PaperRecord defining = paper("d", "Driving", "We train agents in Quokka Racing Arena (QRA).");
        List<Mention> defined = List.of(
                m(defining, "Quokka Racing Arena", EntityType.DATASET, MentionRole.USED, "acronym", "QRA"),
                m(defining, "QRA", EntityType.DATASET, MentionRole.USED, "acronym", null));
        r.learn(defining, defined);
        List<PaperRecord> plain = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PaperRecord p = paper("q" + i, "Paper " + i, "Agents drive in QRA towns.");
            plain.add(p);
            r.learn(p, List.of(m(p, "QRA", EntityType.DATASET, MentionRole.USED, "name:dataset", null)));
        }
        List<PaperLink> links = r.links(plain.get(0), List.of(
                m(plain.get(0), "QRA", EntityType.DATASET, MentionRole.USED, "name:dataset", null)));
        assertEquals(1, links.size(), links.toString());
        assertEquals("quokka-racing-arena", links.get(0).entityKey(), "the acronym resolves to its long form");
        assertEquals("QRA", links.get(0).entityLabel(), "two papers say QRA, one the expansion: the name is QRA");
        assertEquals("QRA", r.links(defining, defined).get(0).entityLabel(), "the same label in every paper");
        Entity arena = r.entities().stream().filter(e -> e.key().equals("quokka-racing-arena")).findFirst()
                .orElseThrow();
        assertTrue(arena.altLabels().contains("Quokka Racing Arena"), "the expansion stays an alias");
    }

    @Test
    void anEntityIsNamedAlsoByTheNamesOfItsVariants() {
        PaperRecord c = paper("c", "Gizmo sorting", "We study gizmo sorting with a new sorter.");
        PaperRecord d = paper("d", "Sorting again", "Gizmo sorting methods are compared.");
        PaperRecord e = paper("e", "Sorting, third", "We revisit gizmo sorting.");
        Map<PaperRecord, List<Mention>> ms = Map.of(
                c, List.of(m(c, "gizmo sorting", EntityType.METHOD, MentionRole.USED, "head:method", null)),
                d, List.of(m(d, "Gizmo sorting methods", EntityType.METHOD, MentionRole.USED, "head:method", null)),
                e, List.of(m(e, "gizmo sorting", EntityType.METHOD, MentionRole.USED, "head:method", null)));
        CorpusEntityResolver r = new CorpusEntityResolver();
        ms.forEach(r::learn);
        List<PaperLink> linksD = r.links(d, ms.get(d));
        assertEquals(List.of("gizmo-sorting"), linksD.stream().map(PaperLink::entityKey).toList());
        Entity sorting = r.entity(EntityType.METHOD, "gizmo-sorting", 3);
        assertTrue(sorting.altLabels().contains("Gizmo sorting methods"), sorting.altLabels().toString());
    }

    @Test
    void aContributedNameWithAMethodKindStaysThePapersOwn() {
        PaperRecord c = paper("c", "Gizmo sorting", "We study gizmo sorting with a new sorter.");
        PaperRecord d = paper("d", "Sorting again", "We propose a gizmo sorting strategy.");
        PaperRecord e = paper("e", "Sorting, third", "Gizmo sorting strategies are compared.");
        Map<PaperRecord, List<Mention>> ms = Map.of(
                c, List.of(m(c, "gizmo sorting", EntityType.METHOD, MentionRole.USED, "head:method", null)),
                d, List.of(m(d, "gizmo sorting strategy", EntityType.METHOD, MentionRole.CONTRIBUTED, "cue", null)),
                e, List.of(m(e, "Gizmo sorting strategies", EntityType.METHOD, MentionRole.USED, "head:method",
                        null)));
        CorpusEntityResolver r = new CorpusEntityResolver();
        ms.forEach(r::learn);
        assertEquals(List.of("gizmo-sorting-strategy"),
                r.links(d, ms.get(d)).stream().map(PaperLink::entityKey).toList(), "proposed: its own");
        assertEquals(List.of("gizmo-sorting"),
                r.links(e, ms.get(e)).stream().map(PaperLink::entityKey).toList(), "used: the family");
    }

    /**
     * {@code named} papers whose rules take "Quillscapes" as a dataset, and one paper per text of {@code others}; each
     * other paper's links, in order.
     */
    private static List<List<String>> capitalisedWordCorpus(int named, String... others) {
        CorpusEntityResolver r = new CorpusEntityResolver();
        for (int i = 0; i < named; i++) {
            PaperRecord p = paper("n" + i, "Paper " + i, "We evaluate on Quillscapes.");
            r.learn(p, List.of(new Mention("Quillscapes", EntityType.DATASET, MentionRole.USED,
                    p.fullText().indexOf("Quillscapes"), p.fullText().indexOf("Quillscapes") + 11, "s", "learned", 0.9,
                    null)));
        }
        List<PaperRecord> rest = new ArrayList<>();
        for (int i = 0; i < others.length; i++) {
            PaperRecord p = paper("o" + i, "Other " + i, others[i]);
            r.learn(p, List.of());
            rest.add(p);
        }
        for (int i = 0; i < named; i++) {
            r.survey(paper("n" + i, "Paper " + i, "We evaluate on Quillscapes."), List.of());
        }
        rest.forEach(p -> r.survey(p, List.of()));
        List<List<String>> out = new ArrayList<>();
        for (PaperRecord p : rest) {
            out.add(r.links(p, List.of()).stream().map(PaperLink::entityKey).toList());
        }
        return out;
    }

    @Test
    void aCapitalisedWordTheRulesNameInMostOfItsPapersIsLinkedWhereWrittenSo() {
        List<List<String>> links = capitalisedWordCorpus(6, "Results on Quillscapes improve.",
                "We draw quillscapes by hand.", "As shown by Smith and Quillscapes (2017), it works.",
                "The Quillscapes-Lehman test fails.");
        assertEquals(List.of("quillscape"), links.get(0), "written as the name: the dataset");
        assertEquals(List.of(), links.get(1), "another case is another word");
        assertEquals(List.of(), links.get(2), "an author cited with a year");
        assertEquals(List.of(), links.get(3), "part of a hyphenated name");
    }

    @Test
    void aCapitalisedWordIsNoNameWhenTheCorpusWritesItInLowerCaseOrFewRulesFoundIt() {
        List<List<String>> links = capitalisedWordCorpus(6, "Results on Quillscapes improve.",
                "We draw quillscapes by hand.", "Old quillscapes fade.", "Many quillscapes exist.");
        assertEquals(List.of(), links.get(0), "an ordinary word of the corpus, capitalised here");
        assertEquals(List.of(), capitalisedWordCorpus(2, "Results on Quillscapes improve.").get(0),
                "found by the rules of two papers only");
    }

    @Test
    void aWordWithADigitIsANameInAnyCase() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        PaperRecord named = paper("n", "Paper", "We evaluate on Quill8.");
        r.learn(named, List.of(m(named, "Quill8", EntityType.DATASET, MentionRole.USED, "learned", null)));
        List<PaperRecord> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PaperRecord p = paper("o" + i, "Other " + i, "Bits per character on quill8 drop.");
            r.learn(p, List.of());
            others.add(p);
        }
        r.survey(named, List.of());
        others.forEach(p -> r.survey(p, List.of()));
        assertEquals(List.of("quill8"), r.links(others.get(0), List.of()).stream().map(PaperLink::entityKey).toList(),
                "a name by its digit: the rules of one paper in seven are evidence enough");
    }

    /** The keys linked in a paper whose only mention is the task "DATA sorting", after four papers name both. */
    private static List<String> openingDataset(String data) {
        CorpusEntityResolver r = new CorpusEntityResolver();
        String task = data + " sorting";
        List<PaperRecord> named = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PaperRecord p = paper("n" + i, "Paper " + i, "We train on " + data + " and study " + task + ".");
            int s = p.fullText().indexOf(task);
            r.learn(p, List.of(m(p, data, EntityType.DATASET, MentionRole.USED, "learned", null),
                    new Mention(task, EntityType.TASK, MentionRole.USED, s, s + task.length(), "s", "learned", 0.8,
                            null)));
            named.add(p);
        }
        PaperRecord other = paper("o", "Other", "Our trick improves " + task + " by two points.");
        int s = other.fullText().indexOf(task);
        List<Mention> own = List.of(new Mention(task, EntityType.TASK, MentionRole.USED, s, s + task.length(), "s",
                "learned", 0.8, null));
        r.learn(other, own);
        named.forEach(p -> r.survey(p, List.of()));
        r.survey(other, own);
        return r.links(other, own).stream().map(PaperLink::entityKey).sorted().toList();
    }

    @Test
    void aDatasetOpeningATaskMentionIsLinkedAlsoWhenTheTaskIsACorpusName() {
        assertEquals(List.of("quill8", "quill8-sorting"), openingDataset("Quill8"),
                "the task stays, and the dataset that opens it is linked");
        assertEquals(List.of("quill-to-text-sorting"), openingDataset("Quill-to-Text"),
                "a mapping ('A-to-B') opening a task says what kind of task it is, not its data");
        assertEquals(List.of("quillset-2014-quill-to-text", "quillset-2014-quill-to-text-sorting"),
                openingDataset("QuillSet 2014 Quill-to-Text"), "a named dataset with its mapping is data");
    }
}
