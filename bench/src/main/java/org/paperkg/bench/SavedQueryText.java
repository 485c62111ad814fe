package org.paperkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The saved queries of a folder as the server receives them from {@code paperkg query}, parameters bound. */
final class SavedQueryText {

    /** One saved query ready to send. */
    record Rendered(String name, String text, Map<String, String> bound) {
    }

    private SavedQueryText() {
    }

    static List<Rendered> renderAll(Path dir, Map<String, String> params) {
        // Until the saved-query API lands: the files as written.
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".rq")).sorted().map(f -> {
                try {
                    return new Rendered(f.getFileName().toString().replaceFirst("\\.rq$", ""),
                            Files.readString(f, StandardCharsets.UTF_8), Map.of());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
