package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/** One type for a paper's names that differ only in a number, on invented names. */
class TestNumberedFamilies {

    private static Mention m(String name, EntityType type, String rule, double confidence) {
        return new Mention(name, type, MentionRole.USED, 0, name.length(), "s", rule, confidence, null);
    }

    private static List<String> types(List<Mention> ms) {
        return NumberedFamilies.unify(ms).stream().map(x -> x.text() + ":" + x.type().id()).toList();
    }

    @Test
    void aSiblingTypedByTheCorpusCarriesTheOther() {
        // "... on Gnat9-2mix and ... on Gnat9-3mix": the first is a dataset by the corpus, the second only a name
        assertEquals(List.of("Gnat9-2mix:dataset", "Gnat9-3mix:dataset"), types(List.of(
                m("Gnat9-2mix", EntityType.DATASET, "name:method+corpus-type", 0.7),
                m("Gnat9-3mix", EntityType.METHOD, "name:method", 0.7))));
    }

    @Test
    void theBetterEvidencedTypeOfTheFamilyWins() {
        assertEquals(List.of("Zorb-4:dataset", "Zorb-6:dataset", "Zorb-4:dataset", "Zorb-6:dataset"), types(List.of(
                m("Zorb-4", EntityType.DATASET, "name:dataset", 0.9),
                m("Zorb-6", EntityType.DATASET, "name:dataset", 0.8),
                m("Zorb-4", EntityType.METHOD, "name:method", 0.6),
                m("Zorb-6", EntityType.METHOD, "name:method", 0.8))));
    }

    @Test
    void oneNameTiesTasksAndStrongTypesAreLeftAlone() {
        // one name alone is no family: its two types are the grouper's to settle
        assertEquals(List.of("Zorb-4:dataset", "Zorb-4:method"), types(List.of(
                m("Zorb-4", EntityType.DATASET, "name:dataset", 0.9),
                m("Zorb-4", EntityType.METHOD, "name:method", 0.6))));
        // names that differ in more than a number are no family
        assertEquals(List.of("OwlNet-50:method", "OwlSet-10:dataset"), types(List.of(
                m("OwlNet-50", EntityType.METHOD, "name:method", 0.9),
                m("OwlSet-10", EntityType.DATASET, "name:dataset", 0.6))));
        // a tie changes nothing
        assertEquals(List.of("Quok-1:method", "Quok-2:dataset"), types(List.of(
                m("Quok-1", EntityType.METHOD, "name:method", 0.7),
                m("Quok-2", EntityType.DATASET, "name:dataset", 0.7))));
        // a name typed by its head noun keeps its type; tasks are not unified
        assertEquals(List.of("Hawk-3 network:method", "Hawk-5 network:dataset", "Hawk-7 task:task"), types(List.of(
                m("Hawk-3 network", EntityType.METHOD, "head:method", 0.6),
                m("Hawk-5 network", EntityType.DATASET, "name:dataset+corpus-type", 0.9),
                m("Hawk-7 task", EntityType.TASK, "head:task", 0.9))));
    }

    @Test
    void aNameTheCorpusRetypedCarriesItsWeakSiblings() {
        java.util.Map<EntityId, List<Mention>> grouped = new java.util.LinkedHashMap<>();
        // the corpus made "gnat9-2mix" a dataset though this paper's mention is a method's
        grouped.put(new EntityId(EntityType.DATASET, "gnat9-2mix"),
                List.of(m("Gnat9-2mix", EntityType.METHOD, "name:method", 0.8)));
        grouped.put(new EntityId(EntityType.METHOD, "gnat9-3mix"),
                List.of(m("Gnat9-3mix", EntityType.METHOD, "name:method", 0.8)));
        grouped.put(new EntityId(EntityType.METHOD, "owlnet-50"),
                List.of(m("OwlNet-50", EntityType.METHOD, "name:method", 0.8)));
        assertEquals(List.of("dataset/gnat9-2mix", "dataset/gnat9-3mix", "method/owlnet-50"),
                keys(NumberedFamilies.followCorpus(grouped)));
    }

    @Test
    void withoutACorpusRetypeOrWithAStrongSiblingNothingMoves() {
        java.util.Map<EntityId, List<Mention>> plain = new java.util.LinkedHashMap<>();
        plain.put(new EntityId(EntityType.DATASET, "zorb-4"), List.of(m("Zorb-4", EntityType.DATASET, "x", 0.8)));
        plain.put(new EntityId(EntityType.METHOD, "zorb-6"), List.of(m("Zorb-6", EntityType.METHOD, "x", 0.8)));
        assertEquals(List.of("dataset/zorb-4", "method/zorb-6"), keys(NumberedFamilies.followCorpus(plain)));
        java.util.Map<EntityId, List<Mention>> strong = new java.util.LinkedHashMap<>();
        strong.put(new EntityId(EntityType.DATASET, "hawk-2"), List.of(m("Hawk-2", EntityType.METHOD, "x", 0.8)));
        strong.put(new EntityId(EntityType.METHOD, "hawk-3"),
                List.of(m("Hawk-3", EntityType.METHOD, "cue:called", 0.8)));
        assertEquals(List.of("dataset/hawk-2", "method/hawk-3"), keys(NumberedFamilies.followCorpus(strong)));
    }

    private static List<String> keys(java.util.Map<EntityId, List<Mention>> grouped) {
        return grouped.keySet().stream().map(id -> id.type().id() + "/" + id.key()).toList();
    }
}
