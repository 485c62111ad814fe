package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

class TestAcronymIndex {

    private static final EntityId GLOW = new EntityId(EntityType.METHOD, "glow-worm-optimiser");
    private static final EntityId GRID = new EntityId(EntityType.METHOD, "grid-world-optimiser");

    @Test
    void picksTheMostOftenDefinedLongFormOfTheType() {
        AcronymIndex index = new AcronymIndex();
        index.define("GWOs", GLOW);
        index.define("GWO", GRID);
        index.define("GWO", GLOW);
        index.define("GWO", new EntityId(EntityType.TASK, "grey-wolf-observation"));
        assertEquals(GLOW, index.longForm("GWO", EntityType.METHOD));
        assertEquals("grey-wolf-observation", index.longForm("GWO", EntityType.TASK).key());
        assertNull(index.longForm("GWO", EntityType.DATASET));
        assertNull(index.longForm("XYZ", EntityType.METHOD));
    }

    @Test
    void leavesAnAmbiguousAcronymUnresolved() {
        AcronymIndex index = new AcronymIndex();
        index.define("GWO", GRID);
        index.define("GWO", GLOW);
        assertNull(index.longForm("GWO", EntityType.METHOD), "a tie is no majority");
        index.define("GWO", GLOW);
        assertEquals(GLOW, index.longForm("GWO", EntityType.METHOD));
        assertTrue(index.isLongForm(GRID.key()));
        assertFalse(index.isLongForm("gwo"));
        index.defineInText("BWR", "big widget rankers");
        assertFalse(index.isLongForm("big-widget-ranker"), "one paper's text is not enough");
        index.defineInText("BWR", "Big Widget Rankers");
        assertTrue(index.isLongForm("big-widget-ranker"));
    }

    @Test
    void checksThatAnAcronymCanAbbreviateItsLongForm() {
        assertTrue(AcronymIndex.fits("GWOs", "glow worm optimisers"));
        assertTrue(AcronymIndex.fits("GWO", "Glow-Worm Optimiser"));
        assertTrue(AcronymIndex.fits("Q2W", "query-to-widget"));
        assertFalse(AcronymIndex.fits("GGWO", "glow worm optimisers"), "a long form cut short");
        assertFalse(AcronymIndex.fits("XWO", "glow worm optimisers"));
        assertFalse(AcronymIndex.fits("LWO", "glow worm optimisers"), "the first letter starts a word");
    }

    @Test
    void stripsPluralsAfterCapitalsOnly() {
        assertEquals("CNN", AcronymIndex.stripPlural("CNNs"));
        assertEquals("Bus", AcronymIndex.stripPlural("Bus"));
        assertEquals("Xs", AcronymIndex.stripPlural("Xs"));
    }

    @Test
    void recognisesTheAcronymOfAGroup() {
        Mention longForm = new Mention("glow worm optimisers", EntityType.METHOD, MentionRole.USED, 0, 20, "s",
                "acronym", 0.8, "GWOs");
        Mention shortForm = new Mention("GWO", EntityType.METHOD, MentionRole.USED, 30, 33, "s", "acronym", 0.8, null);
        assertTrue(AcronymIndex.isAcronymOf(shortForm, List.of(longForm, shortForm)));
        assertFalse(AcronymIndex.isAcronymOf(longForm, List.of(longForm, shortForm)));
    }

    @Test
    void aPhraseSeveralPapersWriteBeforeTheAcronymOfALongerFormIsItsShortForm() {
        AcronymIndex index = new AcronymIndex();
        index.defineInText("3DGS", "3D gizmo sorting");
        index.defineInText("3DGS", "3D Gizmo Sorting");
        index.writtenAfter("3DGS", "gizmo sorting");
        assertTrue(index.shortForms().isEmpty(), "one paper is no evidence");
        index.writtenAfter("3DGS", "Gizmo Sorting");
        index.writtenAfter("3DGS", "sorting");
        index.writtenAfter("3DGS", "sorting");
        assertEquals(Map.of("gizmo sorting", "3d gizmo sorting"), index.shortForms(),
                "only the long form without its first word");
    }

    @Test
    void aLongerNameWrittenWithTheShorterNamesAcronymMeansItsLongForm() {
        AcronymIndex index = new AcronymIndex();
        for (int i = 0; i < 3; i++) {
            index.defineInText("WM", "widget models");
            index.writtenAfterPhrase("WM", "widget models");
            index.defineInText("LWM", "large widget models");
            index.writtenAfterPhrase("LWM", "large widget models");
            index.writtenAfterPhrase("WM", "recent widget models");
        }
        index.writtenAfterPhrase("WM", "large widget models");
        assertTrue(index.longVariants().isEmpty(), "one paper is no evidence; 'recent widget models' has no acronym");
        index.writtenAfterPhrase("WM", "Large Widget Models");
        assertEquals(Map.of("large widget model", "widget model"), index.longVariants());
        for (int i = 0; i < 6; i++) {
            index.defineInText("LWM", "large widget models");
        }
        assertTrue(index.longVariants().isEmpty(), "2 of 11 papers: a kind of its own, named by its own acronym");
    }

    @Test
    void otherSpellingsOfALongFormJoinItButNotOtherNames() {
        AcronymIndex index = new AcronymIndex();
        index.defineInText("VGM", "vision gizmo models");
        index.defineInText("VGM", "Vision-Gizmo Models");
        index.defineInText("VGM", "vision gizmo model");
        index.defineInText("VGM", "visual gizmo models");
        index.defineInText("VGM", "video gizmo models");
        index.defineInText("CGL", "continual gizmo learning");
        index.defineInText("CGL", "continual gizmo learning");
        index.defineInText("CGL", "contrastive gizmo learning");
        index.defineInText("WSN", "widget-and-sprocket navigation");
        index.defineInText("WSN", "widget-and-sprocket navigation");
        index.defineInText("WSN", "widget sprocket navigation");
        index.defineInText("MLGM", "multiwidget large gizmo models");
        index.defineInText("MLGM", "multiwidget large gizmo models");
        index.defineInText("MLGM", "multiwidget gizmo model");
        Map<String, String> variants = index.spellingVariants();
        assertEquals("vision gizmo model", variants.get("visual gizmo model"), "a word of the same stem");
        assertEquals("widget and sprocket navigation", variants.get("widget sprocket navigation"));
        assertNull(variants.get("multiwidget gizmo model"), "a word less is another name");
        assertNull(variants.get("video gizmo model"), "another word");
        assertNull(variants.get("contrastive gizmo learning"), "another name that starts alike");
        assertEquals(2, variants.size());
    }

    @Test
    void aLongFormCutShortIsNoReadingOfItsOwn() {
        AcronymIndex index = new AcronymIndex();
        EntityId whole = new EntityId(EntityType.METHOD, "proximal-gizmo-optimization");
        EntityId cut = new EntityId(EntityType.METHOD, "gizmo-optimization");
        index.define("PGO", cut);
        index.define("PGO", cut);
        index.define("PGO", whole);
        assertEquals(cut, index.longForm("PGO", EntityType.METHOD), "no text says otherwise");
        index.defineInText("PGO", "proximal gizmo optimization");
        index.defineInText("PGO", "Proximal Gizmo Optimization");
        assertEquals(whole, index.longForm("PGO", EntityType.METHOD));
    }

    @Test
    void aLongFormWithATrailingWordTheAcronymLacksIsTheSameName() {
        AcronymIndex index = new AcronymIndex();
        index.defineInText("CoG", "chain of gizmos");
        index.defineInText("CoG", "Chain-of-Gizmos");
        index.defineInText("CoG", "chain-of-gizmos reasoning");
        index.defineInText("PGO", "proximal gizmo optimization");
        index.defineInText("PGO", "proximal gizmo optimization");
        index.defineInText("PGO", "Proximal Gizmo Optimization");
        index.defineInText("PGO", "gizmo optimization");
        index.defineInText("PGO", "proximal gizmo optimization method");
        index.defineInText("VGM", "vision gizmo models");
        index.defineInText("VGM", "vision gizmo models");
        index.defineInText("VGM", "vision gizmo understanding models");
        Map<String, String> variants = index.spellingVariants();
        assertEquals("chain of gizmo", variants.get("chain of gizmos reasoning"));
        assertEquals("proximal gizmo optimization", variants.get("proximal gizmo optimization method"));
        assertNull(variants.get("gizmo optimization"), "a word less at the start");
        assertNull(variants.get("vision gizmo understanding model"), "a word more in the middle");
    }
}
