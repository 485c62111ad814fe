package org.paperkg.learning;

import java.util.List;
import java.util.Objects;

import org.paperkg.eval.GoldPaper;
import org.paperkg.mentions.EntityType;

/**
 * One annotated text of a training source: a paper (title + abstract) with document-level gold entities, or a
 * passage with gold mention spans.
 *
 * @param id       the paper's id in its source
 * @param source   the source's name ({@code annotations}, {@code gold-dev}, {@code scier-fulltext}, {@code cs-ner})
 * @param text     the text as the extractor reads it
 * @param titleEnd where the title ends, -1 when there is none
 * @param document document-level gold, or null
 * @param spans    mention-level gold, or null
 */
public record AnnotatedText(String id, String source, String text, int titleEnd, GoldPaper document,
                            List<GoldSpan> spans) {

    public AnnotatedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if ((document == null) == (spans == null)) {
            throw new IllegalArgumentException("give either document-level or mention-level gold");
        }
        spans = spans == null ? null : List.copyOf(spans);
    }

    /** One gold mention: character span in {@link #text} and its type. */
    public record GoldSpan(int start, int end, EntityType type) {
    }
}
