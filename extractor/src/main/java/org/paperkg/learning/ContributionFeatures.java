package org.paperkg.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Where a candidate's text stands when a paper states its own contribution ({@code k:} features), pooled over
 * every occurrence of the text in the paper: the head of the title ("X: ..."), the object of "we propose /
 * introduce / present" with only determiners and modifiers between, named by "called / dubbed X", after "our" or
 * "the proposed", followed by an apposition (", a ..."), defining an acronym in a sentence that proposes, and
 * whether it is the only text of the paper proposed that way. Each cue is plain and crossed with whether the text is
 * written as a name (a capital or a digit), since a name and an unnamed phrase ("a graph framework") are stated
 * differently. No cue names an
 * entity. Immutable.
 */
final class ContributionFeatures {

    /** Verbs that state a paper's own contribution. */
    private static final Set<String> PROPOSE = Set.of("propose", "introduce", "present", "develop", "design",
            "devise", "build", "construct", "formulate", "create", "release", "contribute", "offer", "describe");
    /** Participles that name a contribution: "a method called X". */
    private static final Set<String> NAMING = Set.of("call", "name", "dub", "term", "coin");
    /** Words between a verb and its object that a name may follow: "propose a simple yet effective X". */
    private static final Set<String> MODIFIER_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "CC",
            "VBN", "VBG", "HYPH", ",", "CD");
    /** Subjects that make a sentence the paper's own statement. */
    private static final Set<String> OWN = Set.of("we", "our", "this", "here");
    private static final int MAX_GAP = 5;

    private final Map<String, Set<String>> cues;
    private final int proposedTexts;

    private ContributionFeatures(Map<String, Set<String>> cues) {
        this.cues = cues;
        this.proposedTexts = (int) cues.values().stream().filter(c -> c.contains("propose-object")).count();
    }

    /**
     * The cues of every candidate span of one paper.
     *
     * @param sentences the paper's tokens by sentence
     * @param spans     candidate spans as {sentence, first token, end token}
     * @param text      the paper's text
     * @param titleEnd  where the title ends, -1 without title
     */
    static ContributionFeatures of(List<List<CoreLabel>> sentences, Collection<int[]> spans, String text,
                                   int titleEnd) {
        Map<String, Set<String>> cues = new HashMap<>();
        for (int[] loc : spans) {
            List<CoreLabel> s = sentences.get(loc[0]);
            int start = s.get(loc[1]).beginPosition();
            int end = s.get(loc[2] - 1).endPosition();
            cues.computeIfAbsent(text.substring(start, end).toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                    .addAll(occurrence(s, loc[1], loc[2], start < titleEnd));
        }
        return new ContributionFeatures(cues);
    }

    /** The features of a candidate whose text is {@code span}. */
    List<String> features(String span) {
        Set<String> own = cues.getOrDefault(span.toLowerCase(Locale.ROOT), Set.of());
        String shape = ProposedMisses.unnamed(span) ? "phrase" : "name";
        List<String> f = new ArrayList<>();
        for (String c : own) {
            f.add("k:" + c);
            f.add("k:" + c + "/" + shape);
        }
        if (own.contains("propose-object")) {
            f.add(proposedTexts == 1 ? "k:sole-propose-object" : "k:one-of-" + Math.min(proposedTexts, 4)
                    + "-propose-objects");
        }
        f.add("k:cues=" + Math.min(own.size(), 3) + "/" + shape);
        return f;
    }

    /** The cues of one occurrence: tokens {@code from} (inclusive) to {@code to} (exclusive) of sentence {@code s}. */
    static Set<String> occurrence(List<CoreLabel> s, int from, int to, boolean inTitle) {
        Set<String> out = new TreeSet<>();
        boolean colonAfter = to < s.size() && s.get(to).word().equals(":");
        if (inTitle && (from == 0 || colonAfter)) {
            out.add("title-head");
        }
        boolean ownSentence = false;
        boolean proposeSentence = false;
        for (int k = 0; k < s.size(); k++) {
            if (k >= from && k < to) {
                continue;
            }
            String l = CandidateFinder.lemma(s.get(k));
            ownSentence |= OWN.contains(l);
            proposeSentence |= PROPOSE.contains(l) && s.get(k).tag().startsWith("VB");
        }
        int k = from - 1;
        int gap = 0;
        while (k >= 0 && gap < MAX_GAP && MODIFIER_TAGS.contains(s.get(k).tag())
                && !NAMING.contains(CandidateFinder.lemma(s.get(k)))) {
            k--;
            gap++;
        }
        if (k >= 0) {
            String verb = CandidateFinder.lemma(s.get(k));
            if (PROPOSE.contains(verb) && s.get(k).tag().startsWith("VB")) {
                out.add("propose-object");
                if (ownSentence) {
                    out.add("propose-object-own");
                }
            }
            if (verb.equals("our")) {
                out.add("our");
            }
        }
        if (to + 1 < s.size() && CandidateFinder.lemma(s.get(to)).equals("be") && s.get(to + 1).tag().equals("VBN")
                && PROPOSE.contains(CandidateFinder.lemma(s.get(to + 1)))) {
            // the passive "a ... X is proposed" states the same contribution
            out.add("propose-object");
            if (ownSentence) {
                out.add("propose-object-own");
            }
        }
        for (int j = from - 1; j >= Math.max(0, from - 3); j--) {
            String l = CandidateFinder.lemma(s.get(j));
            if (NAMING.contains(l) && s.get(j).tag().equals("VBN") || l.equals("dub")) {
                out.add("named");
                break;
            }
            if (!s.get(j).word().equals(",") && !s.get(j).word().equals("\"") && !s.get(j).tag().equals("``")) {
                break;
            }
        }
        if (from >= 2 && CandidateFinder.lemma(s.get(from - 1)).equals("propose")
                && CandidateFinder.lemma(s.get(from - 2)).equals("the")) {
            out.add("the-proposed");
        }
        if (to + 1 < s.size() && s.get(to).word().equals(",")) {
            String next = s.get(to + 1).word().toLowerCase(Locale.ROOT);
            if (next.equals("a") || next.equals("an") || next.equals("which")) {
                out.add("apposition");
            }
        }
        if (colonAfter && !inTitle) {
            out.add("apposition");
        }
        if (proposeSentence && to + 2 < s.size() && s.get(to).word().equals("(") && s.get(to + 2).word().equals(")")
                && CandidateFinder.nameShaped(s.get(to + 1).word())) {
            out.add("acronym-when-proposing");
        }
        return out;
    }
}
