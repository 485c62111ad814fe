package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.paperkg.entities.Relation;

/**
 * A score's subject that refers back to the sentence before ("It reaches 21.4 dB on A", "This procedure achieves
 * 71.2%"): the paper's own method when that sentence was about it ("The proposed separator learns ...", "Our pipeline
 * has three steps."). Abstracts often state the method in one sentence and its scores in the next under a pronoun; a
 * pronoun after a sentence about other systems, or one that is no subject ("it is known that ..."), gives nothing.
 */
final class ReferringSubject {

    /** Words by which a sentence calls the paper's method its own. */
    private static final Set<String> OWN_CUES = Set.of("our", "we", "proposed");
    /** How far into a sentence its own subject must come: an opening phrase, then the subject. */
    private static final int SUBJECT_REACH = 10;
    /** Words that may stand between a pronoun and its result verb ("it can reach", "it also achieves"). */
    private static final Set<String> BETWEEN = Set.of("can", "could", "also", "further", "still", "then", "even",
            "thus", "now");
    /** Participles by which a clause goes on to its subject's result ("converge, giving 32.8 BLEU"). */
    private static final Set<String> RESULT_PARTICIPLES = Set.of("giving", "yielding", "achieving", "reaching",
            "obtaining", "attaining", "leading", "resulting");
    /** Plural nouns by which a paper calls its own contributions: unlike "these models", never the baselines. */
    private static final Set<String> OWN_CHANGES = Set.of("changes", "modifications", "extensions", "enhancements",
            "contributions");
    /** Verbs that state the subject's own score. */
    private static final Set<String> RESULT_VERBS = Set.of("achieves", "achieved", "reaches", "reached", "reach",
            "achieve", "obtains", "obtained", "obtain", "attains", "attained", "attain", "yields", "yielded", "yield",
            "scores", "scored", "gets", "got", "records", "recorded", "delivers", "delivered", "sets", "set",
            "establishes", "established", "improves", "improved", "improve", "boosts", "boosted", "outperforms",
            "outperformed", "surpasses", "surpassed");


    private ReferringSubject() {
    }

    /**
     * The sentence opens with the paper's own method as its subject: an own cue ("our", "we", "proposed") among its
     * first words, and no method it does not propose named anywhere in it ("We compare with X" may make X the
     * pronoun's referent), except after a colon that lists the own method's parts ({@link #partsAfterOwnSubject}).
     */
    static boolean ownSentence(String[] words, List<NameOccurrence> methods) {
        int parts = partsAfterOwnSubject(words);
        if (methods.stream().anyMatch(o -> o.link().relation() != Relation.PROPOSES_METHOD && o.first() < parts)) {
            return false;
        }
        if (parts < words.length) {
            return true;
        }
        for (int j = 0; j < Math.min(words.length, SUBJECT_REACH); j++) {
            if (OWN_CUES.contains(words[j].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int j = 1; j + 1 < words.length; j++) {
            // "experiments on A and B demonstrate that the proposed algorithm achieves ...": the subject after "that"
            if (words[j].equalsIgnoreCase("that") && MethodBinder.REPORTING.contains(words[j - 1].toLowerCase(Locale.ROOT))) {
                for (int k = j + 1; k < Math.min(words.length, j + 3); k++) {
                    if (OWN_CUES.contains(words[k].toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "The proposed pipeline has three steps: pretraining X with Y, ...": the token after a colon that follows an own
     * subject opening the sentence (an own cue among its first words, no number, comma or semicolon before the colon), else the
     * sentence's length. The methods named after such a colon are the parts of the paper's own method, so a pronoun
     * in the next sentence still refers to the whole method.
     */
    private static int partsAfterOwnSubject(String[] words) {
        boolean own = false;
        for (int j = 0; j < words.length; j++) {
            String w = words[j];
            if (w.equals(":")) {
                return own ? j + 1 : words.length;
            }
            if (w.matches(".*\\d.*") || w.equals(",") || w.equals(";")) {
                return words.length;
            }
            own |= j < SUBJECT_REACH && OWN_CUES.contains(w.toLowerCase(Locale.ROOT));
        }
        return words.length;
    }

    /**
     * Tokens {@code [start, end)} hold a referring subject before its result verb: "it" followed by a result verb
     * (with "can", "also", ... between), or "this" with up to two lower-case words and a method's kind noun,
     * followed by a result verb or a comma ("This design, in combination with ..., establishes"); or "these" with a
     * noun for the paper's own changes ("these changes always converge, giving"), followed by a result verb or
     * participle; each opening the sentence or a clause. Another plural ("these models") may be the baselines just
     * named, so it does not count.
     */
    static boolean in(String[] words, int start, int end) {
        for (int j = start; j < end; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            boolean opens = j == 0 || Set.of(",", "and", "that").contains(words[j - 1].toLowerCase(Locale.ROOT));
            if (!opens) {
                continue; // "which makes it reach": no subject
            }
            if (w.equals("it") && verbAfter(words, j + 1, end)) {
                return true;
            }
            if (w.equals("these") && j + 1 < end && OWN_CHANGES.contains(words[j + 1].toLowerCase(Locale.ROOT))) {
                return resultAfter(words, j + 2, end);
            }
            if (w.equals("this")) {
                for (int k = j + 1; k < Math.min(end, j + 4); k++) {
                    String noun = words[k].toLowerCase(Locale.ROOT).replaceAll("s$", "");
                    if (!words[k].matches("[a-z-]+")) {
                        break;
                    }
                    if (noun.equals("design") || MethodBinder.METHOD_KINDS.contains(noun)) {
                        return k + 1 < end && (words[k + 1].equals(",") || verbAfter(words, k + 1, end));
                    }
                }
            }
        }
        return false;
    }

    /**
     * A result verb or a participle stating a result ("always converge, giving") follows the subject in its clause
     * span; "these changes are simple" states none.
     */
    private static boolean resultAfter(String[] words, int from, int end) {
        for (int i = from; i < end; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (RESULT_VERBS.contains(w) || RESULT_PARTICIPLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbAfter(String[] words, int from, int end) {
        int i = from;
        while (i < end && BETWEEN.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i < end && RESULT_VERBS.contains(words[i].toLowerCase(Locale.ROOT));
    }
}
