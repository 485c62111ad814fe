package org.paperkg.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abstracts of cs-ner ({@code pwc}, {@code ncg} and {@code ftd}: {@code test-abs.data}, {@code dev-abs.data})
 * as running text, so the team can annotate them at document level: id {@code pwc-test-NNNN} is the NNNN-th abstract
 * (0-based) of {@code pwc/test-abs.data}. The tokens are joined back by {@link TokenJoiner}, as the annotators read
 * them. Abstract only, no title.
 */
final class CsNerAbstracts {

    /** Id of one abstract: split and 0-based position. */
    private static final Pattern ID = Pattern.compile("(pwc|ncg|ftd)-(test|dev)-(\\d+)");
    private static final List<String> CORPORA = List.of("pwc", "ncg", "ftd");

    private CsNerAbstracts() {
    }

    /** Whether {@code id} names one of these abstracts. */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * The text of each wanted id found in {@code csNer} (the cs-ner folder), streamed one file at a time; ids not
     * found are simply absent from the answer.
     */
    static Map<String, String> texts(Path csNer, Set<String> wanted) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String corpus : CORPORA) {
            for (String split : List.of("test", "dev")) {
                readFile(csNer, corpus, split, wanted, out);
            }
        }
        return out;
    }

    private static void readFile(Path csNer, String corpus, String split, Set<String> wanted, Map<String, String> out)
            throws IOException {
        String prefix = corpus + "-" + split + "-";
        Path file = csNer.resolve(corpus + "/" + split + "-abs.data");
        if (wanted.stream().noneMatch(id -> id.startsWith(prefix)) || !Files.exists(file)) {
            return;
        }
        TokenDocuments.forEach(file, line -> line.split("\t", -1)[0], TokenJoiner::pythonBlank, (tokens, n) -> {
            String id = String.format(Locale.ROOT, "%s%04d", prefix, n);
            if (wanted.contains(id)) {
                out.put(id, TokenJoiner.join(tokens));
            }
        });
    }

    /** For messages: which part of an id is wrong. */
    static String describe(String id) {
        Matcher m = ID.matcher(id);
        return m.matches() ? "abstract " + Integer.parseInt(m.group(3)) + " of cs-ner " + m.group(1) + "/"
                + m.group(2) + "-abs.data" : id;
    }
}
