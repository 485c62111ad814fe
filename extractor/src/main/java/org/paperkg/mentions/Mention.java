package org.paperkg.mentions;

import java.util.Objects;

/**
 * One typed span of a paper's text that names a method, task or dataset, with the evidence for it.
 *
 * @param text       the span as it appears in the text
 * @param type       method, task or dataset
 * @param role       contributed by the paper or used
 * @param charStart  start offset in {@link org.paperkg.papers.PaperRecord#fullText()}
 * @param charEnd    end offset (exclusive) in the same text
 * @param evidence   the sentence that contains the span
 * @param rule       the rule or extractor that found it, e.g. {@code cue:we-propose}, {@code acronym}, {@code crf}
 * @param confidence 0..1
 * @param acronym    the acronym defined for this span in the text ("long form (LF)"), else null
 */
public record Mention(
        String text,
        EntityType type,
        MentionRole role,
        int charStart,
        int charEnd,
        String evidence,
        String rule,
        double confidence,
        String acronym) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rule, "rule");
    }
}
