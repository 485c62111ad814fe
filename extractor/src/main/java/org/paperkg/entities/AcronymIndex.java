package org.paperkg.entities;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/** Acronyms defined across the corpus, each with the long forms it was defined for, counted per entity. */
final class AcronymIndex implements Serializable {

    /** Acronym (plural stripped, exact case) to counts of long-form entities. */
    private final Map<String, Map<EntityId, Integer>> longForms = new HashMap<>();

    /** Records one definition of {@code acronym} as the long form {@code longForm}. */
    void define(String acronym, EntityId longForm) {
        longForms.computeIfAbsent(stripPlural(acronym), k -> new HashMap<>()).merge(longForm, 1, Integer::sum);
    }

    /** Adds the definitions counted in {@code other}. */
    void add(AcronymIndex other) {
        other.longForms.forEach((acronym, counts) -> {
            Map<EntityId, Integer> mine = longForms.computeIfAbsent(acronym, k -> new HashMap<>());
            counts.forEach((id, n) -> mine.merge(id, n, Integer::sum));
        });
    }

    /**
     * The long form of {@code acronym} (plural already stripped) of the given type most often defined in the corpus
     * (ties: the smallest key), or null.
     */
    EntityId longForm(String acronym, EntityType type) {
        Map<EntityId, Integer> counts = longForms.get(acronym);
        if (counts == null) {
            return null;
        }
        return counts.entrySet().stream()
                .filter(e -> e.getKey().type() == type)
                .max(Comparator.comparingInt((Map.Entry<EntityId, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().key(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Whether {@code m} is the acronym some mention of {@code group} defines. */
    static boolean isAcronymOf(Mention m, List<Mention> group) {
        for (Mention o : group) {
            if (o.acronym() != null && stripPlural(m.text()).equals(stripPlural(o.acronym()))) {
                return true;
            }
        }
        return false;
    }

    /** The acronym without a plural {@code s} after a capital ("CNNs" to "CNN"). */
    static String stripPlural(String a) {
        return a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))
                ? a.substring(0, a.length() - 1) : a;
    }
}
