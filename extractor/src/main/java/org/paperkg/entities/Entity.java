package org.paperkg.entities;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

import org.paperkg.mentions.EntityType;

/**
 * A method, task or dataset of the corpus, with its names and how many papers link to it.
 *
 * @param type      method, task or dataset
 * @param key       slug of the normalised preferred label, unique within the type; the IRI derives from type and key
 * @param prefLabel preferred label
 * @param altLabels other names met: acronyms, spelling variants (sorted, without the preferred label)
 * @param support   number of distinct papers linking to the entity
 */
public record Entity(EntityType type, String key, String prefLabel, Set<String> altLabels, int support)
        implements Serializable {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = altLabels == null ? Set.of() : Set.copyOf(altLabels);
    }
}
