package org.paperkg.mentions.conll;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.mentions.EntityType;

/**
 * One document of a CoNLL file: an abstract (between {@code -DOCSTART-} lines) or one blank-line separated
 * block when the file has no {@code -DOCSTART-} lines (a title or an abstract in the cs-ner files).
 *
 * @param sentences the sentences in file order
 */
public record ConllDocument(List<ConllSentence> sentences) {

    public ConllDocument {
        sentences = List.copyOf(sentences);
    }

    /** Total number of tokens. */
    public int tokenCount() {
        return sentences.stream().mapToInt(ConllSentence::size).sum();
    }

    /** Gold spans with the source's type names (e.g. {@code Method}), decoded from IO, BIO or BIOES tags. */
    public List<ConllSpan> spans() {
        List<ConllSpan> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.addAll(TagScheme.decode(s, sentences.get(s).labels()));
        }
        return out;
    }

    /**
     * Gold spans whose type the mapping knows, labelled with the {@link EntityType} name ({@code METHOD}, ...);
     * spans of unmapped types are dropped.
     */
    public List<ConllSpan> spans(TagMapping mapping) {
        List<ConllSpan> out = new ArrayList<>();
        for (ConllSpan span : spans()) {
            EntityType type = mapping.map(span.label());
            if (type != null) {
                out.add(new ConllSpan(span.sentence(), span.start(), span.end(), type.name()));
            }
        }
        return out;
    }
}
