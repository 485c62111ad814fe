package org.paperkg.entities;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.paperkg.mentions.EntityType;

/**
 * The descriptions linked as one paper's own entities ({@link CorpusSurvey#description}): "two-stage framework" in
 * ten papers is ten frameworks, so each paper's gets a key of its own, the description's key and the paper's slug
 * after a dot (no slug holds one). Counts and rankings across papers then never add up what only shares words. Filled
 * in pass 2 from several threads.
 */
final class PaperDescriptions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final char SEPARATOR = '.';

    /** Each paper-scoped key linked so far, with the shared entity whose name and labels it takes. */
    private final Map<String, EntityId> linked = new ConcurrentHashMap<>();

    /** The key of the description {@code shared} in the paper of key {@code paperKey}, recorded as linked. */
    String link(EntityId shared, String paperKey) {
        String key = key(shared, paperKey);
        linked.put(key, shared);
        return key;
    }

    /** The key of the description {@code shared} in the paper of key {@code paperKey}, not recorded. */
    static String key(EntityId shared, String paperKey) {
        return shared.key() + SEPARATOR + LabelNormalizer.slug(paperKey);
    }

    /** The shared entity whose description a paper-scoped key is, or null for the key of a shared entity. */
    static EntityId sharedOf(EntityType type, String key) {
        int dot = key.indexOf(SEPARATOR);
        return dot < 0 ? null : new EntityId(type, key.substring(0, dot));
    }

    /** The paper-scoped keys linked so far, with their shared entities. */
    Map<String, EntityId> linked() {
        return linked;
    }
}
