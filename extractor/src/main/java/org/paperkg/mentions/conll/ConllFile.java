package org.paperkg.mentions.conll;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ConllReader} read from one file.
 *
 * @param path      the file
 * @param shape     the column layout detected from its content
 * @param scheme    the tagging scheme detected from its tags
 * @param documents the documents in file order
 * @param warnings  lines read with a caveat (e.g. extra label columns ignored), each naming file and line
 */
public record ConllFile(Path path, Shape shape, TagScheme scheme, List<ConllDocument> documents, List<String> warnings) {

    /** The column layouts paperkg reads. */
    public enum Shape {
        /**
         * Space-separated columns, token first, tag last, POS second when there are 3 or more columns
         * (SciERC: {@code token POS O I-Method}); {@code -DOCSTART-} lines between documents.
         */
        COLUMNS,
        /**
         * {@code token<TAB>tag}, one title or abstract per blank-line separated block (cs-ner); columns after the
         * second are ignored with a warning.
         */
        TAB
    }

    public ConllFile {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    /** Number of sentences in all documents. */
    public int sentenceCount() {
        return documents.stream().mapToInt(d -> d.sentences().size()).sum();
    }

    /** Number of tokens in all documents. */
    public int tokenCount() {
        return documents.stream().mapToInt(ConllDocument::tokenCount).sum();
    }
}
