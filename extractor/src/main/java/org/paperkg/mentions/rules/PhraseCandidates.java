package org.paperkg.mentions.rules;

import java.util.Set;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

import static org.paperkg.mentions.rules.Chunks.*;
import static org.paperkg.mentions.rules.GenericPhrases.*;
import static org.paperkg.mentions.rules.HeadTyping.*;
import static org.paperkg.mentions.rules.NameShapes.*;

/** Noun-phrase candidates typed by head noun or name shape, with "of" extensions and coordination. */
final class PhraseCandidates extends DraftRule {
    PhraseCandidates(PaperDraft draft) {
        super(draft);
    }

    void phrases(Tok[] s) {
        int i = 0;
        int prevEnd = -1;
        int prevStart = -1;
        while (i < s.length) {
            if (!chunkable(s[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length && (chunkable(s[j]) || verbInsideName(s, j)) && j - i < 10
                    && !(j > i && s[j - 1].noun() && s[j].tag().equals("VBG")
                    && MODIFIER_PARTICIPLES.contains(s[j].lower()))) {
                j++; // "a framework combining X and Y": the participle after a noun starts a modifier
            }
            int start = i;
            int end = j;
            while (start < end && (Lexicon.DROP_MODIFIERS.contains(s[start].lower())
                    && !(s[start].lower().equals("natural") && start + 1 < end
                    && s[start + 1].lower().equals("language"))
                    || VERBISH.contains(s[start].lower()) || s[start].tag().equals("CD") && !s[start].nameLike()
                    || s[start].tag().equals("VBG") && end - start > 1
                    || s[start].word().startsWith("$") || s[start].word().endsWith("ly")
                    || !Character.isLetterOrDigit(s[start].word().charAt(0)))) {
                start++;
            }
            while (end > start && !(s[end - 1].noun() || s[end - 1].nameLike()
                    || s[end - 1].tag().equals("FW"))) {
                end--;
            }
            if (start > i && s[start - 1].tag().equals("VBG") && i > 0
                    && (s[i - 1].lower().equals("for") || s[i - 1].lower().equals("of")
                    || s[i - 1].lower().equals("to") || s[i - 1].lower().equals("in")) && TASK_GERUNDS.contains(s[start - 1].lower())
                    && end - start <= 4 && end > start && !Lexicon.BAD_HEADS.contains(s[end - 1].lowerLemma())) {
                add(s, start - 1, end, EntityType.TASK, MentionRole.USED, "cue:for-gerund", 0.55, null);
            }
            if (end > start) {
                candidate(s, start, end, prevStart, prevEnd);
                prevStart = start;
                prevEnd = end;
            }
            i = Math.max(j, i + 1);
        }
    }

    private void candidate(Tok[] s, int from, int to, int prevStart, int prevEnd) {
        Tok head = s[to - 1];
        String h = head.lowerLemma();
        if ((Lexicon.BAD_HEADS.contains(h) || Lexicon.BAD_HEADS.contains(head.lower())) && !namedUnderstanding(s, from, to)) {
            // "the X model's accuracy": retry without the bad head
            if (to - from >= 2 && (s[to - 2].noun() || s[to - 2].nameLike())
                    && !Lexicon.BAD_HEADS.contains(s[to - 2].lowerLemma())) {
                candidate(s, from, to - 1, prevStart, prevEnd);
            }
            return;
        }
        if (acronyms.containsKey(head.word()) && to - from == 1) {
            return; // acronym uses are added separately
        }
        if (namedDataset(s, from, to)) {
            return;
        }
        int len = to - from;
        EntityType type = headType(s, from, to);
        if (type == EntityType.TASK && len >= 2 && meansContext(s, from) && !outputPlural(s[to - 1])
                && !Lexicon.EVALUATIVE.contains(s[from].lower()) && !s[to - 1].lowerLemma().equals("problem")) {
            type = EntityType.METHOD; // "X via sparse relay routing", "using adaptive widget selection": the means
        }
        if (type == EntityType.DATASET) {
            dataset(s, from, to);
            return;
        }
        if (type != null) {
            if (len == 1 && Lexicon.GENERIC.contains(h) && !head.nameLike()) {
                return;
            }
            if (len == 1 && !head.nameLike() && !isTechniqueWord(h)) {
                return; // bare single common nouns ("classification") are too vague
            }
            if (allGenericOrVague(s, from, to)) {
                return;
            }
            if (h.equals("learning") && FIELD_MODIFIERS.contains(s[to - 2 >= from ? to - 2 : from].lower())
                    && (to - from == 2 || to - from == 3 && FIELD_MODIFIERS.contains(s[from].lower()))) {
                return; // "deep learning", "supervised machine learning": fields, not tasks
            }
            if (len == 2 && FIELD_MODIFIERS.contains(s[from].lower()) && (h.equals("testing")
                    || h.equals("inference") || h.equals("modeling") || h.equals("modelling"))) {
                return; // "statistical testing", "statistical inference": fields, not tasks
            }
            if ((h.equals("problem") || h.equals("analysis")) && (len < 2
                    || Lexicon.WEAK_MODIFIERS.contains(s[to - 2].lower())
                    || Lexicon.GENERIC.contains(s[to - 2].lowerLemma()) || s[to - 2].lower().equals("error")
                    || s[to - 2].tag().equals("NNS"))) {
                return;
            }
            int start = from;
            if (len > 6) {
                start = to - 6;
            }
            if (type == EntityType.METHOD && taskClassReference(s, start, to)) {
                // "widget detection methods": a class of methods named by the task they address
                candidate(s, from, to - 1, prevStart, prevEnd);
                return;
            }
            if (type == EntityType.METHOD && unnamedComponent(s, start, to)) {
                return; // "dense sprocket representations", "output layers": parts of any model, not methods
            }
            if (type == EntityType.TASK) {
                if (outputPlural(head)) {
                    return; // "disparity predictions", "retrospective analyses": outputs or studies, not tasks
                }
                while (start < to - 1 && (Lexicon.EVALUATIVE.contains(s[start].lower())
                        || Lexicon.GENERIC_ACTION_VERBS.contains(s[start].lower())
                        || s[start].tag().equals("VBD")
                        || s[start].tag().startsWith("JJ") && PROPERTY_ADJECTIVES.contains(s[start].lower()))) {
                    start++; // "poor depth estimation" -> "depth estimation"; "use decoupled control"
                }
                if (to - start == 1 && from < start) {
                    return; // "safe predictions", "tight control": only an evaluative modifier
                }
                if ((h.equals("problem") || h.equals("phenomenon")) && phenomenonModifiers(s, start, to - 1)) {
                    return; // "over-smoothed problem", "cold-start problem": a difficulty, not a task
                }
            }
            String rule = "head:" + type.id();
            double conf = len >= 2 ? 0.6 : 0.5;
            if (type == EntityType.METHOD && Lexicon.GENERIC_METHOD_HEADS.contains(h)) {
                int names = to - 1;
                while (names > start && s[names - 1].nameLike()) {
                    names--;
                }
                boolean adjectivesBefore = names < to - 1 && names > start && (h.equals("module") || h.equals("block"));
                for (int k = start; k < names && adjectivesBefore; k++) {
                    adjectivesBefore = s[k].tag().startsWith("JJ") || s[k].tag().equals("VBN");
                }
                if (adjectivesBefore) {
                    start = names; // "a compact WeftMix module": the name, without what describes it
                }
                boolean allNames = true;
                int content = 0;
                for (int k = start; k < to - 1; k++) {
                    allNames &= s[k].nameLike();
                    if (!Lexicon.WEAK_MODIFIERS.contains(s[k].lower()) && !s[k].tag().equals("VBN")
                            && !GENERIC_NOUN_MODIFIERS.contains(s[k].lowerLemma())) {
                        content++;
                    }
                }
                if (allNames && to - 1 > start && !spelledAcronym(s, start, to - 1)
                        && !(to - 1 - start == 1 && adjectivalCompound(s[start].word()))) {
                    // "Mamba model", "S4 models": the name alone
                    add(s, start, to - 1, type, MentionRole.USED, "name:" + type.id(), 0.65, null);
                    return;
                }
                if (content == 0) {
                    return;
                }
                if (to - start == 2) {
                    rule = "head:method-weak";
                    conf = 0.45;
                }
            }
            if (type == EntityType.TASK && (head.inTitle() || taskContext(s, start))) {
                conf += 0.1;
            }
            add(s, start, to, type, MentionRole.USED, rule, conf, null);
            ofExtension(s, start, to, type);
            coordination(s, start, to, type, prevStart, prevEnd);
            return;
        }
        // names without a typing head noun
        if (len > 1 && capitalisedRun(s, from, to)) {
            EntityType t = nameType(s, from, to);
            if (to < s.length && Lexicon.DATA_ITEMS.contains(s[to].lower())) {
                t = EntityType.DATASET;
            }
            add(s, from, to, t, MentionRole.USED, t == EntityType.DATASET ? "name:dataset" : "name:capitalised",
                    0.55, null);
            return;
        }
        if (len > 1 && !head.nameLike()) {
            for (int k = from; k < to; k++) {
                if (s[k].nameLike() && (k + 1 == to || !s[k + 1].nameLike())) {
                    int b = k;
                    while (b > from && s[b - 1].nameLike()) {
                        b--;
                    }
                    candidate(s, b, k + 1, -1, -1);
                }
            }
            return;
        }
        if (len == 1 && adjectivalCompound(head.word())) {
            return; // "DM-based", "IPS-style": a modifier, not a name
        }
        if (len <= 4 && isName(s, from, to)) {
            EntityType t = nameType(s, from, to);
            String rule = "name:" + t.id();
            if (len == 1 && t == EntityType.METHOD && !hasLower(head.word()) && !hasDigit(head.word())) {
                rule = "name:undefined-acronym";
            } else if (len == 1 && t == EntityType.METHOD && !head.nameLike() && !listedWithName(s, from)) {
                rule = "name:capitalised";
            }
            add(s, from, to, t, MentionRole.USED, rule, 0.55, null);
        }
    }

    /**
     * The phrase is the object of "via", "through" or "using", possibly as a later conjunct ("via A and B"):
     * what the work is done with, a method even when its head names a task.
     */
    static boolean meansContext(Tok[] s, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 8); k--) {
            String w = s[k].lower();
            if (w.equals("via") || w.equals("through") || w.equals("using")) {
                return true;
            }
            if (!(s[k].noun() || s[k].tag().startsWith("JJ") || s[k].tag().equals("VBN") || s[k].nameLike()
                    || w.equals("and") || w.equals(",") || Lexicon.DROP_MODIFIERS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** Adjectives of modality or language before "understanding" that make it a task ("multilingual understanding"). */
    private static final Set<String> MODALITY_ADJECTIVES = Set.of("visual", "textual", "multimodal", "multi-modal",
            "multilingual", "cross-lingual", "spatial", "temporal", "semantic", "audio", "audio-visual", "video",
            "natural", "spoken", "geometric", "3d", "document", "chart", "scene");

    /**
     * "gadget understanding", "multilingual understanding": a task; "our understanding", "a deeper understanding"
     * are not (the modifier must be a common noun or a modality adjective).
     */
    static boolean namedUnderstanding(Tok[] s, int from, int to) {
        if (!s[to - 1].lower().equals("understanding") || to - from < 2) {
            return false;
        }
        Tok m = s[to - 2];
        String w = m.lower();
        return m.noun() && !Lexicon.BAD_HEADS.contains(m.lowerLemma()) && !Lexicon.GENERIC.contains(m.lowerLemma())
                && !Lexicon.DROP_MODIFIERS.contains(w) || MODALITY_ADJECTIVES.contains(w);
    }

    /**
     * A capitalised word the tagger read as a verb between capitalised words outside the title: part of a name
     * ("the Acme Sprocket Orders Dataset").
     */
    static boolean verbInsideName(Tok[] s, int j) {
        return j > 0 && j + 1 < s.length && !s[j].inTitle() && s[j].tag().startsWith("VB")
                && Character.isUpperCase(s[j].word().charAt(0)) && Character.isUpperCase(s[j - 1].word().charAt(0))
                && Character.isUpperCase(s[j + 1].word().charAt(0)) && chunkable(s[j - 1]);
    }

    /**
     * Participles that after a noun start a modifier, never a name ("a framework combining X"); "following",
     * "making" are left out ("instruction following", "decision making").
     */
    static final Set<String> MODIFIER_PARTICIPLES = Set.of("using", "including", "leveraging", "combining",
            "achieving", "yielding", "showing", "providing", "enabling", "allowing", "requiring", "outperforming",
            "demonstrating", "involving", "containing", "spanning", "incorporating", "integrating", "exploiting",
            "utilizing", "utilising");

    /**
     * Adjectives (only when tagged so) that state a property or a claim about a task's execution, not which task:
     * "slow sorting", "redundant widget ranking", "equal probing".
     */
    static final Set<String> PROPERTY_ADJECTIVES = Set.of("slow", "inefficient", "redundant", "equal",
            "unequal", "uneven", "sluggish", "light", "heavy", "strong", "weak", "costly", "wasteful", "brittle",
            "suboptimal", "sub-optimal", "excessive", "unnecessary", "inflexible", "rigid", "unreliable",
            "inconsistent", "superficial", "rote", "qualitative", "quantitative", "comparative");

    /** Heads naming a part every model has; a phrase with one is a method only when a modifier carries a name. */
    private static final Set<String> COMPONENT_HEADS = Set.of("representation", "layer");

    /** Plural component nouns that, with adjectives only, name a class of parts, not a method. */
    private static final Set<String> COMPONENT_CLASSES = Set.of("encoders", "decoders", "detectors", "backbones",
            "modules", "blocks", "heads", "layers", "components");

    /** Modifiers that place a layer in any network ("final layer", "hidden layer"). */
    private static final Set<String> POSITIONAL = Set.of("final", "last", "first", "output", "input", "hidden",
            "top", "bottom", "intermediate", "early", "earlier", "later", "middle", "penultimate", "deeper");

    /** Modifiers that make a representation a technique of its own ("deep neural widget representation"). */
    private static final Set<String> TECHNIQUE_MODIFIERS = Set.of("neural", "learning");

    /** Plural class nouns after which a task phrase names the methods for that task ("detection methods"). */
    private static final Set<String> CLASS_PLURALS = Set.of("methods", "approaches");

    /** "widget detection methods", "gadget segmentation approaches": the task is what the phrase names. */
    static boolean taskClassReference(Tok[] s, int from, int to) {
        if (to - from < 2 || !CLASS_PLURALS.contains(s[to - 1].lower())) {
            return false;
        }
        for (int k = from; k < to - 2; k++) {
            if (s[k].word().indexOf('-') > 0 && (s[k].tag().startsWith("JJ") || s[k].tag().startsWith("VB"))) {
                return false; // "hand-tuned widget sorting methods": the modifier describes the methods
            }
        }
        Tok prev = s[to - 2];
        String l = prev.lowerLemma();
        return prev.noun() && !prev.nameLike() && Lexicon.TASK_HEADS.contains(l) && !Lexicon.METHOD_HEADS.contains(l)
                && !Lexicon.GENERIC.contains(l);
    }

    /** "dense sprocket representations", "relay layers", "final layer": a component without a name. */
    static boolean unnamedComponent(Tok[] s, int from, int to) {
        String h = s[to - 1].lowerLemma();
        if (COMPONENT_CLASSES.contains(s[to - 1].lower())) {
            boolean adjectivesOnly = true;
            for (int k = from; k < to - 1; k++) {
                adjectivesOnly &= !s[k].nameLike() && (s[k].tag().startsWith("JJ") || s[k].tag().equals("VBN"));
            }
            if (adjectivesOnly) {
                return true; // "tonal encoders", "pretrained detectors": any model's parts, not a method
            }
        }
        if (!COMPONENT_HEADS.contains(h)) {
            return false;
        }
        if (h.equals("representation") && to - from >= 2 && s[to - 2].noun()) {
            return false; // "gadget representation", "widget representation": what is represented names a technique
        }
        if (h.equals("layer") && !s[to - 1].tag().equals("NNS")) {
            boolean positional = false;
            for (int k = from; k < to - 1; k++) {
                positional |= POSITIONAL.contains(s[k].lower());
            }
            if (!positional) {
                return false; // "a differentiable gating layer" may be the paper's own component
            }
        }
        for (int k = from; k < to - 1; k++) {
            if (s[k].nameLike() || TECHNIQUE_MODIFIERS.contains(s[k].lower())
                    || Character.isUpperCase(s[k].word().charAt(0)) && !s[k].inTitle()) {
                return false;
            }
        }
        return true;
    }

    /** Gerunds that name a task after "for/of/to" ("for detecting X"); generic actions ("selecting X") do not. */
    static final Set<String> TASK_GERUNDS = Set.of("detecting", "classifying", "predicting", "forecasting",
            "recognizing", "recognising", "segmenting", "translating", "summarizing", "summarising", "answering",
            "retrieving", "generating", "localizing", "localising", "tracking", "parsing", "ranking",
            "recommending", "identifying", "diagnosing", "reconstructing", "planning", "navigating", "captioning",
            "tagging", "labeling", "labelling", "annotating", "denoising", "compressing", "imputing", "clustering",
            "synthesizing", "synthesising", "editing", "restoring", "inpainting", "verifying", "grasping",
            "extracting", "discovering", "quantifying", "monitoring", "screening", "transcribing", "inferring",
            "processing", "modeling", "modelling");

    /** Modifiers that only describe a property: hyphenated or evaluative adjectives ("high-variance"). */
    static boolean phenomenonModifiers(Tok[] s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = s[k].lower();
            boolean adj = s[k].tag().startsWith("JJ") || s[k].tag().equals("VBN") || w.indexOf('-') > 0;
            if (s[k].nameLike() || !(Lexicon.EVALUATIVE.contains(w) || adj && w.indexOf('-') > 0)) {
                return false;
            }
        }
        return true;
    }

    /** A plural nominalisation head ("predictions", "analyses", "optimizations"): an output, not a task. */
    static boolean outputPlural(Tok head) {
        String w = head.lower();
        return head.tag().equals("NNS") && !head.nameLike()
                && (w.endsWith("ions") || w.endsWith("ses") || w.endsWith("ings") && !w.equals("settings")
                || !head.lowerLemma().equals("problem") && !head.lowerLemma().equals(w)
                && Lexicon.TASK_HEADS.contains(head.lowerLemma()));
    }

    /** "identification of models", "estimation of a singular distribution": keep the "of" complement for tasks. */
    private void ofExtension(Tok[] s, int from, int to, EntityType type) {
        if (type != EntityType.TASK || to + 1 >= s.length || !s[to].lower().equals("of")) {
            return;
        }
        int k = to + 1;
        if (k < s.length && (s[k].lower().equals("a") || s[k].lower().equals("an") || s[k].lower().equals("the"))) {
            k++;
        }
        int e = k;
        while (e < s.length && e - k < 4 && (s[e].tag().startsWith("NN") || s[e].tag().startsWith("JJ")
                || s[e].nameLike())) {
            e++;
        }
        while (e > k && !s[e - 1].noun()) {
            e--;
        }
        if (e > k && to - from <= 3) {
            add(s, from, e, type, MentionRole.USED, "head:task-of", 0.55, null);
        }
    }

    /** "A and B models": the first conjunct gets the shared head too. */
    private void coordination(Tok[] s, int from, int to, EntityType type, int prevStart, int prevEnd) {
        if (prevEnd < 0 || from - prevEnd != 1 || to - from < 2) {
            return;
        }
        String cc = s[prevEnd].lower();
        if (!(cc.equals("and") || cc.equals("or"))) {
            return;
        }
        if (s[prevEnd - 1].noun() && !s[prevEnd - 1].tag().equals("NN")
                || typeOfHeadWord(s[prevEnd - 1].lowerLemma()) != null) {
            return; // the first conjunct has its own (plural/proper) head
        }
        if (prevEnd - prevStart > 3) {
            return;
        }
        if (type == EntityType.TASK && !s[from].inTitle()) {
            return; // "gadget memorization and tonal widget ranking": in running text the first conjunct mostly
                    // stands alone; titles coordinate task names ("A and B extrapolation")
        }
        String first = span(s, prevStart, prevEnd) + " " + s[to - 1].word();
        out.add(new Mention(first, type, MentionRole.USED, s[prevStart].begin(), s[to - 1].end(), evidence(s),
                "coordination", 0.5, null));
    }

    /** "the X dataset", "X benchmark suite": a dataset when X carries a name; the name without the head. */
    private void dataset(Tok[] s, int from, int to) {
        int headStart = to - 1;
        while (headStart > from && Lexicon.DATASET_HEADS.contains(s[headStart - 1].lowerLemma())) {
            headStart--;
        }
        boolean named = false;
        boolean allNamed = headStart > from;
        for (int k = from; k < headStart; k++) {
            // "3D datasets", "RGB datasets": a modality is no name
            boolean n = (s[k].nameLike() || Character.isUpperCase(s[k].word().charAt(0)) && !s[k].inTitle()
                    && k > 0) && !Lexicon.NAME_STOPWORDS.contains(s[k].lower());
            named |= n;
            allNamed &= n;
        }
        if (!named) {
            return;
        }
        if (allNamed) {
            add(s, from, headStart, EntityType.DATASET, MentionRole.USED, "head:dataset", 0.75, null);
        } else {
            add(s, from, to, EntityType.DATASET, MentionRole.USED, "head:dataset", 0.65, null);
        }
    }

    /** Plural heads after which a preceding name is a benchmark: "on Foosim continuous control tasks". */
    private static final Set<String> ENVIRONMENT_HEADS = Set.of("tasks", "domains", "environments", "games",
            "suite", "suites", "benchmarks", "environment");

    /**
     * "the public dataset Lynx", "benchmark Tundra Plains": the name after a dataset head; "on Foosim continuous
     * control tasks", "across Barcade games": the name before an environment head after "on/in/across".
     */
    private boolean namedDataset(Tok[] s, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (DatasetLists.isDatasetHead(s[k]) && s[k].noun() && namesOnly(s, k + 1, to)) {
                if (DatasetLists.namesTheHead(s, k, to)) {
                    add(s, k + 1, to, EntityType.DATASET, MentionRole.USED, "name:dataset", 0.65, null);
                } else {
                    candidate(s, k + 1, to, -1, -1); // "on each dataset A outperforms": A alone, typed as usual
                }
                return true;
            }
        }
        Tok head = s[to - 1];
        if (!ENVIRONMENT_HEADS.contains(head.lower()) || from == 0
                || !Lexicon.DATASET_PREPS.contains(s[from - 1].lower())) {
            return false;
        }
        int e = from;
        while (e < to - 1 && nameToken(s[e])) {
            e++;
        }
        if (e == from || e == to - 1 && (head.lower().equals("tasks") || head.lower().equals("domains"))) {
            return false; // "tasks", "domains" need a modifier between ("Foosim control tasks"): "in NLP tasks" names a field
        }
        if (e - from == 1 && s[from].word().length() <= 3 && !hasLower(s[from].word())) {
            return false;
        }
        add(s, from, e, EntityType.DATASET, MentionRole.USED, "name:dataset", 0.65, null);
        return true;
    }

    private static boolean nameToken(Tok t) {
        return t.nameLike() || Character.isUpperCase(t.word().charAt(0)) && !t.inTitle();
    }

    private static boolean namesOnly(Tok[] s, int from, int to) {
        if (from >= to || !nameToken(s[from])) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!nameToken(s[k]) && !s[k].tag().equals("CD")) {
                return false;
            }
        }
        return true;
    }
}
