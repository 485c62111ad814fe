package org.paperkg.entities;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The normalised names of strongly evidenced entities, for the corpus-level pass. {@link #find} normalises a span of
 * text only when its first normalised word can start one of the names, which a scan of the span tells without
 * normalising it; that skips almost every word n-gram of an abstract and gives the same answers as normalising all.
 */
final class StrongNameIndex {

    private final Map<String, EntityId> byName;
    /** First word of every name in {@link #byName}. */
    private final Set<String> firstWords = new HashSet<>();

    StrongNameIndex(Map<String, EntityId> byName) {
        this.byName = byName;
        for (String name : byName.keySet()) {
            int sp = name.indexOf(' ');
            firstWords.add(sp < 0 ? name : name.substring(0, sp));
        }
    }

    /**
     * The usable surface forms of every strongly evidenced entity, normalised; a name shared by two entities goes to
     * the first by type and key, so the index depends on the corpus only, not on its order.
     */
    static StrongNameIndex of(Map<EntityId, NameStats> stats) {
        Map<String, EntityId> byName = new HashMap<>();
        stats.entrySet().stream()
                .filter(e -> e.getValue().strong)
                .sorted(Comparator.comparing((Map.Entry<EntityId, NameStats> e) -> e.getKey().type().ordinal())
                        .thenComparing(e -> e.getKey().key()))
                .forEach(e -> {
                    for (String s : e.getValue().surfaces.keySet()) {
                        if (usableName(s)) {
                            byName.putIfAbsent(LabelNormalizer.normalize(s), e.getKey());
                        }
                    }
                });
        return new StrongNameIndex(byName);
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The entity named by {@code text} from {@code start} to {@code end} once normalised, or null. */
    EntityId find(String text, int start, int end) {
        if (!mayMatch(text, start, end)) {
            return null;
        }
        return byName.get(LabelNormalizer.normalize(text.substring(start, end)));
    }

    /**
     * False only when {@link LabelNormalizer#normalize} of the span cannot be a name here. For a span of printable
     * ASCII and ASCII white space it computes the first word of the normalised form as {@code normalize} would
     * (leading determiners dropped, lower case, punctuation as spaces): that word, or its singular when it is the
     * only word, must start some name. Any other span (Unicode normalisation and case rules apply) is a candidate.
     */
    boolean mayMatch(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c > 0x7E || c < 0x20 && !isSpace(c)) {
                return true;
            }
        }
        // LabelNormalizer.display: drop leading chunks that are determiners or evaluative words, never the last one
        int pos = start;
        while (true) {
            int chunkEnd = pos;
            while (chunkEnd < end && !isSpace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (chunkEnd >= end
                    || !LabelNormalizer.isLeadingWord(text.substring(pos, chunkEnd).toLowerCase(Locale.ROOT))) {
                break;
            }
            pos = chunkEnd;
            while (pos < end && isSpace(text.charAt(pos))) {
                pos++;
            }
        }
        // LabelNormalizer.normalize: punctuation and white space separate words
        while (pos < end && (isSpace(text.charAt(pos)) || isSeparator(text.charAt(pos)))) {
            pos++;
        }
        int wordEnd = pos;
        while (wordEnd < end && !isSpace(text.charAt(wordEnd)) && !isSeparator(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == pos) {
            return true;
        }
        String first = text.substring(pos, wordEnd).toLowerCase(Locale.ROOT);
        // the only word is also the head, which normalize makes singular
        return firstWords.contains(first) || firstWords.contains(LabelNormalizer.singular(first));
    }

    /** White space as the regular expression {@code \s} (and {@code String.strip} within ASCII) sees it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** ASCII characters that {@link LabelNormalizer#normalize} turns into spaces. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case '-', '_', '/', '"', '\'', '`', '(', ')', '[', ']', '{', '}', ',', ';', ':', '!', '?' -> true;
            default -> false;
        };
    }

    /** A name of several words, or a single word that looks like a name (inner capital or digit), not a common noun. */
    static boolean usableName(String s) {
        String[] words = s.split("\\s+");
        if (words.length >= 2) {
            return true;
        }
        String w = words[0];
        boolean inner = false;
        boolean digit = false;
        for (int i = 1; i < w.length(); i++) {
            inner |= Character.isUpperCase(w.charAt(i));
            digit |= Character.isDigit(w.charAt(i));
        }
        return w.length() >= 3 && (inner || digit);
    }
}
