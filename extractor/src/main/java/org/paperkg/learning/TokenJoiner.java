package org.paperkg.learning;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins one-token-a-line text (cs-ner, SciERC) back into running text exactly as {@code detokenize} in
 * {@code gold/show.py} does, which is what the annotators read; the two must stay the same. No space before closing
 * punctuation, clitics ("'s") and "-suffix" tokens, none after an opening bracket or quote; Penn Treebank escapes
 * ({@code -LRB-}, {@code ``}, ...) become the characters they stand for.
 */
final class TokenJoiner {

    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("([,.;:!?)\\]}%]+|'[a-z]{1,2}|-[A-Za-z0-9].*)",
            Pattern.DOTALL); // tokens hold no line break: DOTALL makes '.' Python's
    private static final String OPEN_QUOTE = "``";
    private static final String CLOSE_QUOTE = "''";
    private static final Map<String, String> ESCAPES = Map.of("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]",
            "-LCB-", "{", "-RCB-", "}", OPEN_QUOTE, "\"", CLOSE_QUOTE, "\"");

    private TokenJoiner() {
    }

    static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        boolean afterOpenQuote = false;
        for (String token : tokens) {
            String t = ESCAPES.getOrDefault(token, token);
            if (out.length() > 0 && !NO_SPACE_BEFORE.matcher(t).matches() && !token.equals(CLOSE_QUOTE)
                    && "([{".indexOf(out.charAt(out.length() - 1)) < 0 && !afterOpenQuote) {
                out.append(' ');
            }
            afterOpenQuote = token.equals(OPEN_QUOTE);
            out.append(t);
        }
        return out.toString();
    }

    /** Python's {@code not s.strip()}: Python also counts no-break and other Unicode spaces as white space. */
    static boolean pythonBlank(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85);
    }
}
