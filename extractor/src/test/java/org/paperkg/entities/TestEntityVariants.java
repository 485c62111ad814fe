package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;

class TestEntityVariants {

    private static NameStats stats(String surface, int papers) {
        NameStats st = new NameStats();
        st.surfaces.put(surface, 1);
        st.papers = papers;
        return st;
    }

    @Test
    void mergesSpellingVariantsAndExpandedAcronymsIntoTheWrittenOutName() {
        AcronymIndex acronyms = new AcronymIndex();
        acronyms.defineInText("BWR", "big widget rankers");
        acronyms.defineInText("BWR", "Big Widget Rankers");
        Map<EntityId, NameStats> all = new HashMap<>();
        EntityId longForm = new EntityId(EntityType.METHOD, "big-widget-ranker");
        EntityId acronym = new EntityId(EntityType.METHOD, "bwr");
        EntityId hyphen = new EntityId(EntityType.METHOD, "multi-gizmo-bwr");
        EntityId joined = new EntityId(EntityType.METHOD, "multigizmo-big-widget-ranker");
        EntityId other = new EntityId(EntityType.METHOD, "small-widget-ranker");
        all.put(longForm, stats("big widget rankers", 2));
        all.put(acronym, stats("BWRs", 9));
        all.put(hyphen, stats("multi-gizmo BWRs", 3));
        all.put(joined, stats("multigizmo big widget rankers", 1));
        all.put(other, stats("small widget rankers", 5));
        EntityVariants v = EntityVariants.of(all, acronyms);
        assertEquals(longForm, v.canonical(acronym), "the written-out name leads");
        assertEquals(longForm, v.canonical(longForm));
        assertEquals(hyphen, v.canonical(joined), "hyphen, space or neither: one name; the one in more papers leads");
        assertEquals(other, v.canonical(other));
    }

    @Test
    void anAcronymDefinedOnceOrAmbiguouslyExpandsNothing() {
        AcronymIndex acronyms = new AcronymIndex();
        acronyms.defineInText("BWR", "big widget rankers");
        assertEquals("bwr", EntityVariants.variantKey("BWRs", acronyms));
        acronyms.defineInText("BWR", "blue wave radios");
        acronyms.defineInText("BWR", "blue wave radios");
        acronyms.defineInText("BWR", "big widget rankers");
        assertEquals("bwr", EntityVariants.variantKey("BWRs", acronyms), "two against two");
        acronyms.defineInText("BWR", "big widget rankers");
        assertEquals("bigwidgetranker", EntityVariants.variantKey("BWRs", acronyms));
    }

    @Test
    void aDatasetKeepsItsAcronymAndLosesItsTail() {
        AcronymIndex acronyms = new AcronymIndex();
        acronyms.defineInText("ZRL", "zorb racing league");
        acronyms.defineInText("ZRL", "Zorb Racing League");
        Map<EntityId, NameStats> all = new HashMap<>();
        EntityId acronym = new EntityId(EntityType.DATASET, "zrl");
        EntityId longForm = new EntityId(EntityType.DATASET, "zorb-racing-league");
        EntityId tailed = new EntityId(EntityType.DATASET, "quillset-dataset");
        EntityId plain = new EntityId(EntityType.DATASET, "quillset");
        all.put(acronym, stats("ZRL", 9));
        all.put(longForm, stats("Zorb Racing League", 3));
        all.put(tailed, stats("QuillSet dataset", 5));
        all.put(plain, stats("QuillSet", 2));
        EntityVariants v = EntityVariants.of(all, acronyms);
        assertEquals(acronym, v.canonical(longForm), "a dataset's acronym is its name");
        assertEquals(plain, v.canonical(tailed), "the name without its generic tail leads");
    }

    @Test
    void aNumberGluedToAnAcronymDoesNotStopItsExpansion() {
        AcronymIndex acronyms = new AcronymIndex();
        acronyms.defineInText("ZeRF", "zonal radiance fields");
        acronyms.defineInText("ZeRF", "zonal radiance fields");
        assertEquals(EntityVariants.variantKey("Mip-ZeRF 360", acronyms),
                EntityVariants.variantKey("Mip-ZeRF360", acronyms));
        assertEquals("mipzonalradiancefield360", EntityVariants.variantKey("Mip-ZeRF360", acronyms));
        assertEquals(EntityVariants.variantKey("WidgetNet-50", acronyms),
                EntityVariants.variantKey("WidgetNet50", acronyms), "no acronym: as before");
        assertEquals("gizmo3.6m", EntityVariants.variantKey("Gizmo3.6M", acronyms), "ends in a letter: one word");
    }

    @Test
    void aGenericTailNamesNoOtherThing() {
        AcronymIndex acronyms = new AcronymIndex();
        assertEquals(EntityVariants.variantKey("gadget-sorting tasks", acronyms),
                EntityVariants.variantKey("Gadget Sorting", acronyms));
        assertEquals("task", EntityVariants.variantKey("tasks", acronyms));
        assertEquals(EntityVariants.variantKey("Gizmo-Set datasets", acronyms),
                EntityVariants.variantKey("GizmoSet", acronyms));
        assertEquals(EntityVariants.variantKey("Gizmo Open Dataset", acronyms),
                EntityVariants.variantKey("Gizmo Open", acronyms));
        assertEquals("benchmark", EntityVariants.variantKey("benchmarks", acronyms), "a tail alone stays");
    }

    @Test
    void aModelTailFoldsOnlyAfterANameOfTwoOrMoreWords() {
        AcronymIndex acronyms = new AcronymIndex();
        assertEquals(EntityVariants.variantKey("Widget-Gadget-Action models", acronyms),
                EntityVariants.variantKey("Widget-Gadget-Action", acronyms));
        assertEquals(EntityVariants.variantKey("gadget sorting model", acronyms),
                EntityVariants.variantKey("Gadget Sorting", acronyms));
        assertEquals("widgetmodel", EntityVariants.variantKey("widget models", acronyms));
    }

    @Test
    void variantsOfTwoTypesTakeTheTypeOfMostPapers() {
        Map<EntityId, NameStats> all = new HashMap<>();
        EntityId task = new EntityId(EntityType.TASK, "gadget-sorting");
        EntityId method = new EntityId(EntityType.METHOD, "gadget-sorting");
        all.put(task, stats("gadget sorting", 8));
        all.put(method, stats("Gadget Sorting", 1));
        assertEquals(task, EntityVariants.of(all, new AcronymIndex()).canonical(method));
    }

    @Test
    void aModifierAndItsAdjectiveInIcAreOneName() {
        AcronymIndex acronyms = new AcronymIndex();
        assertEquals(EntityVariants.variantKey("robotic gizmo sorting", acronyms),
                EntityVariants.variantKey("robot gizmo sorting", acronyms));
        assertEquals("widgetronic", EntityVariants.variantKey("widgetronic", acronyms), "the head keeps its ending");
        assertEquals("abicgizmo", EntityVariants.variantKey("ABIC gizmo", acronyms), "an acronym is no adjective");
    }

    @Test
    void aShortFormJoinsTheLongFormItStandsFor() {
        Map<EntityId, NameStats> all = new HashMap<>();
        EntityId longForm = new EntityId(EntityType.METHOD, "3d-gizmo-sorting");
        EntityId shortForm = new EntityId(EntityType.METHOD, "gizmo-sorting");
        EntityId other = new EntityId(EntityType.METHOD, "4d-gizmo-sorting");
        all.put(longForm, stats("3D Gizmo Sorting", 9));
        all.put(shortForm, stats("Gizmo Sorting", 4));
        all.put(other, stats("4D Gizmo Sorting", 2));
        EntityVariants v = EntityVariants.of(all, new AcronymIndex(), Map.of("gizmo sorting", "3d gizmo sorting"));
        assertEquals(longForm, v.canonical(shortForm));
        assertEquals(other, v.canonical(other));
        assertEquals(shortForm, EntityVariants.of(all, new AcronymIndex()).canonical(shortForm), "no evidence");
    }

    @Test
    void spellingsThatDifferInHyphensAloneAreOneNameWhateverTheKeyExpands() {
        AcronymIndex acronyms = new AcronymIndex();
        acronyms.defineInText("VG", "vision gizmo");
        acronyms.defineInText("VG", "vision gizmo");
        Map<EntityId, NameStats> all = new HashMap<>();
        EntityId hyphen = new EntityId(EntityType.METHOD, "openwidget-vg");
        EntityId glued = new EntityId(EntityType.METHOD, "openwidgetvg");
        EntityId autoHyphen = new EntityId(EntityType.METHOD, "auto-gizmoing-model");
        EntityId autoGlued = new EntityId(EntityType.METHOD, "autogizmoing-model");
        all.put(hyphen, stats("OpenWidget-VG", 7));
        all.put(glued, stats("OpenWidgetVG", 1));
        all.put(autoHyphen, stats("auto-gizmoing model", 2));
        all.put(autoGlued, stats("autogizmoing models", 3));
        EntityVariants v = EntityVariants.of(all, acronyms);
        assertEquals(hyphen, v.canonical(glued));
        assertEquals(autoGlued, v.canonical(autoHyphen), "a model tail dropped in one spelling only");
    }

    @Test
    void aNameWithAMethodKindAfterItIsThatNameOfTheSameType() {
        Map<EntityId, NameStats> all = new HashMap<>();
        EntityId name = new EntityId(EntityType.METHOD, "gizmo-sorting");
        EntityId methods = new EntityId(EntityType.METHOD, "gizmo-sorting-method");
        EntityId mechanism = new EntityId(EntityType.METHOD, "cross-widget-mechanism");
        EntityId crossWidget = new EntityId(EntityType.METHOD, "cross-widget");
        EntityId taskOnly = new EntityId(EntityType.TASK, "widget-counting");
        EntityId countingMethods = new EntityId(EntityType.METHOD, "widget-counting-method");
        EntityId framework = new EntityId(EntityType.METHOD, "gizmo-sorting-framework");
        EntityId countingMethod = new EntityId(EntityType.METHOD, "widget-counting");
        all.put(countingMethod, stats("Widget Counting", 2));
        all.put(name, stats("gizmo sorting", 9));
        all.put(methods, stats("gizmo sorting methods", 3));
        all.put(crossWidget, stats("cross-widget", 4));
        all.put(mechanism, stats("cross-widget mechanism", 2));
        all.put(taskOnly, stats("widget counting", 20));
        all.put(countingMethods, stats("widget counting methods", 2));
        all.put(framework, stats("gizmo sorting framework", 2));
        EntityVariants v = EntityVariants.of(all, new AcronymIndex());
        assertEquals(name, v.canonical(methods));
        assertEquals(crossWidget, v.canonical(mechanism));
        assertEquals(countingMethods, v.canonical(countingMethods), "the name is mostly a task: no method of it");
        assertEquals(framework, v.canonical(framework), "a framework is a thing of its own");
        EntityId strategy = new EntityId(EntityType.METHOD, "gizmo-sorting-strategy");
        all.put(strategy, stats("gizmo sorting strategies", 30));
        assertEquals(name, EntityVariants.of(all, new AcronymIndex()).canonical(strategy),
                "the name without the kind leads, whatever the papers");
        assertEquals(strategy, EntityVariants.of(all, new AcronymIndex(), Map.of(), "gizmo-sorting-strategy"::equals)
                .canonical(strategy), "a description stays each paper's own");
    }
}
