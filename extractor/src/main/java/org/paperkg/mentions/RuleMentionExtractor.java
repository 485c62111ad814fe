package org.paperkg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import org.paperkg.papers.PaperRecord;

/**
 * Rule-based mention extractor over CoreNLP tokens, POS tags and lemmas: noun-phrase candidates typed by their head
 * noun and context, acronym definitions, cue patterns for the paper's own contribution, coordination and filters.
 */
public final class RuleMentionExtractor implements MentionExtractor {

    /** Tokenizer options that keep names such as "CIFAR-10", "GPT-4o" and "DPM-Solver-v3" in one token. */
    static final String TOKENIZE_OPTIONS = "invertible=true,ptb3Escaping=false,"
            + "normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneKeep,"
            + "splitForwardSlash=false,splitHyphenated=false";

    private final Vocabulary vocabulary;
    private final StanfordCoreNLP pipeline;

    /** An extractor with no vocabulary. */
    public RuleMentionExtractor() {
        this(Vocabulary.empty());
    }

    /** An extractor that also recognises the vocabulary's known names. */
    public RuleMentionExtractor(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.pipeline = new StanfordCoreNLP(pipelineProperties());
    }

    /** The CoreNLP properties paperkg runs with: only the fast annotators. */
    public static Properties pipelineProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", "200");
        return props;
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        String text = paper.fullText();
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        int titleEnd = paper.abstractText().isEmpty() ? text.length() : paper.title().length();
        if (paper.title().isBlank()) {
            titleEnd = -1;
        }
        List<Tok[]> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            Tok[] toks = new Tok[labels.size()];
            for (int i = 0; i < toks.length; i++) {
                CoreLabel l = labels.get(i);
                toks[i] = new Tok(l.word(), l.tag(), l.lemma() == null ? l.word() : l.lemma(),
                        l.beginPosition(), l.endPosition(), l.beginPosition() < titleEnd);
            }
            sentences.add(toks);
        }
        return new PaperPass(text, sentences, titleEnd, vocabulary).run();
    }

    /** One token with what the rules need. */
    record Tok(String word, String tag, String lemma, int begin, int end, boolean inTitle) {
        String lower() {
            return word.toLowerCase(Locale.ROOT);
        }

        String lowerLemma() {
            return lemma.toLowerCase(Locale.ROOT);
        }

        boolean noun() {
            return tag.startsWith("NN");
        }

        /** Looks like a name: inner capitals, digits with letters, or an all-capital word of 2+ letters. */
        boolean nameLike() {
            return nameLikeWord(word) || !inTitle && hyphenCapital(word);
        }
    }

    /** "Lag-Llama", "GIFT-Eval": a capital after a hyphen (outside Title Case titles). */
    static boolean hyphenCapital(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && Character.isUpperCase(w.charAt(0));
    }

    static boolean nameLikeWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0 && w.charAt(i - 1) != '-') {
                        return true;
                    }
                }
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        return letter && digit && upper > 0;
    }

    /** The rules applied to one paper; not shared between threads. */
    private static final class PaperPass {
        private final String text;
        private final List<Tok[]> sentences;
        private final int titleEnd;
        private final Vocabulary vocabulary;
        private final List<Mention> out = new ArrayList<>();
        /** Acronym (exact case) to [type, long form] learnt in this paper. */
        private final Map<String, Mention> acronyms = new HashMap<>();

        PaperPass(String text, List<Tok[]> sentences, int titleEnd, Vocabulary vocabulary) {
            this.text = text;
            this.sentences = sentences;
            this.titleEnd = titleEnd;
            this.vocabulary = vocabulary;
        }

        List<Mention> run() {
            // acronym definitions first, so later phrases can be typed by them
            for (Tok[] s : sentences) {
                acronymDefinitions(s);
            }
            for (Tok[] s : sentences) {
                dataSources(s);
                phrases(s);
                if (vocabulary.size() > 0) {
                    vocabularyNames(s);
                }
            }
            for (Tok[] s : sentences) {
                acronymUses(s);
            }
            markContributions();
            filterWeak();
            return dedupe();
        }

        // ---------------------------------------------------------------- spans

        private String evidence(Tok[] s) {
            return text.substring(s[0].begin(), s[s.length - 1].end());
        }

        private String span(Tok[] s, int from, int to) {
            return text.substring(s[from].begin(), s[to - 1].end());
        }

        private void add(Tok[] s, int from, int to, EntityType type, MentionRole role, String rule, double conf,
                         String acronym) {
            if (from >= to) {
                return;
            }
            String t = span(s, from, to);
            out.add(new Mention(t, type, role, s[from].begin(), s[to - 1].end(), evidence(s), rule, conf, acronym));
        }

        // ------------------------------------------------------------- acronyms

        /** "long form (LF)" and "LF (long form)". */
        private void acronymDefinitions(Tok[] s) {
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
                    Tok[] inner = java.util.Arrays.copyOfRange(s, i + 1, innerEnd);
                    int lfStart = longFormStart(inner, inner.length, acr);
                    if (lfStart == 0) {
                        defineAcronym(s, i + 1, innerEnd, acr, s, i - 1);
                    }
                }
            }
        }

        private static boolean isAcronymShape(String w) {
            if (w.length() < 2 || w.length() > 12 || !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
            int upper = 0;
            int lower = 0;
            for (char c : w.toCharArray()) {
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                } else if (!Character.isDigit(c) && c != '-' && c != '+' && c != '.') {
                    return false;
                }
            }
            return upper >= 2 || (upper >= 1 && lower <= upper + 2 && w.length() <= 5);
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

        private static boolean matchesLetters(String lf, String letters) {
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
            if (t != null) {
                return t;
            }
            for (int k = to - 2; k >= from; k--) {
                EntityType inner = typeOfHeadWord(s[k].lowerLemma());
                if (inner != null) {
                    return inner;
                }
            }
            // a capitalised name outside the title ("Causal Widget Evaluation (CWE)") names a method
            boolean capitalised = to - from >= 2 && !s[from].inTitle();
            for (int k = from; k < to && capitalised; k++) {
                capitalised = Character.isUpperCase(s[k].word().charAt(0)) || s[k].tag().equals("IN");
            }
            return capitalised ? EntityType.METHOD : null;
        }

        private void acronymUses(Tok[] s) {
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

        // -------------------------------------------------------------- phrases

        private static boolean chunkable(Tok t) {
            String tag = t.tag();
            String w = t.word();
            if (w.contains("://") || w.startsWith("www.") || w.contains("github") || w.contains("@")
                    || w.contains("\\") || w.indexOf('.') > 0 && w.indexOf('.') < w.length() - 1
                    && Character.isUpperCase(w.charAt(w.indexOf('.') + 1))) {
                return false;
            }
            if (NAMING.contains(t.lower())) {
                return false;
            }
            if (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("VBN")
                    || tag.equals("CD") || tag.equals("FW")) {
                return !t.lower().equals("such") && !t.lower().equals("which");
            }
            // hyphenated compounds and names whatever their tag
            return t.nameLike() || (t.word().indexOf('-') > 0 && Character.isLetter(t.word().charAt(0)));
        }

        private static final java.util.Set<String> FIELD_MODIFIERS = java.util.Set.of("deep", "machine",
                "statistical", "supervised", "unsupervised", "representation", "modern", "classical");

        private static final java.util.Set<String> NAMING = java.util.Set.of("called", "named", "termed", "dubbed",
                "coined", "based", "using", "via", "%");

        private static final java.util.Set<String> GERUND_STOP = java.util.Set.of("learning", "developing",
                "estimating", "representing", "obtaining", "making", "using", "improving", "achieving", "finding",
                "providing", "ensuring", "reducing", "increasing", "avoiding", "performing", "training", "getting",
                "computing", "building", "designing", "understanding", "enabling", "allowing", "capturing");

        private static final java.util.Set<String> VERBISH = java.util.Set.of("using", "including", "following",
                "achieving", "leveraging", "given", "making", "improving", "yielding", "showing", "providing",
                "enabling", "allowing", "requiring", "based", "called", "named", "termed", "dubbed", "known",
                "existing", "proposed", "compared", "combining", "outperforming", "demonstrating", "having",
                "being", "learned", "trained", "obtained", "used", "designed", "introduced", "presented",
                "developed", "applied", "studied", "considered", "resulting", "underlying", "according",
                "regarding", "concerning", "involving", "containing", "ranging", "spanning", "achieved",
                "estimated", "observed", "generated", "derived", "induced", "shown", "reported");

        private void phrases(Tok[] s) {
            int i = 0;
            int prevEnd = -1;
            int prevStart = -1;
            while (i < s.length) {
                if (!chunkable(s[i])) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.length && chunkable(s[j]) && j - i < 10) {
                    j++;
                }
                int start = i;
                int end = j;
                while (start < end && (Lexicon.DROP_MODIFIERS.contains(s[start].lower())
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
                        || s[i - 1].lower().equals("to")) && !VERBISH.contains(s[start - 1].lower()) && !GERUND_STOP.contains(s[start - 1].lower())
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

        /** Head type of tokens [from, to), by the lemma of the last token (or its last hyphen part). */
        private EntityType headType(Tok[] s, int from, int to) {
            Tok head = s[to - 1];
            String h = head.lowerLemma();
            EntityType t = typeOfHeadWord(h);
            if (t == null && h.indexOf('-') > 0) {
                t = typeOfHeadWord(h.substring(h.lastIndexOf('-') + 1));
                if (t != null && Lexicon.GENERIC.contains(h.substring(h.lastIndexOf('-') + 1))
                        && to - from == 1 && !isTechniqueWord(h)) {
                    // "model-based" as a single token is no entity
                    return null;
                }
            }
            if (t == null) {
                return null;
            }
            if (Lexicon.AMBIGUOUS.contains(h) && to - from >= 1) {
                return ambiguousType(s, from, to, h);
            }
            return t;
        }

        private static boolean isTechniqueWord(String h) {
            return h.equals("fine-tuning") || h.equals("pre-training") || h.equals("pretraining")
                    || h.equals("finetuning");
        }

        private static EntityType typeOfHeadWord(String h) {
            if (Lexicon.DATASET_HEADS.contains(h)) {
                return EntityType.DATASET;
            }
            if (Lexicon.TASK_HEADS.contains(h)) {
                return EntityType.TASK;
            }
            if (Lexicon.METHOD_HEADS.contains(h)) {
                return EntityType.METHOD;
            }
            return null;
        }

        /** Method or task for heads such as "regression", "learning", "optimization": decided by context. */
        private EntityType ambiguousType(Tok[] s, int from, int to, String head) {
            String before = from > 0 ? s[from - 1].lower() : "";
            String before2 = from > 1 ? s[from - 2].lower() : "";
            if (before.equals("via") || before.equals("using") || before.equals("by") || before.equals("with")
                    || before.equals("use") || before.equals("uses") || before.equals("apply")
                    || before.equals("employ") || before2.equals("based")) {
                return EntityType.METHOD;
            }
            String after = to < s.length ? s[to].lower() : "";
            if (s[from].inTitle() && (after.equals("via") || after.equals("with") || after.equals("using")
                    || after.equals("through") || after.equals("by"))) {
                return EntityType.TASK;
            }
            if (before.equals("for") || before.equals("of") || before.equals("to") || before.equals("in")
                    || before.equals("address") || before.equals("study") || before.equals("tackle")) {
                return EntityType.TASK;
            }
            if (head.equals("regression") || head.equals("search") || head.equals("sampling")
                    || head.equals("scheduling") || head.equals("estimation") && to - from >= 3) {
                return EntityType.METHOD;
            }
            return EntityType.TASK;
        }

        private void candidate(Tok[] s, int from, int to, int prevStart, int prevEnd) {
            Tok head = s[to - 1];
            String h = head.lowerLemma();
            if (Lexicon.BAD_HEADS.contains(h) || Lexicon.BAD_HEADS.contains(head.lower())) {
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
            int len = to - from;
            EntityType type = headType(s, from, to);
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
                String rule = "head:" + type.id();
                double conf = len >= 2 ? 0.6 : 0.5;
                if (type == EntityType.METHOD && Lexicon.GENERIC_METHOD_HEADS.contains(h)) {
                    boolean allNames = true;
                    int content = 0;
                    for (int k = start; k < to - 1; k++) {
                        allNames &= s[k].nameLike();
                        if (!Lexicon.WEAK_MODIFIERS.contains(s[k].lower()) && !s[k].tag().equals("VBN")) {
                            content++;
                        }
                    }
                    if (allNames && to - 1 > start) {
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

        private static final java.util.Set<String> TASK_CUES = java.util.Set.of("for", "of", "in", "on", "to",
                "address", "addresses", "addressing", "study", "studies", "studying", "tackle", "tackles", "solve",
                "solves", "solving", "consider", "considers", "improve", "improves", "enable", "enables", "towards",
                "toward", "task", "tasks", "problem", "problems", "such", "as", "like", "including");

        private static boolean taskContext(Tok[] s, int start) {
            for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
                if (TASK_CUES.contains(s[k].lower())) {
                    return true;
                }
            }
            return false;
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
            String first = span(s, prevStart, prevEnd) + " " + s[to - 1].word();
            out.add(new Mention(first, type, MentionRole.USED, s[prevStart].begin(), s[to - 1].end(), evidence(s),
                    "coordination", 0.5, null));
        }

        private boolean allGenericOrVague(Tok[] s, int from, int to) {
            for (int k = from; k < to; k++) {
                String w = s[k].lower();
                if (!Lexicon.GENERIC.contains(s[k].lowerLemma()) && !Lexicon.DROP_MODIFIERS.contains(w)
                        && !Lexicon.BAD_HEADS.contains(s[k].lowerLemma())) {
                    return false;
                }
            }
            return true;
        }

        private static final java.util.Set<String> ADJECTIVAL_TAILS = java.util.Set.of("based", "style", "like",
                "driven", "aware", "controlling", "limited", "free", "specific", "agnostic", "dependent",
                "independent", "level", "wise", "scale", "type", "related", "oriented", "centric", "guided",
                "conditioned", "informed", "constrained", "regularized", "augmented", "enhanced", "assisted");

        private static boolean adjectivalCompound(String w) {
            int dash = w.lastIndexOf('-');
            return dash > 0 && ADJECTIVAL_TAILS.contains(w.substring(dash + 1).toLowerCase(Locale.ROOT));
        }

        /** "Smith and Jones's", "back to Smith and Jones (1990)": author names, not methods. */
        private static boolean citedAuthors(Tok[] s, int i) {
            int first = i;
            if (i >= 2 && s[i - 1].lower().equals("and") && Character.isUpperCase(s[i - 2].word().charAt(0))) {
                first = i - 2;
            } else if (!(i + 2 < s.length && s[i + 1].lower().equals("and")
                    && Character.isUpperCase(s[i + 2].word().charAt(0)))) {
                return false;
            }
            int last = first + 2;
            if (last + 1 >= s.length) {
                return true;
            }
            String after = s[last + 1].word();
            return after.equals("'s") || after.equals("'") || after.equals("(") || after.equals(".")
                    || after.equals("et") || after.equals("[");
        }

        /** A name in a list with another name: "(Alpha, BetaNet, Gamma)". */
        private static boolean listedWithName(Tok[] s, int i) {
            for (int d : new int[]{-2, 2}) {
                int k = i + d;
                if (k >= 0 && k < s.length) {
                    String sep = s[i + d / 2].lower();
                    if ((sep.equals(",") || sep.equals("and") || sep.equals("or")) && s[k].nameLike()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "Foo Bar Baz" capitalised inside an abstract sentence (not a title, not the sentence start). */
        private static boolean capitalisedRun(Tok[] s, int from, int to) {
            if (from == 0 || s[from].inTitle() || to - from > 4) {
                return false;
            }
            for (int k = from; k < to; k++) {
                String w = s[k].word();
                if (!Character.isUpperCase(w.charAt(0)) || Lexicon.NAME_STOPWORDS.contains(s[k].lower())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasLower(String w) {
            return w.chars().anyMatch(Character::isLowerCase);
        }

        private static boolean hasDigit(String w) {
            return w.chars().anyMatch(Character::isDigit);
        }

        private boolean isName(Tok[] s, int from, int to) {
            Tok head = s[to - 1];
            if (Lexicon.NAME_STOPWORDS.contains(head.lower()) || head.word().length() < 2
                    || Character.isDigit(s[from].word().charAt(0))) {
                return false;
            }
            if (head.word().startsWith("$") || head.word().contains("\\") || head.word().contains("^")
                    || head.word().contains("=") || head.word().contains("_") || head.word().contains("{")) {
                return false;
            }
            if (to - from == 1 && citedAuthors(s, from)) {
                return false;
            }
            if (to - from == 1) {
                if (head.nameLike()) {
                    return true;
                }
                // a capitalised proper noun inside an abstract sentence
                boolean sentenceStart = from == 0 || s[from - 1].word().equals(":")
                        || s[from - 1].word().equals("\"");
                boolean citation = to < s.length && (s[to].word().equals("(") || s[to].lower().equals("et")
                        || s[to].word().equals("'s"));
                return !head.inTitle() && !sentenceStart && !citation && head.tag().startsWith("NNP")
                        && Character.isUpperCase(head.word().charAt(0)) && head.word().length() >= 3;
            }
            // multi-word: the head or the first word carries the name
            int named = 0;
            for (int k = from; k < to; k++) {
                if (s[k].nameLike()) {
                    named++;
                }
            }
            return named > 0 && s[to - 1].noun() || head.nameLike();
        }

        /** Dataset when the context says so ("trained on X", "X and Y datasets"), else method. */
        private EntityType nameType(Tok[] s, int from, int to) {
            for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
                String w = s[k].lower();
                if (Lexicon.DATASET_PREPS.contains(w)) {
                    for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
                        if (Lexicon.DATASET_CONTEXT.contains(s[m].lower())) {
                            return EntityType.DATASET;
                        }
                    }
                }
                if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("the") || s[k].nameLike())) {
                    break;
                }
            }
            if (to < s.length && Lexicon.DATA_ITEMS.contains(s[to].lower())) {
                return EntityType.DATASET;
            }
            if (to < s.length && (s[to].lower().equals("task") || s[to].lower().equals("problem"))) {
                return EntityType.TASK;
            }
            // "four datasets (Alpha, Beta-2, ...)": back over the list to the parenthesis
            for (int k = from - 1; k >= Math.max(0, from - 12); k--) {
                String w = s[k].word();
                if (w.equals("(")) {
                    if (k > 0 && Lexicon.DATASET_HEADS.contains(s[k - 1].lowerLemma())) {
                        return EntityType.DATASET;
                    }
                    break;
                }
                if (!(w.equals(",") || s[k].lower().equals("and") || s[k].nameLike())) {
                    break;
                }
            }
            // list followed by "datasets/benchmarks"
            for (int k = to; k < Math.min(s.length, to + 6); k++) {
                String w = s[k].lowerLemma();
                if (Lexicon.DATASET_HEADS.contains(w) || (w.equals("'") || w.equals("\u2019")) && k == to) {
                    return EntityType.DATASET;
                }
                if (!(w.equals(",") || w.equals("and") || w.equals("or") || s[k].nameLike())) {
                    break;
                }
            }
            return EntityType.METHOD;
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
                boolean n = s[k].nameLike() || Character.isUpperCase(s[k].word().charAt(0)) && !s[k].inTitle()
                        && k > 0;
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

        /** "data from a lung-function study", "records from the national X registry": the source is a dataset. */
        private void dataSources(Tok[] s) {
            for (int i = 0; i + 3 < s.length; i++) {
                String w = s[i].lowerLemma();
                if (!(w.equals("datum") || w.equals("data") || w.equals("record") || w.equals("sample"))
                        || !s[i + 1].lower().equals("from")) {
                    continue;
                }
                int k = i + 2;
                if (s[k].tag().equals("DT")) {
                    k++;
                }
                int e = k;
                while (e < s.length && e - k < 6 && chunkable(s[e])) {
                    e++;
                }
                while (e > k + 1 && Lexicon.DATA_SOURCES.contains(s[e - 1].lowerLemma())) {
                    add(s, k, e, EntityType.DATASET, MentionRole.USED, "cue:data-from", 0.65, null);
                    // "... from a lung study and a heart trial"
                    if (e + 1 >= s.length || !(s[e].lower().equals("and") || s[e].lower().equals("or"))) {
                        break;
                    }
                    k = e + 1;
                    if (k < s.length && s[k].tag().equals("DT")) {
                        k++;
                    }
                    e = k;
                    while (e < s.length && e - k < 6 && chunkable(s[e])) {
                        e++;
                    }
                }
            }
        }

        // --------------------------------------------------------- vocabulary

        private void vocabularyNames(Tok[] s) {
            int max = Math.min(8, vocabulary.maxWords());
            for (int i = 0; i < s.length; i++) {
                for (int n = Math.min(max, s.length - i); n >= 1; n--) {
                    String phrase = text.substring(s[i].begin(), s[i + n - 1].end());
                    EntityType t = vocabulary.typeOf(phrase);
                    if (t != null) {
                        add(s, i, i + n, t, MentionRole.USED, "vocabulary", 0.9, null);
                        break;
                    }
                }
            }
        }

        // ------------------------------------------------------- contributions

        /** Mentions in the object of "we propose X", named by "called X", or the title's "X: ..." get CONTRIBUTED. */
        private void markContributions() {
            List<int[]> contributed = new ArrayList<>(); // char ranges
            for (Tok[] s : sentences) {
                boolean title = s[0].inTitle();
                if (title) {
                    titleName(s, contributed);
                    continue;
                }
                for (int i = 0; i < s.length; i++) {
                    String l = s[i].lowerLemma();
                    boolean cue = Lexicon.PROPOSE_VERBS.contains(l) && s[i].tag().startsWith("VB")
                            && subjectIsUs(s, i);
                    boolean named = (l.equals("call") || l.equals("name") || l.equals("dub") || l.equals("term"))
                            && (s[i].tag().equals("VBN") || s[i].tag().equals("VBD"));
                    if ((s[i].lower().equals("proposed") || s[i].lower().equals("our")) && i + 1 < s.length) {
                        // "the proposed X", "our X": X is the contribution
                        int e = i + 1;
                        while (e < s.length && e - i <= 6 && chunkable(s[e])) {
                            e++;
                        }
                        if (e > i + 1) {
                            contributed.add(new int[]{s[i + 1].begin(), s[e - 1].end()});
                        }
                    }
                    boolean our = s[i].lower().equals("our") && i + 1 < s.length
                            && Lexicon.GENERIC_METHOD_HEADS.contains(s[i + 1].lowerLemma());
                    boolean core = s[i].lower().equals("core") || s[i].lower().equals("introducing");
                    if (named && i + 1 < s.length) {
                        retypeNamed(s, i + 1);
                    }
                    if (cue || named || our || core) {
                        int limit = named ? 4 : 30;
                        int end = s.length;
                        for (int k = i + 1; k < s.length; k++) {
                            String w = s[k].lower();
                            if (w.equals(";") || k - i > limit || CONTRAST.contains(w)) {
                                end = k;
                                break;
                            }
                        }
                        if (end > i + 1) {
                            contributed.add(new int[]{s[i].end(), s[end - 1].end()});
                        }
                    }
                }
            }
            // a mention of a contributed span, and every mention of the same name, becomes CONTRIBUTED
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Mention m : out) {
                if (m.type() == EntityType.TASK) {
                    continue;
                }
                for (int[] r : contributed) {
                    if (m.charStart() >= r[0] && m.charEnd() <= r[1] && firstTypedIn(m, r)) {
                        names.add(m.text().toLowerCase(Locale.ROOT));
                        if (m.acronym() != null) {
                            names.add(m.acronym().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            boolean anyMethod = false;
            for (int k = 0; k < out.size(); k++) {
                Mention m = out.get(k);
                if (m.type() != EntityType.TASK && names.contains(m.text().toLowerCase(Locale.ROOT))) {
                    out.set(k, withRole(m, MentionRole.CONTRIBUTED, Math.max(m.confidence(), 0.8)));
                    anyMethod |= m.type() == EntityType.METHOD;
                }
            }
            if (!anyMethod) {
                // no cue: the title's methods are the contribution
                for (int k = 0; k < out.size(); k++) {
                    Mention m = out.get(k);
                    if (m.type() == EntityType.METHOD && m.charEnd() <= titleEnd) {
                        out.set(k, withRole(m, MentionRole.CONTRIBUTED, m.confidence()));
                    }
                }
            }
        }

        /** "a method called X": X names a method even when its head word says task. */
        private void retypeNamed(Tok[] s, int from) {
            for (int k = 0; k < out.size(); k++) {
                Mention m = out.get(k);
                if (m.charStart() == s[from].begin() && m.type() == EntityType.TASK) {
                    out.set(k, new Mention(m.text(), EntityType.METHOD, m.role(), m.charStart(), m.charEnd(),
                            m.evidence(), "cue:called", Math.max(m.confidence(), 0.7), m.acronym()));
                }
            }
        }

        private static final java.util.Set<String> CONTRAST = java.util.Set.of("than", "over", "outperform",
                "outperforms", "outperforming", "compared", "existing", "baseline", "baselines", "unlike", "prior",
                "previous", "builds", "extends", "motivated", "inspired", "whereas", "while", "against", "beyond",
                "state-of-the-art", "conventional", "traditional", "standard", "current");

        /** Only the first few typed mentions after a cue are the contribution. */
        private boolean firstTypedIn(Mention m, int[] r) {
            int before = 0;
            for (Mention o : out) {
                if (o.type() != EntityType.TASK && o.charStart() >= r[0] && o.charEnd() <= m.charStart()
                        && !o.rule().equals("acronym-use")) {
                    before++;
                }
            }
            return before <= 2;
        }

        private static Mention withRole(Mention m, MentionRole role, double conf) {
            String rule = role == MentionRole.CONTRIBUTED && !m.rule().startsWith("cue") ? "cue:contribution+" + m.rule()
                    : m.rule();
            return new Mention(m.text(), m.type(), role, m.charStart(), m.charEnd(), m.evidence(), rule, conf,
                    m.acronym());
        }

        private static boolean subjectIsUs(Tok[] s, int verb) {
            for (int k = verb - 1; k >= Math.max(0, verb - 5); k--) {
                String w = s[k].lower();
                if (w.equals("we") || w.equals("i") || w.equals("paper") || w.equals("work") || w.equals("study")
                        || w.equals("article") || w.equals("here")) {
                    return true;
                }
            }
            return false;
        }

        /** "NAME: a ..." in the title: the name is the paper's contribution. */
        private void titleName(Tok[] s, List<int[]> contributed) {
            for (int i = 1; i < s.length; i++) {
                if (s[i].word().equals(":") && i >= 5) {
                    // "Solving X via Y: A Foo Bar Approach": the subtitle names the contribution
                    contributed.add(new int[]{s[i].end(), s[s.length - 1].end()});
                    return;
                }
                if (s[i].word().equals(":")) {
                    boolean dataset = false;
                    for (int k = i + 1; k < s.length; k++) {
                        String l = s[k].lowerLemma();
                        String w = s[k].lower();
                        if (Lexicon.DATASET_HEADS.contains(l) || Lexicon.DATASET_HEADS.contains(w)
                                || w.endsWith("s") && Lexicon.DATASET_HEADS.contains(w.substring(0, w.length() - 1))) {
                            dataset = true;
                        }
                    }
                    EntityType type = dataset ? EntityType.DATASET : EntityType.METHOD;
                    contributed.add(new int[]{s[i].end(), s[s.length - 1].end()});
                    boolean name = false;
                    for (int k = 0; k < i; k++) {
                        name |= s[k].nameLike() || Character.isUpperCase(s[k].word().charAt(0));
                    }
                    if (name && i <= 3) {
                        add(s, 0, i, type, MentionRole.CONTRIBUTED, "cue:title-name", 0.85, null);
                        contributed.add(new int[]{s[0].begin(), s[i].begin()});
                        // same name in the abstract, typed as the title says
                        String n = span(s, 0, i);
                        for (int k = 0; k < out.size(); k++) {
                            Mention m = out.get(k);
                            if (m.text().equalsIgnoreCase(n) && m.type() != type) {
                                out.set(k, new Mention(m.text(), type, MentionRole.CONTRIBUTED, m.charStart(),
                                        m.charEnd(), m.evidence(), m.rule(), m.confidence(), m.acronym()));
                            }
                        }
                    }
                    return;
                }
            }
        }

        /** Weak candidates stay only when repeated, contributed, or named in a typed context. */
        private void filterWeak() {
            Map<String, Integer> counts = new HashMap<>();
            String lowerText = text.toLowerCase(Locale.ROOT);
            List<Mention> kept = new ArrayList<>();
            for (Mention m : out) {
                String r = m.rule();
                boolean weak = r.endsWith("-weak") || r.endsWith("undefined-acronym") || r.endsWith("capitalised");
                if (!weak || m.role() == MentionRole.CONTRIBUTED || m.charEnd() <= titleEnd) {
                    kept.add(m);
                    continue;
                }
                String key = m.text().toLowerCase(Locale.ROOT);
                int n = counts.computeIfAbsent(key, k -> occurrences(lowerText, k));
                if (!r.endsWith("undefined-acronym") && n >= 2) {
                    kept.add(m);
                }
            }
            out.clear();
            out.addAll(kept);
        }

        private static int occurrences(String text, String needle) {
            int n = 0;
            int i = text.indexOf(needle);
            while (i >= 0) {
                n++;
                i = text.indexOf(needle, i + needle.length());
            }
            return n;
        }

        // -------------------------------------------------------------- output

        /** Text order; a span nested inside a longer span of the same type from the same rule family is dropped. */
        private List<Mention> dedupe() {
            out.sort(Comparator.comparingInt(Mention::charStart).thenComparing(m -> -m.charEnd())
                    .thenComparing(m -> m.type().ordinal()).thenComparing(m -> -m.confidence()));
            List<Mention> result = new ArrayList<>();
            for (Mention m : out) {
                boolean drop = false;
                for (Mention r : result) {
                    if (r.type() == m.type() && r.charStart() <= m.charStart() && r.charEnd() >= m.charEnd()
                            && !(r.charStart() == m.charStart() && r.charEnd() == m.charEnd()
                            && !r.rule().equals(m.rule()) && false)) {
                        if (r.charStart() == m.charStart() && r.charEnd() == m.charEnd()) {
                            drop = true; // duplicate span
                        } else if (!m.rule().startsWith("acronym") && !r.rule().equals("coordination")) {
                            drop = true;
                        }
                    }
                }
                if (!drop) {
                    result.add(m);
                }
            }
            return result;
        }
    }
}
