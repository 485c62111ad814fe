package org.paperkg.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SciERC's training documents ({@code scierc/train.txt}: one {@code token POS O TAG} a line, {@code -DOCSTART-}
 * between documents) as running text, so the team can annotate them at document level to the guideline: id
 * {@code scierc-train-NNNN} is the NNNN-th document (0-based). Joined by {@link TokenJoiner} as {@code gold/show.py}
 * prints them; SciERC's own labels are not read. Abstract only, no title.
 */
final class SciercAbstracts {

    private static final Pattern ID = Pattern.compile("scierc-train-(\\d+)");
    private static final String DOCUMENT_START = "-DOCSTART-";

    private SciercAbstracts() {
    }

    /** Whether {@code id} names one of these documents. */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** The text of each wanted id found in {@code scierc} (the SciERC folder); ids not found are absent. */
    static Map<String, String> texts(Path scierc, Set<String> wanted) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path file = scierc.resolve("train.txt");
        if (wanted.isEmpty() || !Files.exists(file)) {
            return out;
        }
        TokenDocuments.forEach(file, line -> line.strip().split(" ", -1)[0], DOCUMENT_START::equals, (tokens, n) -> {
            String id = String.format(Locale.ROOT, "scierc-train-%04d", n);
            if (wanted.contains(id)) {
                out.put(id, TokenJoiner.join(tokens));
            }
        });
        return out;
    }

    /** For messages: which document an id names. */
    static String describe(String id) {
        Matcher m = ID.matcher(id);
        return m.matches() ? "document " + Integer.parseInt(m.group(1)) + " of scierc/train.txt" : id;
    }
}
