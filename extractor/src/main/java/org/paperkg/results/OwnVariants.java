package org.paperkg.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;

/**
 * A method name written as the paper's proposed method's name with a size or version after it ("OwlNet-23-slim",
 * "OwlNet-P4", "OwlNets" and "OwlNet-large") is one of the paper's own models, not a baseline, though it was linked
 * as a method the paper uses: abstracts report the scores of their model's sizes under such names. A name before
 * the proposed one ("Sub-OwlNet", "MDE-OwlNet") or a word that builds another system on it ("OwlNet-based",
 * "OwlNet-style") is another system and stays as it was.
 */
final class OwnVariants {

    /** Lower-case suffixes that name a size of the same model. */
    private static final Set<String> SIZES = Set.of("tiny", "small", "base", "medium", "large", "huge", "giant",
            "slim", "lite", "light", "mini", "nano", "micro", "xl", "xxl", "deep", "wide", "big");
    /** Shortest proposed name taken: a short one ("Owl") may begin unrelated names. */
    private static final int MIN_NAME = 3;

    private OwnVariants() {
    }

    /**
     * The occurrences, each method name the paper does not propose that is a variant of a proposed one ({@code
     * proposed}, with {@code names} giving each one's written names) given that proposed method's link instead.
     *
     * @param written the text of an occurrence, as the sentence writes it
     */
    static List<NameOccurrence> apply(List<NameOccurrence> occurrences, Function<NameOccurrence, String> written,
                                      List<PaperLink> proposed, Function<PaperLink, Collection<String>> names) {
        List<NameOccurrence> out = new ArrayList<>(occurrences.size());
        for (NameOccurrence o : occurrences) {
            PaperLink own = o.link().relation() == Relation.USES_METHOD
                    ? variantOf(written.apply(o), proposed, names) : null;
            out.add(own == null ? o : new NameOccurrence(own, o.first(), o.last(), o.named(), true));
        }
        return out;
    }

    /** The proposed method {@code name} is a variant of, or null. */
    static PaperLink variantOf(String name, List<PaperLink> proposed, Function<PaperLink, Collection<String>> names) {
        for (PaperLink p : proposed) {
            for (String n : names.apply(p)) {
                if (n.length() < MIN_NAME || n.chars().noneMatch(Character::isUpperCase) || n.contains(" ")) {
                    continue; // a lower-case description or a phrase is no model's name
                }
                for (String stem : n.endsWith("s") ? List.of(n, n.substring(0, n.length() - 1)) : List.of(n)) {
                    if (name.length() > stem.length() && name.startsWith(stem) && sizeSuffix(name.substring(stem.length()))) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** "-23-slim", "-P4", "4", "-large": a digit or a capital, or a size word, after a hyphen or right after. */
    private static boolean sizeSuffix(String rest) {
        String s = rest.startsWith("-") ? rest.substring(1) : rest;
        if (s.isEmpty() || !rest.startsWith("-") && !Character.isDigit(s.charAt(0))) {
            return false; // "OwlNetter": another word
        }
        return s.chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))
                || SIZES.contains(s.toLowerCase(Locale.ROOT));
    }
}
