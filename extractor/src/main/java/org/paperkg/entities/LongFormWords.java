package org.paperkg.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The content words of a normalised long form, and whether two long forms of one acronym say the same name
 * ({@link AcronymIndex#spellingVariants}).
 */
final class LongFormWords {

    /** Words that join a long form's words without naming anything ("vision-and-language", "training with ..."). */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "by", "for", "in", "of", "on", "the",
            "to", "via", "with");
    /**
     * Endings that make another word of the same stem ("vis-ual", "vis-ion"; "autoencod-er", "autoencod-ing"):
     * English derivational and inflectional suffixes, so that "spatial" and "sparse", which only start alike, stay
     * two words.
     */
    private static final List<String> ENDINGS = List.of("ational", "ation", "ional", "ual", "ial", "al", "ions", "ion",
            "ive", "ing", "ers", "er", "ed", "ity", "ical", "ic");
    /** Shortest stem two words of one stem share. */
    private static final int MIN_STEM = 3;

    private LongFormWords() {
    }

    /** The words of a normalised long form that name something. */
    static List<String> of(String normalisedLongForm) {
        List<String> words = new ArrayList<>();
        for (String w : normalisedLongForm.split(" ")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Whether two long forms of one acronym name one thing: of two words or more, their words pair in order, each
     * pair of one stem. A word more or less is not allowed: "policy optimization" for "proximal policy optimization",
     * "segmentation model" for "segment anything model" are other names, and one paper that writes them before the
     * acronym must not take every paper's phrase with it.
     */
    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() < 2 || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameStem(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Equal; or the shorter word, of four letters or more, starts the longer ("foundation", "foundational"); or one
     * stem of three letters or more with one of {@link #ENDINGS} each ("visual", "vision").
     */
    static boolean sameStem(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (!Character.isLetter(x.charAt(0)) || !Character.isLetter(y.charAt(0))) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (longer.startsWith(shorter)) {
            return shorter.length() >= 4;
        }
        for (String ex : ENDINGS) {
            if (x.endsWith(ex) && x.length() - ex.length() >= MIN_STEM) {
                String stem = x.substring(0, x.length() - ex.length());
                for (String ey : ENDINGS) {
                    if (y.length() == stem.length() + ey.length() && y.startsWith(stem) && y.endsWith(ey)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
