package org.paperkg.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * The corpus-level acronym table: every acronym defined in some paper ("long form (ACR)" or "ACR (long form)"), with
 * the long forms it was defined for and, as evidence, the number of definitions of each (callers count one per
 * paper). An acronym with several long forms resolves to the one most definitions agree on, never to a tie.
 */
final class AcronymIndex {

    /** Acronym (plural stripped, exact case) to counts of long-form entities. */
    private final Map<String, Map<EntityId, Integer>> longForms = new HashMap<>();
    /** Keys of every long form some acronym was defined for, with the number of definitions. */
    private final Map<String, Integer> longFormKeys = new HashMap<>();

    /** Records one definition of {@code acronym} as the long form {@code longForm}. */
    void define(String acronym, EntityId longForm) {
        longForms.computeIfAbsent(stripPlural(acronym), k -> new HashMap<>()).merge(longForm, 1, Integer::sum);
        longFormKeys.merge(longForm.key(), 1, Integer::sum);
    }

    /**
     * The long form of {@code acronym} (plural already stripped) of the given type that more than half of the
     * corpus's definitions of that type agree on, or null: an ambiguous acronym is not merged with either reading.
     */
    EntityId longForm(String acronym, EntityType type) {
        Map<EntityId, Integer> counts = longForms.get(acronym);
        if (counts == null) {
            return null;
        }
        int total = 0;
        EntityId best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getKey().type() != type) {
                continue;
            }
            total += e.getValue();
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return 2 * bestCount > total ? best : null;
    }

    /** Whether some paper defined an acronym for a name with this key: a name of its own, not a variant. */
    boolean isLongForm(String key) {
        return longFormKeys.containsKey(key);
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
