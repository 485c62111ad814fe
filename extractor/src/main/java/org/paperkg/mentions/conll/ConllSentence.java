package org.paperkg.mentions.conll;

import java.util.List;

/**
 * One sentence (or one title/abstract block) of a CoNLL file: its tokens as written (brackets still escaped,
 * e.g. {@code -LRB-}) and one raw tag per token ({@code O}, {@code I-Method}, {@code B-DATASET}, ...).
 *
 * @param tokens tokens in file order
 * @param labels raw tags, same length as {@code tokens}
 */
public record ConllSentence(List<String> tokens, List<String> labels) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        if (tokens.size() != labels.size()) {
            throw new IllegalArgumentException(
                    "a sentence needs one label per token: " + tokens.size() + " tokens, " + labels.size() + " labels");
        }
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }
}
