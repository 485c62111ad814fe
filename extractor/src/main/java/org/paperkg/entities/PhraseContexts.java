package org.paperkg.entities;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the corpus's text uses the names some papers extracted, counted over every occurrence: as the name of a field
 * of study ("advances in X.", "the X community", "X-based", "X techniques") and, for a single word, after a modifier
 * that makes it a particular thing ("widget detection" for "detection"). A phrase the corpus mostly uses as a field,
 * or a single word it mostly writes with a modifier, is no method, task or dataset of its own (the guideline's
 * entities are particular methods, tasks and datasets, and its generic words alone are none). Counts are sums keyed
 * by the name's slug, so the counts of parts of a corpus add up ({@link #merge}) in any order.
 */
final class PhraseContexts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Occurrences of the phrase standing alone (no modifier before it) needed before its field uses say anything. */
    static final int FIELD_MIN_OCCURRENCES = 10;
    /** Share of field uses among those occurrences at and above which a phrase names a field of study: most of them. */
    static final double FIELD_SHARE = 0.5;
    /** Occurrences needed before the share of modified uses of a single word says anything. */
    static final int BARE_MIN_OCCURRENCES = 20;
    /** Share of occurrences after a modifier at and above which a single word is a generic head, not a name. */
    static final double BARE_SHARE = 0.8;

    /** Nouns after a phrase that make it the name of a field: "the X community", "X research". */
    private static final Set<String> FIELD_NOUNS = Set.of("community", "communities", "literature", "field",
            "fields", "research", "researchers", "researcher", "domain", "domains", "area", "areas", "practitioners",
            "applications", "society", "era", "paradigm");
    /** Generic kinds after a phrase that make it an umbrella over many methods: "X techniques", "X-based". */
    private static final Set<String> KIND_NOUNS = Set.of("model", "models", "method", "methods", "technique",
            "techniques", "approach", "approaches", "algorithm", "algorithms", "system", "systems", "tool", "tools",
            "solution", "solutions", "pipeline", "pipelines", "framework", "frameworks", "based");
    /** Occurrences of a phrase needed before the share of its uses introducing an instance says anything. */
    static final int DESCRIPTION_MIN_OCCURRENCES = 5;
    /** Share of uses introducing an instance ("a X", "our X") at and above which a kind's phrase describes, not names. */
    static final double DESCRIPTION_SHARE = 0.5;
    /** Words before a phrase that introduce one instance of a kind rather than refer to a known one. */
    private static final Set<String> INTRODUCERS = Set.of("a", "an", "our", "this");
    /** How many words before a phrase may hold its introducer: "a novel simple X". */
    private static final int INTRODUCER_REACH = 3;
    /** Heads of phrases that say how a contribution is built: "two-stage framework", "hybrid approach". */
    private static final Set<String> STRUCTURE_HEADS = Set.of("framework", "pipeline", "approach", "strategy",
            "scheme", "paradigm", "architecture", "method", "technique", "procedure", "mechanism", "module", "system",
            "model", "algorithm", "solution");
    /** Prepositions before a phrase that ends there that make it a field: "progress in X.", "the field of X and". */
    private static final Set<String> FIELD_PREPOSITIONS = Set.of("in", "of", "across", "within", "beyond");

    private final Map<String, Counts> counts = new ConcurrentHashMap<>();

    /** Counts one occurrence of the name of slug {@code slug} in {@code text} from {@code start} to {@code end}. */
    void occurrence(String slug, String text, int start, int end) {
        String before = wordBefore(text, start);
        boolean modified = before != null && !CorpusSurvey.isFunctionWord(before)
                && !LabelNormalizer.isLeadingWord(before);
        // the scan also hands the span with the determiner ("a X" is a name once "a" is dropped): such a span
        // counts as before, but where instances are introduced only the name's own span does
        int wordEnd = start;
        while (wordEnd < end && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        boolean own = wordEnd == start
                || !LabelNormalizer.isLeadingWord(text.substring(start, wordEnd).toLowerCase(Locale.ROOT));
        counts.computeIfAbsent(slug, k -> new Counts()).add(modified, !modified && fieldUse(text, start, end),
                own, own && introduced(text, start));
    }

    /** Adds the counts of {@code other}. */
    void merge(PhraseContexts other) {
        other.counts.forEach((slug, c) -> counts.computeIfAbsent(slug, k -> new Counts()).add(c));
    }

    /**
     * Whether the corpus mostly uses the phrase of this slug, where it stands alone, as the name of a field of study
     * ("multimodal widget science" is an occurrence of another phrase).
     */
    boolean field(String slug) {
        Counts c = counts.get(slug);
        int alone = c == null ? 0 : c.occurrences.get() - c.modified.get();
        return alone >= FIELD_MIN_OCCURRENCES && c.fieldUses.get() >= FIELD_SHARE * alone;
    }

    /**
     * The share of the occurrences of the phrase of slug {@code shortSlug} after a modifier that are occurrences of
     * the phrase of slug {@code longSlug} (the same phrase after one word): 0 when it was not counted.
     */
    double shareOfModified(String longSlug, String shortSlug) {
        Counts longer = counts.get(longSlug);
        Counts shorter = counts.get(shortSlug);
        if (longer == null || shorter == null || shorter.modified.get() == 0) {
            return 0;
        }
        return Math.min(1, (double) longer.occurrences.get() / shorter.modified.get());
    }

    /**
     * Whether the slug is a generic kind alone ("model", "framework"): what is left of "pre-trained models" or "Unified
     * Models" once the evaluative words are dropped, a kind of many names and never one itself.
     */
    static boolean genericKind(String slug) {
        return KIND_NOUNS.contains(slug);
    }

    /**
     * Whether the phrase of this slug describes how one paper's method is built rather than names a method the
     * corpus shares: its head is a kind of structure and most of its uses introduce an instance of it ("we propose a
     * two-stage framework", "our hybrid approach"), where a shared method is referred to ("diffusion models", "the
     * Transformer"). Papers that write the same description mean different things by it.
     */
    boolean description(String slug) {
        Counts c = counts.get(slug);
        int dash = slug.lastIndexOf('-');
        return c != null && dash > 0 && STRUCTURE_HEADS.contains(slug.substring(dash + 1))
                && c.ownSpans.get() >= DESCRIPTION_MIN_OCCURRENCES
                && c.introduced.get() >= DESCRIPTION_SHARE * c.ownSpans.get();
    }

    /** Whether the single word of this slug is mostly written after a modifier: a generic head, not a name. */
    boolean bareHead(String slug) {
        Counts c = counts.get(slug);
        return c != null && slug.indexOf('-') < 0 && c.occurrences.get() >= BARE_MIN_OCCURRENCES
                && c.modified.get() >= BARE_SHARE * c.occurrences.get();
    }

    /**
     * Whether the occurrence is a field use: a field noun or a generic kind after it ("X community", "X-based",
     * "X methods", "X (XY) research"), or a preposition before it where the phrase ends ("advances in X.", "in X and
     * Y").
     */
    static boolean fieldUse(String text, int start, int end) {
        if (text.startsWith("-based", end)) {
            return true;
        }
        // "widget science (WS) community": the acronym the phrase defines is skipped
        String after = wordAfter(text, CorpusSurvey.afterAcronym(text, end));
        if (after != null && (FIELD_NOUNS.contains(after) || KIND_NOUNS.contains(after))) {
            return true;
        }
        String before = wordBefore(text, start);
        boolean phraseEnds = after == null || after.equals("and") || after.equals("or");
        return before != null && FIELD_PREPOSITIONS.contains(before) && phraseEnds;
    }

    /**
     * Whether the words before {@code start} introduce an instance: "a", "an", "our" or "this", also before
     * evaluative words ("a novel X", "our simple X").
     */
    static boolean introduced(String text, int start) {
        int k = start;
        for (int words = 0; words < INTRODUCER_REACH; words++) {
            while (k > 0 && text.charAt(k - 1) == ' ') {
                k--;
            }
            int e = k;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            String w = text.substring(k, e).toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !LabelNormalizer.isLeadingWord(w)) {
                return false;
            }
            if (INTRODUCERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case word just before {@code start}, joined by spaces or a hyphen only; null after punctuation. */
    static String wordBefore(String text, int start) {
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == start && k > 0 && text.charAt(k - 1) == '-') {
            k--;
        }
        int e = k;
        while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) {
            k--;
        }
        return k == e || e == start ? null : text.substring(k, e).toLowerCase(Locale.ROOT);
    }

    /** The lower-case word just after {@code end}, after spaces only; null at punctuation or the end of the text. */
    static String wordAfter(String text, int end) {
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        int s = k;
        while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        return k == s || s == end ? null : text.substring(s, k).toLowerCase(Locale.ROOT);
    }

    /** One phrase's occurrences in the corpus's text. */
    private static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;
        final AtomicInteger occurrences = new AtomicInteger();
        final AtomicInteger modified = new AtomicInteger();
        final AtomicInteger fieldUses = new AtomicInteger();
        /** Occurrences of the name's own span (not the span with a determiner before it) and those introducing. */
        final AtomicInteger ownSpans = new AtomicInteger();
        final AtomicInteger introduced = new AtomicInteger();

        void add(boolean modifiedUse, boolean fieldUse, boolean ownSpan, boolean introducing) {
            occurrences.incrementAndGet();
            if (ownSpan) {
                ownSpans.incrementAndGet();
            }
            if (introducing) {
                introduced.incrementAndGet();
            }
            if (modifiedUse) {
                modified.incrementAndGet();
            }
            if (fieldUse) {
                fieldUses.incrementAndGet();
            }
        }

        void add(Counts other) {
            occurrences.addAndGet(other.occurrences.get());
            modified.addAndGet(other.modified.get());
            fieldUses.addAndGet(other.fieldUses.get());
            ownSpans.addAndGet(other.ownSpans.get());
            introduced.addAndGet(other.introduced.get());
        }
    }
}
