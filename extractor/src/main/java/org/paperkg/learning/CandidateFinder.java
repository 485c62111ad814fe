package org.paperkg.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import org.paperkg.mentions.Mention;

/**
 * Proposes the candidate spans of one annotated paper and describes each with features. Candidates are the rule
 * mentions (before the rules' weak-candidate filter) and noun-phrase chunks with the name-shaped words inside them;
 * features never name a specific entity: they are rule names, word shapes, head and context words, and corpus
 * statistics of the words. Thread-safe (holds only immutable statistics).
 */
public final class CandidateFinder {

    private static final int MAX_CHUNK = 8;
    /** Context lemmas that tell how a paper talks about a name: its own contribution, use, evaluation, data. */
    private static final Set<String> CUES = Set.of("propose", "introduce", "present", "we", "our", "evaluate",
            "benchmark", "dataset", "outperform", "use", "train", "task", "method", "model", "achieve", "baseline",
            "compare", "new", "novel", "address", "problem", "experiment", "state-of-the-art", "framework");

    private final WordStatistics words;
    private final NamePrior prior;

    /** A finder with the corpus statistics and the name prior of the model (empty: no prior features). */
    public CandidateFinder(WordStatistics words, NamePrior prior) {
        this.words = Objects.requireNonNull(words, "words");
        this.prior = Objects.requireNonNull(prior, "prior");
    }

    /**
     * The candidates of one paper, in text order.
     *
     * @param doc       CoreNLP annotation of {@code text}
     * @param text      the paper's full text
     * @param titleEnd  offset where the title ends, -1 without title
     * @param proposals rule mentions before the weak filter
     * @param kept      rule mentions after it (the rule extractor's output)
     */
    public List<Candidate> find(Annotation doc, String text, int titleEnd, List<Mention> proposals,
                                List<Mention> kept) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        Map<Long, List<Mention>> bySpan = new LinkedHashMap<>();
        for (Mention m : proposals) {
            bySpan.computeIfAbsent(key(m.charStart(), m.charEnd()), k -> new ArrayList<>()).add(m);
        }
        Set<Long> keptSpans = new HashSet<>();
        for (Mention m : kept) {
            keptSpans.add(key(m.charStart(), m.charEnd()));
        }
        Map<Long, int[]> spans = new LinkedHashMap<>(); // span -> sentence, first token, end token
        Map<Long, String> variants = new HashMap<>(); // span -> its kind, for spans only a chunk variant proposed
        for (int si = 0; si < sentences.size(); si++) {
            chunks(sentences.get(si), si, spans, variants);
        }
        for (Mention m : proposals) {
            int[] loc = locate(sentences, m.charStart(), m.charEnd());
            if (loc != null) {
                spans.putIfAbsent(key(m.charStart(), m.charEnd()), loc);
                variants.remove(key(m.charStart(), m.charEnd())); // a rule's span is no new candidate
            }
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        ContributionFeatures contribution = ContributionFeatures.of(sentences, spans.values(), text, titleEnd);
        // what each occurrence says about the span's text, pooled per text: a document-level view of the name
        Map<String, Set<String>> usage = new HashMap<>();
        for (int[] loc : spans.values()) {
            List<CoreLabel> s = sentences.get(loc[0]);
            int start = s.get(loc[1]).beginPosition();
            int end = s.get(loc[2] - 1).endPosition();
            occurrenceUsage(s, loc[1], loc[2], start < titleEnd, usage.computeIfAbsent(
                    text.substring(start, end).toLowerCase(Locale.ROOT), k -> new TreeSet<>()));
        }
        List<Candidate> out = new ArrayList<>(spans.size());
        for (Map.Entry<Long, int[]> e : spans.entrySet()) {
            int[] loc = e.getValue();
            List<CoreLabel> s = sentences.get(loc[0]);
            int start = s.get(loc[1]).beginPosition();
            int end = s.get(loc[2] - 1).endPosition();
            List<Mention> rules = bySpan.getOrDefault(e.getKey(), List.of());
            List<String> f = new ArrayList<>();
            ruleFeatures(rules, keptSpans.contains(e.getKey()), f);
            String span = text.substring(start, end);
            spanFeatures(s, loc[1], loc[2], start < titleEnd, lowerText, span, f);
            if (variants.containsKey(e.getKey())) {
                f.add(ChunkVariants.VARIANT_FEATURE + variants.get(e.getKey()));
            }
            corpusFeatures(s, loc[1], loc[2], f);
            classFeatures(s, loc[1], loc[2], f);
            conjunctions(s, loc[1], loc[2], span, f);
            TaskCues.features(s, loc[1], loc[2], f);
            documentFeatures(span, usage.get(span.toLowerCase(Locale.ROOT)), lowerText,
                    titleEnd > 0 ? lowerText.substring(0, Math.min(titleEnd, lowerText.length())) : "", f);
            f.addAll(contribution.features(span));
            f.addAll(prior.features(span));
            String evidence = text.substring(s.get(0).beginPosition(), s.get(s.size() - 1).endPosition());
            out.add(new Candidate(span, start, end, evidence, f, rules.isEmpty() ? null : rules.get(0)));
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    /** Maximal runs of nominal or name-shaped tokens ending in a noun, and the name-shaped tokens alone. */
    private static void chunks(List<CoreLabel> s, int si, Map<Long, int[]> spans, Map<Long, String> variants) {
        int i = 0;
        while (i < s.size()) {
            if (!chunkable(s.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.size() && chunkable(s.get(j)) && j - i < MAX_CHUNK) {
                j++;
            }
            int end = j;
            while (end > i && !nounLike(s.get(end - 1))) {
                end--;
            }
            int from = i;
            while (from < end && LEADING.contains(s.get(from).word().toLowerCase(Locale.ROOT))) {
                from++;
            }
            if (end > from) {
                spans.putIfAbsent(key(s.get(from).beginPosition(), s.get(end - 1).endPosition()),
                        new int[] {si, from, end});
                for (ChunkVariants.Span v : ChunkVariants.of(s, from, end, j)) {
                    long k = key(s.get(v.from()).beginPosition(), s.get(v.to() - 1).endPosition());
                    if (spans.putIfAbsent(k, new int[] {si, v.from(), v.to()}) == null) {
                        variants.put(k, v.kind());
                    }
                }
                if (end - from > 1 && SIZE_WORDS.contains(s.get(from).word().toLowerCase(Locale.ROOT))) {
                    // "large" opens names of model families ("large vision-language models") as often as it only
                    // describes ("large datasets"): both spans are candidates, the classifier picks
                    spans.putIfAbsent(key(s.get(from + 1).beginPosition(), s.get(end - 1).endPosition()),
                            new int[] {si, from + 1, end});
                }
            }
            for (int k = i; k < j; k++) {
                if (nameShaped(s.get(k).word()) && end - from > 1) {
                    spans.putIfAbsent(key(s.get(k).beginPosition(), s.get(k).endPosition()), new int[] {si, k, k + 1});
                }
                if (k + 1 < j && numberedName(s, k + 1)) {
                    // a name's number after a space is part of it ("Zorb-Net 360", "Quill 3"), though the chunk
                    // ends before it or runs on ("Zorb-Net 360 scenes"): the name with its number is a candidate
                    // too, alone and from the chunk's start; the classifier picks among the overlapping ones
                    spans.putIfAbsent(key(s.get(k).beginPosition(), s.get(k + 1).endPosition()),
                            new int[] {si, k, k + 2});
                    if (from < k) {
                        spans.putIfAbsent(key(s.get(from).beginPosition(), s.get(k + 1).endPosition()),
                                new int[] {si, from, k + 2});
                    }
                }
            }
            i = j;
        }
    }

    /** Words that open a chunk but never a name ("novel", "existing"): the chunk starts after them. */
    private static final Set<String> LEADING = Set.of("novel", "new", "existing", "various", "several", "many",
            "different", "proposed", "such", "other", "each", "multiple", "previous", "recent", "first",
            "standard", "popular", "same", "current", "conventional", "traditional", "simple", "effective",
            "efficient", "robust", "additional", "specific", "general", "key", "prior", "state-of-the-art");

    /** Size words that are part of some names and not of others: a chunk they open is a candidate with and without. */
    private static final Set<String> SIZE_WORDS = Set.of("large", "small");

    private static boolean chunkable(CoreLabel t) {
        String tag = t.tag();
        String w = t.word();
        if (w.contains("://") || w.contains("@")) {
            return false;
        }
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("CD")
                || tag.equals("FW") || nameShaped(w) || w.indexOf('-') > 0 && Character.isLetter(w.charAt(0));
    }

    /**
     * Whether token {@code i} is a bare number that ends a capitalised or name-shaped word's name: a number
     * closing the sentence's chunk, not followed by a unit or count noun (those chunks end in the noun anyway).
     */
    static boolean numberedName(List<CoreLabel> s, int i) {
        if (i == 0 || !s.get(i).tag().equals("CD") || !s.get(i).word().matches("\\d+(\\.\\d+)?")) {
            return false;
        }
        String before = s.get(i - 1).word();
        return nameShaped(before) || Character.isUpperCase(before.charAt(0)) && before.length() > 1;
    }

    private static boolean nounLike(CoreLabel t) {
        return t.tag().startsWith("NN") || t.tag().equals("CD") && nameShaped(t.word()) || nameShaped(t.word());
    }

    /** An inner capital, letters with digits, or two or more capitals: "BERT", "GPT-4", "ResNet". */
    static boolean nameShaped(String w) {
        int upper = 0;
        boolean letter = false;
        boolean digit = false;
        boolean innerUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                if (i > 0 && Character.isLetter(w.charAt(i - 1))) {
                    innerUpper = true;
                }
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && (upper >= 2 || innerUpper || digit && upper >= 1);
    }

    private static int[] locate(List<List<CoreLabel>> sentences, int start, int end) {
        for (int si = 0; si < sentences.size(); si++) {
            List<CoreLabel> s = sentences.get(si);
            if (s.isEmpty() || s.get(s.size() - 1).endPosition() < start) {
                continue;
            }
            int from = -1;
            int to = -1;
            for (int k = 0; k < s.size(); k++) {
                if (from < 0 && s.get(k).endPosition() > start) {
                    from = k;
                }
                if (s.get(k).beginPosition() < end) {
                    to = k + 1;
                }
            }
            return from >= 0 && to > from ? new int[] {si, from, to} : null;
        }
        return null;
    }

    private static void ruleFeatures(List<Mention> rules, boolean kept, List<String> f) {
        if (rules.isEmpty()) {
            f.add("r:none");
            return;
        }
        f.add(kept ? "r:kept" : "r:filtered");
        for (Mention m : rules) {
            String type = m.type().id();
            f.add("r:type=" + type);
            f.add("r:role=" + m.role().name().toLowerCase(Locale.ROOT));
            f.add("r:role=" + m.role().name().toLowerCase(Locale.ROOT) + "/" + type);
            for (String r : m.rule().split("\\+")) {
                f.add("r:rule=" + r);
                f.add("r:rule=" + r + "/" + type);
            }
            if (m.acronym() != null) {
                f.add("r:acronym-defined/" + type);
            }
            f.add("r:conf=" + Math.round(m.confidence() * 4) + "/" + type);
        }
    }

    private static void spanFeatures(List<CoreLabel> s, int from, int to, boolean inTitle, String lowerText,
                                     String span, List<String> f) {
        int n = to - from;
        f.add("s:len=" + Math.min(n, 5));
        f.add("s:shape=" + spanShape(span));
        CoreLabel head = s.get(to - 1);
        String headLemma = lemma(head);
        f.add("s:head=" + headLemma);
        f.add("s:head-suffix=" + suffix(headLemma));
        f.add("s:head-tag=" + head.tag());
        f.add("s:head-shape=" + shape(head.word()));
        if (n > 1) {
            f.add("s:first=" + lemma(s.get(from)));
            f.add("s:first-tag=" + s.get(from).tag());
            f.add("s:first-shape=" + shape(s.get(from).word()));
        }
        f.add(inTitle ? "s:title" : "s:abstract");
        f.add("s:l1=" + (from > 0 ? lemma(s.get(from - 1)) : "<s>"));
        f.add("s:l2=" + (from > 1 ? lemma(s.get(from - 2)) : "<s>"));
        f.add("s:ltag=" + (from > 0 ? s.get(from - 1).tag() : "<s>"));
        f.add("s:r1=" + (to < s.size() ? lemma(s.get(to)) : "</s>"));
        f.add("s:rtag=" + (to < s.size() ? s.get(to).tag() : "</s>"));
        if (to + 2 < s.size() && s.get(to).word().equals("(") && s.get(to + 2).word().equals(")")
                && nameShaped(s.get(to + 1).word())) {
            f.add("s:defines-acronym");
        }
        if (from > 0 && to < s.size() && s.get(from - 1).word().equals("(") && s.get(to).word().equals(")")) {
            f.add("s:in-brackets");
        }
        int count = occurrences(lowerText, span.toLowerCase(Locale.ROOT));
        f.add("s:count=" + Math.min(count, 4));
        Set<String> cues = new HashSet<>();
        for (int k = 0; k < s.size(); k++) {
            String l = lemma(s.get(k));
            if (CUES.contains(l) && (k < from || k >= to)) {
                cues.add(l);
            }
        }
        for (String c : cues) {
            f.add("s:cue=" + c);
        }
    }

    private static final Set<String> PROPOSE = Set.of("propose", "introduce", "present", "develop", "design");
    private static final Set<String> BEAT = Set.of("outperform", "surpass", "beat", "exceed");
    private static final Set<String> EVALUATION = Set.of("evaluate", "experiment", "benchmark", "test", "achieve",
            "result", "performance", "accuracy", "demonstrate", "show", "report");
    private static final Set<String> DATA_WORDS = Set.of("dataset", "datasets", "benchmark", "benchmarks", "corpus",
            "corpora", "data");

    /** What one occurrence of a span says: in the title, in a "we propose" sentence, before "dataset", ... */
    private static void occurrenceUsage(List<CoreLabel> s, int from, int to, boolean inTitle, Set<String> out) {
        if (inTitle) {
            out.add("title");
        }
        boolean evaluation = false;
        for (int k = 0; k < s.size(); k++) {
            if (k >= from && k < to) {
                continue;
            }
            String l = lemma(s.get(k));
            if (PROPOSE.contains(l)) {
                out.add("propose-sentence");
            }
            if (k >= to && BEAT.contains(l)) {
                out.add("subject-of-outperform");
            }
            evaluation |= EVALUATION.contains(l);
        }
        String left = from > 0 ? lemma(s.get(from - 1)) : "";
        if ((left.equals("on") || left.equals("use")) && evaluation) {
            out.add("after-on-using-in-evaluation");
        }
        if (to < s.size() && DATA_WORDS.contains(s.get(to).word().toLowerCase(Locale.ROOT))) {
            out.add("before-data-word");
        }
    }

    /** The pooled usage of the span's text in the whole paper, plain and crossed with a coarse shape. */
    private static void documentFeatures(String span, Set<String> usage, String lowerText, String lowerTitle,
                                         List<String> f) {
        Set<String> all = new TreeSet<>(usage == null ? Set.of() : usage);
        String lower = span.toLowerCase(Locale.ROOT);
        if (!lowerTitle.isEmpty() && lowerTitle.contains(lower)) {
            all.add("title");
        }
        for (String w : List.of(" dataset", " benchmark", " corpus", " data set")) {
            if (lowerText.contains(lower + w)) {
                all.add("text-before-data-word");
                break;
            }
        }
        String shape = spanShape(span);
        String coarse = shape.startsWith("name") ? "name" : shape.startsWith("capitalised") ? "capitalised" : "other";
        for (String u : all) {
            f.add("d:" + u);
            f.add("d:" + u + "/" + coarse);
        }
        if (all.isEmpty()) {
            f.add("d:none/" + coarse);
        }
    }

    /**
     * Pairs a linear model cannot form from single features: a name-shaped span after "on" or before "dataset"
     * reads differently from a lower-case phrase in the same place.
     */
    private static void conjunctions(List<CoreLabel> s, int from, int to, String span, List<String> f) {
        String shape = spanShape(span);
        String left = from > 0 ? lemma(s.get(from - 1)) : "<s>";
        String right = to < s.size() ? lemma(s.get(to)) : "</s>";
        f.add("x:shape+l1=" + shape + "/" + left);
        f.add("x:shape+r1=" + shape + "/" + right);
        f.add("x:shape+len=" + shape + "/" + Math.min(to - from, 5));
        f.add("x:head-shape+r1=" + shape(s.get(to - 1).word()) + "/" + right);
    }

    /** Distributional classes of the head, the first word and the words either side (none: no class features). */
    private void classFeatures(List<CoreLabel> s, int from, int to, List<String> f) {
        if (!words.hasClasses()) {
            return;
        }
        f.add("w:head=" + words.wordClass(s.get(to - 1).word()));
        if (to - from > 1) {
            f.add("w:first=" + words.wordClass(s.get(from).word()));
        }
        f.add("w:left=" + (from > 0 ? words.wordClass(s.get(from - 1).word()) : "<s>"));
        f.add("w:right=" + (to < s.size() ? words.wordClass(s.get(to).word()) : "</s>"));
    }

    private void corpusFeatures(List<CoreLabel> s, int from, int to, List<String> f) {
        int n = to - from;
        String headWord = s.get(to - 1).word();
        wordFeatures("c:head", headWord, f);
        if (n > 1) {
            wordFeatures("c:first", s.get(from).word(), f);
        }
        int rare = 0;
        for (int k = from; k < to; k++) {
            WordStatistics.Stat st = words.get(s.get(k).word());
            if (st == null || st.papers() < 5) {
                rare++;
            }
        }
        f.add("c:rare-words=" + Math.min(rare, 3) + "/" + Math.min(n, 3));
    }

    private void wordFeatures(String prefix, String word, List<String> f) {
        WordStatistics.Stat st = words.get(word);
        boolean capitalised = !word.equals(word.toLowerCase(Locale.ROOT));
        String cap = capitalised ? "cap" : "low";
        if (st == null) {
            f.add(prefix + "-unseen/" + cap);
            return;
        }
        int df = (int) Math.min(5, Math.floor(Math.log10(st.papers() + 1) * 2));
        f.add(prefix + "-papers=" + df);
        int share = (int) Math.round(st.lowerShare() * 4);
        f.add(prefix + "-lower-share=" + share + "/" + cap);
        f.add(prefix + "-lower-share=" + share + "/papers=" + df);
    }

    static String lemma(CoreLabel t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    private static String suffix(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    /** Word shape with runs collapsed: "BERT" X, "ResNet-50" XxXx-d, "image" x. */
    static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length() && b.length() < 8; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    private static String spanShape(String span) {
        boolean anyUpper = false;
        boolean allWordsCapital = true;
        boolean digit = false;
        boolean name = false;
        for (String w : span.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            anyUpper |= !w.equals(w.toLowerCase(Locale.ROOT));
            allWordsCapital &= Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0));
            digit |= w.chars().anyMatch(Character::isDigit);
            name |= nameShaped(w);
        }
        String s = name ? "name" : allWordsCapital ? "capitalised" : anyUpper ? "some-capital" : "lower";
        return s + (digit ? "+digit" : "") + (span.indexOf('-') >= 0 ? "+hyphen" : "");
    }

    private static int occurrences(String text, String needle) {
        return needle.isEmpty() ? 0 : text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
