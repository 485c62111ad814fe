package org.paperkg.mentions.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The tagging schemes of CoNLL files: IO ({@code I-X}, {@code O}), BIO (also {@code B-X}) and BIOES (also
 * {@code E-X}, {@code S-X}); decodes tags into spans and encodes spans back into tags.
 */
public enum TagScheme {
    /** Inside/outside only; adjacent entities of one type run together. */
    IO,
    /** Begin/inside/outside (IOB1 or IOB2). */
    BIO,
    /** Begin/inside/outside/end/single. */
    BIOES;

    /** The label meaning "no entity". */
    public static final String OUTSIDE = "O";

    /** The scheme the given tags use: BIOES if any E-/S- tag, else BIO if any B- tag, else IO. */
    public static TagScheme detect(Collection<String> tags) {
        TagScheme scheme = IO;
        for (String tag : tags) {
            char p = prefix(tag);
            if (p == 'E' || p == 'S') {
                return BIOES;
            }
            if (p == 'B') {
                scheme = BIO;
            }
        }
        return scheme;
    }

    /**
     * Whether {@code tag} is well formed: {@code O}, or a prefix {@code B I E S} and a dash then a type name, or a
     * bare type name (read as {@code I-}type).
     */
    public static boolean isValid(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        if (tag.equals(OUTSIDE)) {
            return true;
        }
        if (tag.length() >= 2 && tag.charAt(1) == '-') {
            return "BIES".indexOf(tag.charAt(0)) >= 0 && tag.length() > 2;
        }
        return !tag.contains("-") || tag.indexOf('-') > 1;
    }

    /** The prefix letter of a tag ({@code B I E S}), {@code O} for outside, {@code I} for a bare type name. */
    public static char prefix(String tag) {
        if (tag.equals(OUTSIDE)) {
            return 'O';
        }
        if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) {
            return tag.charAt(0);
        }
        return 'I';
    }

    /** The type part of a tag ({@code Method} for {@code I-Method}); null for {@code O}. */
    public static String type(String tag) {
        if (tag.equals(OUTSIDE)) {
            return null;
        }
        if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) {
            return tag.substring(2);
        }
        return tag;
    }

    /**
     * Spans of one sentence's tags, whatever the scheme: {@code B-X} and {@code S-X} always start a span,
     * {@code I-X} continues an open span of type X or starts one, {@code E-X} closes an open span of type X
     * (or is a one-token span when none is open), {@code O} closes. So IO tags give maximal runs, IOB1, IOB2 and
     * BIOES their proper spans, and sloppy sequences (an {@code I-} after {@code O}) still decode sensibly.
     */
    public static List<ConllSpan> decode(int sentence, List<String> tags) {
        List<ConllSpan> spans = new ArrayList<>();
        String openType = null;
        int openStart = -1;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            char p = prefix(tag);
            String type = type(tag);
            boolean continues = openType != null && openType.equals(type) && (p == 'I' || p == 'E');
            if (!continues && openType != null) {
                spans.add(new ConllSpan(sentence, openStart, i, openType));
                openType = null;
            }
            switch (p) {
                case 'O' -> {
                    // nothing open any more
                }
                case 'S' -> spans.add(new ConllSpan(sentence, i, i + 1, type));
                case 'E' -> {
                    int start = continues ? openStart : i;
                    spans.add(new ConllSpan(sentence, start, i + 1, type));
                    openType = null;
                }
                default -> { // B or I
                    if (!continues) {
                        openType = type;
                        openStart = i;
                    }
                }
            }
        }
        if (openType != null) {
            spans.add(new ConllSpan(sentence, openStart, tags.size(), openType));
        }
        return spans;
    }

    /**
     * Tags for a sentence of {@code length} tokens holding the given (non-overlapping) spans of that sentence, in
     * this scheme. IO cannot separate two adjacent spans of one type: they become one run.
     */
    public List<String> encode(int length, List<ConllSpan> spans) {
        String[] tags = new String[length];
        Arrays.fill(tags, OUTSIDE);
        for (ConllSpan span : spans) {
            for (int i = span.start(); i < span.end() && i < length; i++) {
                String p;
                if (this == IO) {
                    p = "I-";
                } else if (i == span.start()) {
                    p = this == BIOES && span.length() == 1 ? "S-" : "B-";
                } else if (this == BIOES && i == span.end() - 1) {
                    p = "E-";
                } else {
                    p = "I-";
                }
                tags[i] = p + span.label();
            }
        }
        return List.of(tags);
    }
}
