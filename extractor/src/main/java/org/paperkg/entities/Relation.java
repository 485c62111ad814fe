package org.paperkg.entities;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionRole;

/** The paper-to-entity links of the ontology; each maps to one contract property {@code pkg:<localName>}. */
public enum Relation {
    PROPOSES_METHOD("proposesMethod", EntityType.METHOD),
    USES_METHOD("usesMethod", EntityType.METHOD),
    ADDRESSES_TASK("addressesTask", EntityType.TASK),
    USES_DATASET("usesDataset", EntityType.DATASET),
    INTRODUCES_DATASET("introducesDataset", EntityType.DATASET);

    private final String localName;
    private final EntityType type;

    Relation(String localName, EntityType type) {
        this.localName = localName;
        this.type = type;
    }

    /** Local name of the ontology property. */
    public String localName() {
        return localName;
    }

    /** Type of the entity at the end of the link. */
    public EntityType type() {
        return type;
    }

    /** The relation for an entity of {@code type} in {@code role}. */
    public static Relation of(EntityType type, MentionRole role) {
        return switch (type) {
            case METHOD -> role == MentionRole.CONTRIBUTED ? PROPOSES_METHOD : USES_METHOD;
            case TASK -> ADDRESSES_TASK;
            case DATASET -> role == MentionRole.CONTRIBUTED ? INTRODUCES_DATASET : USES_DATASET;
        };
    }
}
