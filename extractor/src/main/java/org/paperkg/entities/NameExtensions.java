package org.paperkg.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names that are a longer name of the same type less its last word ("widget splats" of "widget splat rendering") and
 * that the corpus finds mostly in papers which also name the longer one: a short form of it, one entity. The
 * evidence is the papers, not the words: "Gaussian process" stays apart from "Gaussian process regression" because
 * most papers naming the first do not name the second (and it is the more common name), while a fragment or a
 * component's name used only around the longer name goes with it. A version ("ResNet" and "ResNet-50") is never an
 * extension: the last word must be letters.
 */
final class NameExtensions {

    /** Papers naming both, needed before the pair says anything. */
    static final int MIN_PAPERS = 3;
    /** Share of the shorter name's papers that must also name the longer one: most of them. */
    static final double SHARE = 0.5;
    /** Shortest extension word: "3D X a" is no evidence. */
    private static final int MIN_WORD = 3;

    private NameExtensions() {
    }

    /**
     * Counts, for each name of one paper that another of its names extends by one word, that paper under the shorter
     * name's {@link NameStats#extendedBy}.
     */
    static void count(Set<EntityId> paperNames, Map<EntityId, NameStats> stats) {
        for (EntityId longer : paperNames) {
            EntityId shorter = shorterOf(longer);
            if (shorter != null && paperNames.contains(shorter)) {
                stats.computeIfAbsent(shorter, k -> new NameStats()).extendedBy.merge(longer.key(), 1, Integer::sum);
            }
        }
    }

    /** The name {@code id} less its last word, when that word is an extension word; else null. */
    static EntityId shorterOf(EntityId id) {
        String key = id.key();
        int dash = key.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        String last = key.substring(dash + 1);
        if (last.length() < MIN_WORD || !last.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return new EntityId(id.type(), key.substring(0, dash));
    }

    /**
     * The short forms the corpus's papers give evidence for, as display labels: each shorter name's label mapped to
     * the label of the longer name most of its papers also name, when the longer one is named in more papers.
     */
    static Map<String, String> shortForms(Map<EntityId, NameStats> stats) {
        Map<String, String> result = new HashMap<>();
        stats.forEach((id, st) -> st.extendedBy.forEach((longerKey, together) -> {
            NameStats longer = stats.get(new EntityId(id.type(), longerKey));
            if (longer != null && longer.papers > st.papers && together >= MIN_PAPERS
                    && together >= SHARE * st.papers) {
                result.put(st.prefLabel(id), longer.prefLabel(new EntityId(id.type(), longerKey)));
            }
        }));
        return result;
    }
}
