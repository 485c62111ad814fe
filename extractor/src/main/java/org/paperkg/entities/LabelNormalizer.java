package org.paperkg.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalises entity names: determiners and evaluative adjectives dropped, case, hyphens and plural heads folded. */
public final class LabelNormalizer {

    private static final Set<String> LEADING = Set.of("a", "an", "the", "this", "that", "these", "those", "our",
            "their", "its", "novel", "new", "proposed", "simple", "existing", "standard", "popular", "efficient",
            "effective", "powerful", "various", "several", "different", "other", "such", "recent", "traditional",
            "conventional", "classical", "classic", "previous", "prior", "modern", "improved", "unified", "general",
            "generic", "state-of-the-art", "pre-trained", "pretrained", "well-known", "widely-used", "first", "vanilla", "original");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\"'`()\\[\\]{},;:!?]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private LabelNormalizer() {
    }

    /** Whether {@link #display} drops this lower-case word when a name starts with it. */
    static boolean isLeadingWord(String lowerCaseWord) {
        return LEADING.contains(lowerCaseWord);
    }

    /** The surface form with leading determiners and evaluative words removed, whitespace collapsed, case kept. */
    public static String display(String surface) {
        String s = SPACES.matcher(Normalizer.normalize(surface, Normalizer.Form.NFC).strip()).replaceAll(" ");
        while (true) {
            int sp = s.indexOf(' ');
            if (sp < 0) {
                break;
            }
            String first = s.substring(0, sp).toLowerCase(Locale.ROOT);
            if (!LEADING.contains(first)) {
                break;
            }
            s = s.substring(sp + 1);
        }
        return s;
    }

    /** Comparable form: display form, lower case, hyphens/slashes as spaces, punctuation dropped, head singular. */
    public static String normalize(String surface) {
        String s = display(surface).toLowerCase(Locale.ROOT);
        s = s.replace('-', ' ').replace('_', ' ').replace('/', ' ').replace('\u2013', ' ').replace('\u2014', ' ');
        s = SPACES.matcher(PUNCTUATION.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        int sp = s.lastIndexOf(' ');
        String head = s.substring(sp + 1);
        return s.substring(0, sp + 1) + singular(head);
    }

    /** The last word of the normalised form. */
    public static String head(String surface) {
        String n = normalize(surface);
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    /** Singular of an English noun by suffix rules; short words and words without a plural ending unchanged. */
    public static String singular(String w) {
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.endsWith("ics") && w.length() > 5) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /** URL-safe key of a label: its normalised form with runs of other characters as single hyphens. */
    public static String slug(String surface) {
        String n = normalize(surface).replace("+", " plus ");
        String slug = EDGE_HYPHENS.matcher(NON_WORD.matcher(n).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "x" + Integer.toHexString(surface.hashCode()) : slug;
    }
}
