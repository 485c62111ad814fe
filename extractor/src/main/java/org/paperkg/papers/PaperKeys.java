package org.paperkg.papers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paper identity: arXiv ids, DOIs and normalised titles, and the {@link PaperRecord#key()} made from them. */
public final class PaperKeys {

    /** Prefix of keys made from a title hash. */
    public static final String TITLE_PREFIX = "title:";

    private static final Pattern NEW_ID = Pattern.compile("(?<![\\d.])(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?![\\d])");
    private static final Pattern OLD_ID = Pattern.compile("(?<![\\w-])([a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?!\\d)");
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");

    private PaperKeys() {
    }

    /**
     * The arXiv identifier without version found in {@code text} (a bare id such as {@code 2312.00690v4},
     * {@code arXiv:2312.00690}, {@code hep-th/9901001} or an abs/pdf URL), or null.
     */
    public static String arxivId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher m = NEW_ID.matcher(t);
        if (m.find()) {
            return m.group(1);
        }
        m = OLD_ID.matcher(t);
        return m.find() ? m.group(1) : null;
    }

    /** The DOI in lower case without resolver prefix (from a bare DOI or a doi.org URL), or null. */
    public static String doi(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DOI.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        String d = m.group(1);
        while (!d.isEmpty() && ".,;)".indexOf(d.charAt(d.length() - 1)) >= 0) {
            d = d.substring(0, d.length() - 1);
        }
        return d.toLowerCase(Locale.ROOT);
    }

    /**
     * The title reduced for comparison: compatibility-normalised (NFKC), lower case, every run of characters other
     * than letters and digits turned into one space. Two printings of the same title compare equal.
     */
    public static String normalisedTitle(String title) {
        if (title == null) {
            return "";
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code title:} followed by the first 16 hex digits of the SHA-256 of the normalised title. */
    public static String titleKey(String title) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(normalisedTitle(title).getBytes(StandardCharsets.UTF_8));
            return TITLE_PREFIX + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The paper key: the arXiv id when known, else the DOI, else {@link #titleKey(String)}. */
    public static String key(String arxivId, String doi, String title) {
        if (arxivId != null && !arxivId.isEmpty()) {
            return arxivId;
        }
        if (doi != null && !doi.isEmpty()) {
            return doi;
        }
        return titleKey(title);
    }
}
