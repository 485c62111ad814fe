package org.paperkg.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.paperkg.entities.PaperLink;

/**
 * The paper's own method, which "our model", "we" or "it" in a result sentence refers to: its only proposed method
 * that may carry a result, else the proposed method whose name opens the title ("Quokka Fields for Action Parsing",
 * "QuokkaNet: ...", "QFP: Quokka Fields for Parsing"), where papers name what they contribute. With several candidates, none.
 */
final class PaperMethod {

    /** Words after a name that end it in a title ("X for Y", "X: Y", "X with Y"). */
    private static final Set<String> TITLE_BREAKS = Set.of(":", "-", "–", "—", "for", "with", "via", "in", "on",
            "using", "from", "through", "to", "by", "and", ",", "?");

    private PaperMethod() {
    }

    /**
     * @param proposed the proposed methods that may carry a result, one per entity
     * @param names    every name of a link
     * @return the paper's own method, or null when it is not clear
     */
    static PaperLink of(List<PaperLink> proposed, Function<PaperLink, Collection<String>> names, String title) {
        if (proposed.size() == 1) {
            return proposed.get(0);
        }
        String opening = title.strip();
        int colon = opening.indexOf(": ");
        String head = colon > 0 ? opening.substring(0, colon) : "";
        boolean acronymHead = colon > 0 && abbreviates(head, opening.substring(colon + 2));
        PaperLink best = null;
        int bestLength = 0;
        List<PaperLink> opened = new ArrayList<>();
        // a name at the very start wins; "ABC: Name ..." counts only when ABC abbreviates what follows
        for (boolean afterHead : new boolean[] {false, true}) {
            for (PaperLink l : proposed) {
                for (String name : names.apply(l)) {
                    int at = afterHead ? (acronymHead ? opensAt(opening, name, colon + 2) : -1)
                            : opensAt(opening, name, 0);
                    if (at < 0 && !afterHead && colon > 0) {
                        at = endsAt(opening, name, colon); // "... 2020 QuokkaNet: Fields for ...": the head's name
                    }
                    if (at >= 0 && name.length() > bestLength) {
                        best = l;
                        bestLength = name.length();
                    }
                    if (at >= 0 && !opened.contains(l)) {
                        opened.add(l);
                    }
                }
            }
            if (best != null) {
                break;
            }
        }
        if (best == null) {
            return namedInTitle(proposed, names, opening);
        }
        // "X" and "X-Net" both open "X-Net: ..."; the longest is the name, unless the other is not part of it
        PaperLink chosen = best;
        for (PaperLink l : opened) {
            if (l != chosen && names.apply(l).stream().noneMatch(n -> containedIn(n, chosen, names))) {
                return null;
            }
        }
        return chosen;
    }

    /** {@code start} when {@code name} is written there in the title and ends a title phrase, else -1. */
    private static int opensAt(String title, String name, int start) {
        if (name.length() < 2 || !plausibleName(name)) {
            return -1;
        }
        for (int at : ResultExtractor.positions(title, name)) {
            if (at == start && ends(title, at + name.length())) {
                return at;
            }
        }
        return -1;
    }

    /**
     * "Video Parsing with QuokkaNets": the only proposed method whose name the title writes somewhere, when its label
     * is a made name ("QuokkaNets", not "data augmentation"), else null.
     */
    private static PaperLink namedInTitle(List<PaperLink> proposed, Function<PaperLink, Collection<String>> names,
                                          String title) {
        PaperLink only = null;
        for (PaperLink l : proposed) {
            if (names.apply(l).stream().anyMatch(n -> n.length() >= 2 && !ResultExtractor.positions(title, n).isEmpty())) {
                if (only != null) {
                    return null; // "Batch X ... X", "A and B for ...": which one the results are of is not clear
                }
                only = l;
            }
        }
        boolean made = only != null && only.entityLabel().chars().noneMatch(Character::isWhitespace)
                && ResultLinkFilter.looksLikeName(only.entityLabel());
        return made ? only : null;
    }

    /** Where {@code name} is written ending right at the title's colon (a made name, not a phrase), else -1. */
    private static int endsAt(String title, String name, int colon) {
        if (name.length() < 2 || name.indexOf(' ') >= 0 || !ResultLinkFilter.looksLikeName(name)) {
            return -1;
        }
        int at = colon - name.length();
        return at >= 0 && ResultExtractor.positions(title, name).contains(at) ? at : -1;
    }

    /**
     * "QFMP" abbreviates "Quokka Fields for Marsupial Parsing": its capitals are initials
     * of the phrase, in order, starting with the first.
     */
    static boolean abbreviates(String head, String phrase) {
        String capitals = head.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (capitals.length() < 2 || head.indexOf(' ') >= 0) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : phrase.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        int k = 0;
        for (int i = 0; i < initials.length() && k < capitals.length(); i++) {
            if (initials.charAt(i) == capitals.charAt(k)) {
                k++;
            } else if (i == 0) {
                return false;
            }
        }
        return k == capitals.length();
    }

    /** A title's opening phrase that starts with a gerund or "towards" is a description, not a name. */
    private static boolean plausibleName(String name) {
        String firstWord = name.split("[\\s-]+")[0];
        String lower = firstWord.toLowerCase(Locale.ROOT);
        return !(lower.endsWith("ing") && !ResultLinkFilter.looksLikeName(firstWord))
                && !lower.equals("towards") && !lower.equals("toward") && !lower.equals("on");
    }

    private static boolean ends(String title, int end) {
        String rest = title.substring(end).strip();
        if (rest.isEmpty()) {
            return true;
        }
        String next = rest.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return TITLE_BREAKS.contains(next) || TITLE_BREAKS.contains(rest.substring(0, 1));
    }

    private static boolean containedIn(String name, PaperLink other, Function<PaperLink, Collection<String>> names) {
        return names.apply(other).stream().anyMatch(o -> !ResultExtractor.positions(o, name).isEmpty());
    }
}
