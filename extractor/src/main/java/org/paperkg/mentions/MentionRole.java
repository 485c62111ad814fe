package org.paperkg.mentions;

/** Whether the paper contributes the entity (proposes a method, introduces a dataset) or only uses/addresses it. */
public enum MentionRole {
    /** The paper's own contribution. */
    CONTRIBUTED,
    /** Used, compared against, or addressed. */
    USED
}
