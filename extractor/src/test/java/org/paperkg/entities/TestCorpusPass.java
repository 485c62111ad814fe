package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

class TestCorpusPass {

    private static final EntityId ENGINE = new EntityId(EntityType.METHOD, "quill-engine");
    private static final EntityId BENCH = new EntityId(EntityType.DATASET, "pebblebench-3");

    private static CorpusPass pass() {
        AcronymIndex acronyms = new AcronymIndex();
        acronyms.define("QE", ENGINE);
        return new CorpusPass(new StrongNameIndex(Map.of("quill engine", ENGINE, "qe", ENGINE,
                "pebblebench 3", BENCH)), acronyms);
    }

    @Test
    void addsStrongNamesTheRulesMissed() {
        PaperRecord paper = new PaperRecord("p", "Sorting pebbles",
                "We run Quill Engines on PebbleBench-3. QE is fast.", null, null, null, null, null, null, null,
                null, null, false);
        Map<EntityId, List<Mention>> grouped = new LinkedHashMap<>();
        pass().addMissing(paper, grouped);
        assertEquals(List.of(ENGINE, BENCH), new ArrayList<>(grouped.keySet()));
        Mention engine = grouped.get(ENGINE).get(0);
        assertEquals("Quill Engines", engine.text());
        assertEquals("corpus", engine.rule());
        assertEquals(MentionRole.USED, engine.role());
        assertEquals("We run Quill Engines on PebbleBench-3.", engine.evidence());
        assertEquals(1, grouped.get(ENGINE).size());
    }

    @Test
    void leavesSpansTheRulesTookAlone() {
        String abs = "We run Quill Engine variants.";
        PaperRecord paper = new PaperRecord("p", "Sorting pebbles", abs, null, null, null, null, null, null, null,
                null, null, false);
        int start = paper.fullText().indexOf("Quill");
        Map<EntityId, List<Mention>> grouped = new LinkedHashMap<>();
        grouped.put(new EntityId(EntityType.METHOD, "quill-engine-variant"), new ArrayList<>(List.of(
                new Mention("Quill Engine variants", EntityType.METHOD, MentionRole.USED, start, start + 21, "s",
                        "head:method", 0.7, null))));
        pass().addMissing(paper, grouped);
        assertFalse(grouped.containsKey(ENGINE));
    }

    @Test
    void linksANameInCapitalsOrMixedCaseOnlyWhereTheTextHasThatShape() {
        NameStats glow = new NameStats();
        glow.surfaces.put("GLOW", 1);
        glow.strong = true;
        glow.papers = 1;
        NameStats net = new NameStats();
        net.surfaces.put("Gadget Sorting NeT", 1);
        net.strong = true;
        net.papers = 1;
        EntityId glowId = new EntityId(EntityType.METHOD, "glow");
        EntityId netId = new EntityId(EntityType.METHOD, "gadget-sorting-net");
        CorpusPass pass = new CorpusPass(StrongNameIndex.of(Map.of(glowId, glow, netId, net)), new AcronymIndex());
        for (String abs : List.of("Lamps glow at night.", "Glow sticks help.", "The gadget sorting net is old.")) {
            Map<EntityId, List<Mention>> grouped = new LinkedHashMap<>();
            pass.addMissing(new PaperRecord("p", "Lamps", abs, null, null, null, null, null, null, null, null, null,
                    false), grouped);
            assertTrue(grouped.isEmpty(), abs + " " + grouped);
        }
        Map<EntityId, List<Mention>> grouped = new LinkedHashMap<>();
        pass.addMissing(new PaperRecord("p", "Lamps", "We compare GLOW with two Gadget Sorting NeTs.", null, null,
                null, null, null, null, null, null, null, false), grouped);
        assertEquals(List.of(glowId, netId), new ArrayList<>(grouped.keySet()));
    }

    @Test
    void keysKeepTheCaseOfWordsInCapitalsOrMixedCase() {
        assertEquals("DEMAND", StrongNameIndex.shapeKey("DEMANDs"));
        assertEquals("demand", StrongNameIndex.shapeKey("the demands"));
        assertEquals("gaussian splat", StrongNameIndex.shapeKey("Gaussian Splats"));
        assertEquals("INference time", StrongNameIndex.shapeKey("INference-time"));
        assertTrue(StrongNameIndex.caseBound("NeRF"));
        assertFalse(StrongNameIndex.caseBound("Gaussian"));
    }
}
