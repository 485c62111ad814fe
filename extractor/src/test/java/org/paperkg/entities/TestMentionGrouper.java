package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

class TestMentionGrouper {

    private static Mention m(String text, EntityType type, MentionRole role, String acronym) {
        return new Mention(text, type, role, 0, text.length(), "s", "rule", 0.7, acronym);
    }

    private static Set<String> keys(Map<EntityId, List<Mention>> grouped) {
        return grouped.keySet().stream().map(EntityId::key).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void resolvesAcronymsFromThePaperThenFromTheCorpus() {
        AcronymIndex corpus = new AcronymIndex();
        corpus.define("SPN", new EntityId(EntityType.METHOD, "spiral-pooling-network"));
        MentionGrouper grouper = new MentionGrouper(corpus);
        List<Mention> ms = List.of(m("ranked widget trees", EntityType.METHOD, MentionRole.CONTRIBUTED, "RWTs"),
                m("RWT", EntityType.METHOD, MentionRole.USED, null),
                m("SPNs", EntityType.METHOD, MentionRole.USED, null));
        assertEquals(Set.of("ranked-widget-tree", "spn"), keys(grouper.group(ms, false)));
        Map<EntityId, List<Mention>> withCorpus = grouper.group(ms, true);
        assertEquals(Set.of("ranked-widget-tree", "spiral-pooling-network"), keys(withCorpus));
        assertEquals(2, withCorpus.get(new EntityId(EntityType.METHOD, "ranked-widget-tree")).size());
    }

    @Test
    void anAcronymThePaperContributesIsNotAnotherPapersLongForm() {
        AcronymIndex corpus = new AcronymIndex();
        corpus.define("SPN", new EntityId(EntityType.METHOD, "spiral-pooling-network"));
        MentionGrouper grouper = new MentionGrouper(corpus);
        List<Mention> ms = List.of(m("SPN", EntityType.METHOD, MentionRole.CONTRIBUTED, null),
                m("SPN", EntityType.METHOD, MentionRole.USED, null));
        assertEquals(Set.of("spn"), keys(grouper.group(ms, true)));
    }

    @Test
    void keepsOneTypePerNameAndMergesNestedNames() {
        MentionGrouper grouper = new MentionGrouper(new AcronymIndex());
        List<Mention> ms = List.of(m("sparse lattice models", EntityType.METHOD, MentionRole.USED, null),
                m("adaptive sparse lattice models", EntityType.METHOD, MentionRole.USED, null),
                m("Lattix model", EntityType.METHOD, MentionRole.USED, null),
                m("Lattix", EntityType.METHOD, MentionRole.USED, null),
                m("Lattix", EntityType.TASK, MentionRole.USED, null));
        Map<EntityId, List<Mention>> grouped = grouper.group(ms, false);
        assertEquals(Set.of("sparse-lattice-model", "lattix"), keys(grouped));
        assertEquals(2, grouped.get(new EntityId(EntityType.METHOD, "sparse-lattice-model")).size());
        assertEquals(2, grouped.get(new EntityId(EntityType.METHOD, "lattix")).size());
    }

    @Test
    void aContributedLongerNameStaysApart() {
        MentionGrouper grouper = new MentionGrouper(new AcronymIndex());
        List<Mention> ms = List.of(m("sparse lattice models", EntityType.METHOD, MentionRole.USED, null),
                m("adaptive sparse lattice models", EntityType.METHOD, MentionRole.CONTRIBUTED, null));
        assertEquals(Set.of("sparse-lattice-model", "adaptive-sparse-lattice-model"),
                keys(grouper.group(ms, false)));
    }

    @Test
    void aBareHeadDoesNotAbsorbTheModifiedNamesThatShareIt() {
        MentionGrouper grouper = new MentionGrouper(new AcronymIndex());
        List<Mention> ms = List.of(m("models", EntityType.METHOD, MentionRole.USED, null),
                m("lattice language models", EntityType.METHOD, MentionRole.USED, null),
                m("Lattix model", EntityType.METHOD, MentionRole.USED, null),
                m("Lattix", EntityType.METHOD, MentionRole.USED, null));
        assertEquals(Set.of("model", "lattice-language-model", "lattix"), keys(grouper.group(ms, false)));
    }
}
