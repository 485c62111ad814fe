package org.paperkg.mentions.rules;

import java.util.Arrays;
import java.util.Locale;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

import static org.paperkg.mentions.rules.HeadTyping.*;
import static org.paperkg.mentions.rules.NameShapes.*;

/** Acronym definitions ("long form (LF)", "LF (long form)") and later uses of the defined acronyms. */
final class AcronymDefinitions extends DraftRule {
    AcronymDefinitions(PaperDraft draft) {
        super(draft);
    }

    /** "long form (LF)" and "LF (long form)". */
    void acronymDefinitions(Tok[] s) {
        for (int i = 1; i + 2 < s.length; i++) {
            if (!s[i].word().equals("(")) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < Math.min(s.length, i + 12); j++) {
                if (s[j].word().equals(")")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            // inside may be "LF" or "LF; ..." / "LF, ..."; take the first token
            int innerEnd = close;
            for (int j = i + 1; j < close; j++) {
                String w = s[j].word();
                if (w.equals(",") || w.equals(";")) {
                    innerEnd = j;
                    break;
                }
            }
            if (innerEnd == i + 2 && isAcronymShape(s[i + 1].word())) {
                String acr = s[i + 1].word();
                int lfStart = longFormStart(s, i, acr);
                if (lfStart >= 0) {
                    defineAcronym(s, lfStart, i, acr, s, i + 1);
                }
            } else if (innerEnd - (i + 1) >= 2 && i >= 1 && isAcronymShape(s[i - 1].word())) {
                String acr = s[i - 1].word();
                Tok[] inner = Arrays.copyOfRange(s, i + 1, innerEnd);
                int lfStart = longFormStart(inner, inner.length, acr);
                if (lfStart == 0) {
                    defineAcronym(s, i + 1, innerEnd, acr, s, i - 1);
                }
            }
        }
    }

    /**
     * Schwartz-Hearst style: the start of the long form ending before token {@code end} whose word initials
     * and letters cover the acronym's letters in order; -1 when none.
     */
    private int longFormStart(Tok[] s, int end, String acr) {
        String letters = acr.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (letters.endsWith("s") && letters.length() > 2 && Character.isLowerCase(acr.charAt(acr.length() - 1))) {
            letters = letters.substring(0, letters.length() - 1);
        }
        if (letters.isEmpty()) {
            return -1;
        }
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        int lo = Math.max(0, end - maxWords);
        for (int k = end - 1; k >= lo; k--) {
            String w = s[k].word();
            if (w.equals(")") || w.equals("(") || w.equals(",") || w.equals(";") || w.equals(".")
                    || w.equals(":") || s[k].tag().equals("VBZ") || s[k].tag().equals("VBP")
                    || s[k].tag().equals("VB") || s[k].tag().equals("MD")) {
                break;
            }
            StringBuilder lf = new StringBuilder();
            for (int m = k; m < end; m++) {
                if (m > k) {
                    lf.append(' ');
                }
                lf.append(s[m].word().toLowerCase(Locale.ROOT));
            }
            if (Character.toLowerCase(letters.charAt(0)) == Character.toLowerCase(s[k].word().charAt(0))
                    && matchesLetters(lf.toString(), letters)) {
                // skip determiners and evaluative words at the start
                int start = k;
                while (start < end - 1 && Lexicon.DROP_MODIFIERS.contains(s[start].lower())) {
                    start++;
                }
                return start;
            }
        }
        return -1;
    }

    static boolean matchesLetters(String lf, String letters) {
        int l = lf.length() - 1;
        for (int a = letters.length() - 1; a >= 0; a--) {
            char c = letters.charAt(a);
            while (l >= 0 && lf.charAt(l) != c) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
        }
        return true;
    }

    private void defineAcronym(Tok[] s, int from, int to, String acr, Tok[] as, int ai) {
        if (to - from < 1 || to - from > 10) {
            return;
        }
        EntityType type = typeOfLongForm(s, from, to);
        if (type == null) {
            return;
        }
        if (type == EntityType.TASK && (coinedAcronym(acr) || namedOptimizer(s, from, to))) {
            type = EntityType.METHOD;
        }
        if (type == EntityType.METHOD && Lexicon.GENERIC_METHOD_HEADS.contains(s[to - 1].lowerLemma())) {
            boolean weakOnly = true;
            for (int k = from; k < to - 1; k++) {
                weakOnly &= Lexicon.WEAK_MODIFIERS.contains(s[k].lower())
                        || Lexicon.DROP_MODIFIERS.contains(s[k].lower());
            }
            if (weakOnly) {
                return; // "large language models (LLMs)": too generic to be an entity of the paper
            }
        }
        add(s, from, to, type, MentionRole.USED, "acronym", 0.85, acr);
        Mention m = out.get(out.size() - 1);
        acronyms.putIfAbsent(acr, m);
        add(as, ai, ai + 1, type, MentionRole.USED, "acronym", 0.85, null);
    }

    /** Type of a defined long form: by its head, then by any typed word inside, else method. */
    private EntityType typeOfLongForm(Tok[] s, int from, int to) {
        Tok head = s[to - 1];
        if (Lexicon.BAD_HEADS.contains(head.lowerLemma())) {
            return null;
        }
        EntityType t = headType(s, from, to);
        if (t == EntityType.TASK && coinedName(s, from, to)) {
            return EntityType.METHOD;
        }
        if (t != null) {
            return t;
        }
        for (int k = to - 2; k >= from; k--) {
            EntityType inner = typeOfHeadWord(s[k].lowerLemma());
            if (inner != null) {
                return inner == EntityType.TASK && coinedName(s, from, to) ? EntityType.METHOD : inner;
            }
        }
        // a capitalised name outside the title ("Causal Widget Evaluation (CWE)") names a method
        boolean capitalised = to - from >= 2 && !s[from].inTitle();
        for (int k = from; k < to && capitalised; k++) {
            capitalised = Character.isUpperCase(s[k].word().charAt(0)) || s[k].tag().equals("IN");
        }
        return capitalised ? EntityType.METHOD : null;
    }

    /** An acronym styled in mixed case ("QoRT", "vGAP"): a coined name of a method, not a task's abbreviation. */
    static boolean coinedAcronym(String acr) {
        String a = acr.endsWith("s") ? acr.substring(0, acr.length() - 1) : acr;
        int upper = 0;
        boolean lower = false;
        for (int k = 0; k < a.length(); k++) {
            char c = a.charAt(k);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower |= Character.isLowerCase(c);
        }
        return lower && upper >= 2;
    }

    /** "Relative Widget Policy Optimization (RWPO)": a capitalised optimization of three or more words is a method. */
    static boolean namedOptimizer(Tok[] s, int from, int to) {
        if (to - from < 3 || !s[to - 1].lowerLemma().equals("optimization")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(s[k].word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised long form built like a system name rather than a task: a preposition inside ("Reasoning
     * Optimization with Policy Alignment"), an agent noun ("Evaluator and Analyzer for ..."), or a "-based/-guided"
     * part ("Series-based Tampering Synthesis").
     */
    static boolean coinedName(Tok[] s, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        int caps = 0;
        boolean cue = false;
        for (int k = from; k < to; k++) {
            String w = s[k].word();
            String lw = s[k].lower();
            if (Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
            if (k > from && k < to - 1 && (lw.equals("for") || lw.equals("with") || lw.equals("via")
                    || lw.equals("using") || lw.equals("through"))) {
                cue = true;
            }
            if (k < to - 1 && Character.isUpperCase(w.charAt(0)) && s[k].noun()
                    && (lw.endsWith("or") || lw.endsWith("er")) && lw.length() > 5) {
                cue = true;
            }
            if (k < to - 1 && k > from && Character.isUpperCase(w.charAt(0))
                    && (lw.endsWith("-based") || lw.endsWith("-guided"))) {
                cue = true;
            }
        }
        return cue && caps >= 3;
    }

    void acronymUses(Tok[] s) {
        if (acronyms.isEmpty()) {
            return;
        }
        for (int i = 0; i < s.length; i++) {
            String w = s[i].word();
            Mention def = acronyms.get(w);
            if (def == null && w.endsWith("s")) {
                def = acronyms.get(w.substring(0, w.length() - 1));
            }
            if (def == null) {
                // hyphenated use: "LF-based", "LF-2"
                int dash = w.indexOf('-');
                if (dash > 0 && acronyms.containsKey(w.substring(0, dash))) {
                    continue;
                }
                continue;
            }
            add(s, i, i + 1, def.type(), MentionRole.USED, "acronym-use", 0.8, null);
        }
    }
}
