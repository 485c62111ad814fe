package org.paperkg.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Reads a one-token-a-line file (cs-ner, SciERC) document by document, streaming: each line gives a token, a token
 * that ends a document closes the current one, other blank tokens are skipped.
 */
final class TokenDocuments {

    private TokenDocuments() {
    }

    /**
     * Calls {@code document} with each non-empty document's tokens and its 0-based number. Malformed bytes become
     * U+FFFD, as Python's errors='replace' does for the annotators.
     */
    static void forEach(Path file, UnaryOperator<String> token, Predicate<String> endsDocument,
                        ObjIntConsumer<List<String>> document) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            List<String> tokens = new ArrayList<>();
            int n = 0;
            String line;
            do {
                line = r.readLine();
                String t = line == null ? null : token.apply(line);
                if (t == null || endsDocument.test(t)) {
                    if (!tokens.isEmpty()) {
                        document.accept(List.copyOf(tokens), n++);
                    }
                    tokens.clear();
                } else if (!TokenJoiner.pythonBlank(t)) {
                    tokens.add(t);
                }
            } while (line != null);
        }
    }
}
