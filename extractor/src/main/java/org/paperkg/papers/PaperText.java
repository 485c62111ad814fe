package org.paperkg.papers;

import java.text.Normalizer;

/** Text clean-up shared by every reader: Unicode NFC, whitespace collapsed, control characters dropped. */
public final class PaperText {

    private PaperText() {
    }

    /**
     * Returns {@code text} in NFC with every run of whitespace (including no-break spaces and line breaks) turned into
     * one space, control and format characters such as byte-order marks removed, and the ends trimmed; null stays null.
     * LaTeX and other markup is kept as it is.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (Character.getType(c) == Character.CONTROL || c == 0xFEFF || c == 0x200B) {
                // dropped: never meaningful in titles or abstracts
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Like {@link #clean(String)} but returns null for blank text. */
    public static String cleanOrNull(String text) {
        String c = clean(text);
        return c == null || c.isEmpty() ? null : c;
    }

    /**
     * True when an abstract visibly stops mid-sentence: it ends with an ellipsis, or it does not end with sentence
     * punctuation (optionally followed by closing quotes or brackets).
     */
    public static boolean looksCutOff(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        String t = text.strip();
        if (t.endsWith("...") || t.endsWith("\u2026")) {
            return true;
        }
        int i = t.length() - 1;
        while (i >= 0 && ")]}\"'\u201d\u2019".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?".indexOf(t.charAt(i)) < 0;
    }
}
