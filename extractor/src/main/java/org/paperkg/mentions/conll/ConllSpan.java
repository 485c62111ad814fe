package org.paperkg.mentions.conll;

/**
 * A labelled token span inside one document: tokens {@code [start, end)} of sentence {@code sentence}.
 *
 * @param sentence index of the sentence in its {@link ConllDocument}
 * @param start    first token (inclusive)
 * @param end      last token (exclusive)
 * @param label    the entity type: the source's type name (e.g. {@code Method}, {@code RESEARCH_PROBLEM}) for
 *                 {@link ConllDocument#spans()}, or an {@link org.paperkg.mentions.EntityType} name
 *                 ({@code METHOD}, {@code TASK}, {@code DATASET}) for {@link ConllDocument#spans(TagMapping)}
 */
public record ConllSpan(int sentence, int start, int end, String label) {

    public ConllSpan {
        if (sentence < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span: sentence " + sentence + " tokens [" + start + ", " + end + ")");
        }
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("a span needs a label");
        }
    }

    /** Number of tokens. */
    public int length() {
        return end - start;
    }
}
