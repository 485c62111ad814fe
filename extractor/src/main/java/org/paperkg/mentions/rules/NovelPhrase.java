package org.paperkg.mentions.rules;

import java.util.List;
import java.util.Set;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

import static org.paperkg.mentions.rules.Chunks.chunkable;

/**
 * "We ... via a novel X", "the paper applies a new X", "we propose a X": authors call their own contribution novel
 * or new, or make it the object of a contribution verb, so that noun phrase is a contributed method even when its
 * head is no method word ("a novel tiling of the widget space", "we propose a sprocket-aware gadget shield").
 */
final class NovelPhrase extends DraftRule {
    NovelPhrase(PaperDraft draft) {
        super(draft);
    }

    /** Adds the method mentions that "a novel/new X" or "we propose a X" name and adds their ranges [from, to, 0]. */
    void mark(List<int[]> contributed) {
        for (Tok[] s : sentences) {
            if (s[0].inTitle()) {
                continue;
            }
            for (int i = 1; i < s.length - 1; i++) {
                String w = s[i].lower();
                if ((w.equals("novel") || w.equals("new")) && s[i].tag().startsWith("JJ") && afterArticle(s, i)
                        && ourSentence(s, i)) {
                    phrase(s, i + 1, "cue:novel", contributed);
                } else if (OBJECT_VERBS.contains(s[i].lowerLemma()) && s[i].tag().startsWith("VB")
                        && (s[i + 1].lower().equals("a") || s[i + 1].lower().equals("an")) && i + 2 < s.length
                        && ContributionMarker.subjectIsUs(s, i)) {
                    phrase(s, i + 2, "cue:object", contributed); // "we propose a sprocket-aware gadget shield for ..."
                }
            }
        }
    }

    private void phrase(Tok[] s, int from, String rule, List<int[]> contributed) {
        int e = from;
        int start = from;
        while (e < s.length && e - from < 10) {
            if (COORDINATORS.contains(s[e].lower()) && e + 1 < s.length && chunkable(s[e + 1])
                    && adjectivesOnly(s, start, e)) {
                start = e + 1; // "a new, sparse, gizmo-weighted discrepancy": the last conjunct
            } else if (!chunkable(s[e]) || e > start && s[e - 1].noun()
                    && (s[e].tag().equals("VBG") || s[e].tag().equals("VBN"))) {
                break; // "a novel framework combining X": the participle starts a modifier
            }
            e++;
        }
        while (start < e && (TRIM.contains(s[start].lower()) || Lexicon.DROP_MODIFIERS.contains(s[start].lower())
                || s[start].word().endsWith("ly"))) {
            start++;
        }
        while (e > start && !s[e - 1].noun()) {
            e--;
        }
        if (e <= start || e - start > 5) {
            return;
        }
        Tok head = s[e - 1];
        String h = head.lowerLemma();
        if (Lexicon.GENERIC_METHOD_HEADS.contains(h) && e < s.length && namedAfter(s[e], contributed)) {
            return;
        }
        if (HeadTyping.typeOfHeadWord(h) == EntityType.TASK || HeadTyping.typeOfHeadWord(h) == EntityType.DATASET
                || Lexicon.DATASET_HEADS.contains(head.lower()) || Lexicon.BAD_HEADS.contains(h)
                || NOT_METHODS.contains(h) || GenericPhrases.allGenericOrVague(s, start, e)
                || e - start == 1 && !head.nameLike()) {
            return;
        }
        for (Mention m : out) {
            if (m.charStart() < s[e - 1].end() && m.charEnd() > s[start].begin() && m.type() != EntityType.METHOD) {
                return; // typed otherwise by a stronger rule
            }
        }
        int to = ofComplement(s, e, h);
        if (to < s.length && !PHRASE_END.contains(s[to].tag()) && Character.isLetterOrDigit(s[to].word().charAt(0))
                || to < s.length && (s[to].lower().equals("based") || s[to].lower().equals("oriented"))
                || to + 1 < s.length && s[to].tag().equals("CC") && chunkable(s[to + 1])
                && !s[to + 1].tag().equals("DT")) {
            return; // "a novel X retake ...", "a vision based X", "a X and Y strategy": the phrase's end is unknown
        }
        boolean known = false;
        for (Mention m : out) {
            known |= m.type() == EntityType.METHOD && m.charStart() >= s[start].begin() && m.charEnd() <= s[to - 1].end();
        }
        if (!known && Lexicon.GENERIC_METHOD_HEADS.contains(h)) {
            return; // "a novel model-based algorithm": generic heads are kept or dropped by the phrase rules
        }
        if (!known) {
            add(s, start, to, EntityType.METHOD, MentionRole.USED, rule, 0.6, null);
        }
        contributed.add(new int[]{s[start].begin(), s[to - 1].end(), 0});
    }

    /**
     * "a new widget method generalized gizmo ranking (gGR)": a name defined right after the generic head names the
     * contribution, and is a method even when its own head says task.
     */
    private boolean namedAfter(Tok next, List<int[]> contributed) {
        Mention named = null;
        for (Mention m : out) {
            if (m.charStart() == next.begin() && m.acronym() != null) {
                named = m;
            }
        }
        if (named == null) {
            return false;
        }
        Set<String> names = Set.of(named.text(), named.acronym());
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.type() == EntityType.TASK && names.contains(m.text())) {
                out.set(k, new Mention(m.text(), EntityType.METHOD, m.role(), m.charStart(), m.charEnd(),
                        m.evidence(), m.rule(), m.confidence(), m.acronym()));
            }
        }
        contributed.add(new int[]{named.charStart(), named.charEnd(), 0});
        return true;
    }

    /** "tiling of the widget space": a complement of up to three words when the head is no method word. */
    private static int ofComplement(Tok[] s, int e, String head) {
        if (e + 1 >= s.length || !s[e].lower().equals("of") || Lexicon.METHOD_HEADS.contains(head)
                || Lexicon.GENERIC_METHOD_HEADS.contains(head)) {
            return e;
        }
        int k = e + 1;
        if (s[k].lower().equals("the") || s[k].lower().equals("a") || s[k].lower().equals("an")) {
            k++;
        }
        int x = k;
        while (x < s.length && x - k < 3 && (s[x].noun() || s[x].tag().startsWith("JJ"))) {
            x++;
        }
        while (x > k && !s[x - 1].noun()) {
            x--;
        }
        return x > k ? x : e;
    }

    private static boolean adjectivesOnly(Tok[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(s[k].tag().startsWith("JJ") || s[k].tag().startsWith("RB") || s[k].tag().equals("VBN"))
                    || s[k].nameLike()) {
                return false;
            }
        }
        return true;
    }

    /** Tags that may follow a complete phrase: prepositions, "that/which", "to", conjunctions, participles. */
    private static final Set<String> PHRASE_END = Set.of("IN", "WDT", "TO", "CC", "VBG", "VBN", "RB", "WRB");

    /** "a novel", "a simple yet novel", "a new,": an indefinite article shortly before. */
    private static boolean afterArticle(Tok[] s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = s[k].lower();
            if (w.equals("a") || w.equals("an")) {
                return true;
            }
            if (!(s[k].tag().startsWith("JJ") || s[k].tag().startsWith("RB") || COORDINATORS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** The sentence speaks of the authors' work before the phrase ("we", "our", "this paper", "here"). */
    private static boolean ourSentence(Tok[] s, int i) {
        for (int k = 0; k < i; k++) {
            if (OUR_WORDS.contains(s[k].lower())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose object, after "we", is the contribution ("we propose a X"); naming and data verbs excluded. */
    private static final Set<String> OBJECT_VERBS = Set.of("propose", "introduce", "present", "develop", "design",
            "devise", "formulate", "construct", "create", "build");

    private static final Set<String> OUR_WORDS = Set.of("we", "our", "us", "paper", "work", "study", "article",
            "here", "herein");

    private static final Set<String> COORDINATORS = Set.of(",", "and", "yet", "but");

    /** Evaluative words after "novel/new" that are no part of the name. */
    private static final Set<String> TRIM = Set.of("novel", "new", "simple", "effective", "efficient", "general",
            "powerful", "principled", "unified", "flexible", "scalable", "practical", "lightweight", "fast",
            "generic", "versatile", "elegant", "straightforward", "easy", "accurate", "robust", "improved",
            "alternative", "promising", "rigorous", "innovative");

    /** Heads after "a new" that name an idea, a result or a state, not a method. */
    private static final Set<String> NOT_METHODS = Set.of(
            "perspective", "insight", "view", "lens", "angle", "direction", "avenue", "paradigm", "record",
            "finding", "theory", "result", "bound", "analysis", "characterization", "characterisation",
            "interpretation", "connection", "problem", "challenge", "question", "task", "setting", "era", "standard",
            "state-of-the-art", "baseline", "opportunity", "understanding", "explanation", "proof", "definition",
            "notion", "concept", "framing", "formulation", "look", "light", "dimension", "source", "line", "way",
            "means", "threat", "risk", "vulnerability", "failure", "issue", "phenomenon", "frontier", "viewpoint",
            "unit", "survey", "review", "overview", "tutorial", "account", "comparison", "investigation",
            "examination", "position", "counterexample", "alternative", "solution", "evaluation", "assessment",
            "study", "experiment", "prototype", "trend", "observation", "claim", "hypothesis", "conjecture");
}
