package org.paperkg.rdf;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.paperkg.entities.Entity;
import org.paperkg.mentions.EntityType;

/** Finds the corpus-level {@link Entity} (labels, support) for a type and key; null when it is not known. */
@FunctionalInterface
public interface EntityLookup {

    /** The entity, or null. */
    Entity find(EntityType type, String key);

    /** A lookup that knows no entity: paper graphs then carry the links' labels and no alternative labels. */
    static EntityLookup none() {
        return (type, key) -> null;
    }

    /** A lookup over the given entities. */
    static EntityLookup of(Collection<Entity> entities) {
        Map<EntityType, Map<String, Entity>> byType = new HashMap<>();
        for (Entity e : entities) {
            byType.computeIfAbsent(e.type(), t -> new HashMap<>()).put(e.key(), e);
        }
        return (type, key) -> byType.getOrDefault(type, Map.of()).get(key);
    }
}
