package org.paperkg.entities;

import org.paperkg.mentions.EntityType;

/** The identity of a corpus entity while it is resolved: its type and the slug of its normalised name. */
record EntityId(EntityType type, String key) implements java.io.Serializable {
}
