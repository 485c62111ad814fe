package org.paperkg.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Papers-with-Code abstracts of cs-ner ({@code pwc/test-abs.data}, {@code pwc/dev-abs.data}) as running text,
 * so the team can annotate them at document level: id {@code pwc-test-NNNN} is the NNNN-th abstract (0-based) of
 * the test file. The tokens are joined back exactly as {@code detokenize} in {@code gold/show.py} does, which is
 * what the annotators read; the two must stay the same. Abstract only, no title.
 */
final class CsNerAbstracts {

    /** Id of one abstract: split and 0-based position. */
    private static final Pattern ID = Pattern.compile("pwc-(test|dev)-(\\d+)");
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("([,.;:!?)\\]}%]+|'[a-z]{1,2}|-[A-Za-z0-9].*)",
            Pattern.DOTALL); // tokens hold no line break: DOTALL makes '.' Python's

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
        for (String split : List.of("test", "dev")) {
            boolean any = wanted.stream().anyMatch(id -> id.startsWith("pwc-" + split + "-"));
            Path file = csNer.resolve("pwc/" + split + "-abs.data");
            if (!any || !Files.exists(file)) {
                continue;
            }
            // malformed bytes become U+FFFD, as Python's errors='replace' does for the annotators
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8))) {
                List<String> tokens = new ArrayList<>();
                int n = 0;
                String line;
                while (true) {
                    line = r.readLine();
                    String token = line == null ? "" : line.split("\t", -1)[0];
                    if (!pythonBlank(token)) {
                        tokens.add(token);
                        continue;
                    }
                    if (!tokens.isEmpty()) {
                        String id = String.format(Locale.ROOT, "pwc-%s-%04d", split, n);
                        if (wanted.contains(id)) {
                            out.put(id, detokenize(tokens));
                        }
                        tokens.clear();
                        n++;
                    }
                    if (line == null) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Joins tokens into running text: no space before closing punctuation, clitics ("'s") and "-suffix" tokens,
     * none after an opening bracket.
     */
    static String detokenize(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String t : tokens) {
            if (out.length() > 0 && !NO_SPACE_BEFORE.matcher(t).matches()
                    && "([{".indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    /** Python's {@code not s.strip()}: Python also counts no-break and other Unicode spaces as white space. */
    private static boolean pythonBlank(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85);
    }

    /** For messages: which part of an id is wrong. */
    static String describe(String id) {
        Matcher m = ID.matcher(id);
        return m.matches() ? "abstract " + Integer.parseInt(m.group(2)) + " of cs-ner pwc/" + m.group(1)
                + "-abs.data" : id;
    }
}
