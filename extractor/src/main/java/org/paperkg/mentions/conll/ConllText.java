package org.paperkg.mentions.conll;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.papers.PaperRecord;

/**
 * The plain text of a {@link ConllDocument} rebuilt from its tokens, with every token's character offsets, so that
 * mentions found by a text extractor can be mapped back to token spans for mention-level scoring. Bracket escapes
 * ({@code -LRB-} ...) are undone; by default spacing is made natural ("a model (CRF), which" rather than
 * "a model ( CRF ) , which"). Sentences are joined by one space. Immutable.
 */
public final class ConllText {

    private static final Map<String, String> ESCAPES = Map.of(
            "-LRB-", "(", "-RRB-", ")",
            "-LSB-", "[", "-RSB-", "]",
            "-LCB-", "{", "-RCB-", "}");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "'s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{");

    private final ConllDocument document;
    private final String text;
    private final int[][] starts;
    private final int[][] ends;

    private ConllText(ConllDocument document, boolean detokenize) {
        this.document = document;
        StringBuilder sb = new StringBuilder();
        List<ConllSentence> sentences = document.sentences();
        starts = new int[sentences.size()][];
        ends = new int[sentences.size()][];
        String previous = null;
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tokens = sentences.get(s).tokens();
            starts[s] = new int[tokens.size()];
            ends[s] = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                String token = unescape(tokens.get(t));
                boolean space = previous != null
                        && (!detokenize || t == 0
                            || (!NO_SPACE_BEFORE.contains(token) && !NO_SPACE_AFTER.contains(previous)));
                if (space) {
                    sb.append(' ');
                }
                starts[s][t] = sb.length();
                sb.append(token);
                ends[s][t] = sb.length();
                previous = token;
            }
        }
        text = sb.toString();
    }

    /** The text of a document with natural spacing. */
    public static ConllText of(ConllDocument document) {
        return new ConllText(document, true);
    }

    /** The text of a document; {@code detokenize=false} puts one space between every two tokens. */
    public static ConllText of(ConllDocument document, boolean detokenize) {
        return new ConllText(document, detokenize);
    }

    /** A token as plain text: {@code -LRB-} becomes {@code (} and so on; other tokens unchanged. */
    public static String unescape(String token) {
        return ESCAPES.getOrDefault(token, token);
    }

    /** The document this text was built from. */
    public ConllDocument document() {
        return document;
    }

    /** The rebuilt text. */
    public String text() {
        return text;
    }

    /** Character offset where token {@code token} of sentence {@code sentence} starts. */
    public int start(int sentence, int token) {
        return starts[sentence][token];
    }

    /** Character offset where token {@code token} of sentence {@code sentence} ends (exclusive). */
    public int end(int sentence, int token) {
        return ends[sentence][token];
    }

    /** Character offset where a span starts. */
    public int charStart(ConllSpan span) {
        return starts[span.sentence()][span.start()];
    }

    /** Character offset where a span ends (exclusive). */
    public int charEnd(ConllSpan span) {
        return ends[span.sentence()][span.end() - 1];
    }

    /** The text a span covers. */
    public String text(ConllSpan span) {
        return text.substring(charStart(span), charEnd(span));
    }

    /**
     * The token span whose characters are exactly {@code [charStart, charEnd)} (surrounding whitespace ignored),
     * labelled {@code label}; null when either end falls inside a token or the range crosses sentences.
     */
    public ConllSpan alignedSpan(int charStart, int charEnd, String label) {
        int[] range = trim(charStart, charEnd);
        if (range == null) {
            return null;
        }
        for (int s = 0; s < starts.length; s++) {
            int first = indexOf(starts[s], range[0]);
            if (first >= 0) {
                int last = indexOf(ends[s], range[1]);
                return last >= first ? new ConllSpan(s, first, last + 1, label) : null;
            }
        }
        return null;
    }

    /**
     * The smallest token span that covers every token overlapping {@code [charStart, charEnd)}, within the sentence
     * of the first such token, labelled {@code label}; null when no token overlaps.
     */
    public ConllSpan coveringSpan(int charStart, int charEnd, String label) {
        int[] range = trim(charStart, charEnd);
        if (range == null) {
            return null;
        }
        for (int s = 0; s < starts.length; s++) {
            int first = -1;
            int last = -1;
            for (int t = 0; t < starts[s].length; t++) {
                if (starts[s][t] < range[1] && ends[s][t] > range[0]) {
                    if (first < 0) {
                        first = t;
                    }
                    last = t;
                }
            }
            if (first >= 0) {
                return new ConllSpan(s, first, last + 1, label);
            }
        }
        return null;
    }

    /**
     * A paper record whose {@link PaperRecord#fullText()} is exactly {@link #text()} (the whole text as its title,
     * no abstract), so extractor offsets are offsets into this text.
     */
    public PaperRecord toPaper(String key) {
        return new PaperRecord(key, text, "", List.of(), null, null, null, null, null, null, List.of(), List.of(), false);
    }

    private int[] trim(int charStart, int charEnd) {
        int a = Math.max(0, charStart);
        int b = Math.min(text.length(), charEnd);
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return a < b ? new int[] {a, b} : null;
    }

    private static int indexOf(int[] sorted, int value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -1;
    }
}
