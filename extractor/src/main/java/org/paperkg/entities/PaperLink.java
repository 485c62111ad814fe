package org.paperkg.entities;

import java.util.Objects;

/**
 * A link from a paper to an entity, with the evidence that gave it.
 *
 * @param paperKey    the paper's key
 * @param relation    which contract property links them
 * @param entityKey   the entity's key within {@code relation.type()}
 * @param entityLabel the entity's preferred label (written into the paper's graph)
 * @param evidence    sentence that supports the link
 * @param charStart   start of the mention in the paper's full text (title, blank line, abstract)
 * @param charEnd     end (exclusive) of the mention
 * @param rule        the rule or extractor that found it; several joined by {@code +} when they agree
 * @param confidence  0..1, combining rule strength, agreeing extractors and corpus support
 */
public record PaperLink(
        String paperKey,
        Relation relation,
        String entityKey,
        String entityLabel,
        String evidence,
        int charStart,
        int charEnd,
        String rule,
        double confidence) {

    public PaperLink {
        Objects.requireNonNull(paperKey, "paperKey");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(entityLabel, "entityLabel");
    }
}
