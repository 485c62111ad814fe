package org.paperkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The text of a saved query as the server receives it from {@code paperkg query}, with its parameters bound. */
final class SavedQueryText {

    private SavedQueryText() {
    }

    static String render(Path file, Map<String, String> params) throws IOException {
        // Until the saved-query API lands, the file as written (defaults in place).
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
