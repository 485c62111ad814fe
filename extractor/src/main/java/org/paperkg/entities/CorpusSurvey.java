package org.paperkg.entities;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.paperkg.papers.PaperRecord;

/**
 * What the survey between the resolver's passes finds: where the names learnt in pass 1 occur in the corpus's text,
 * in any shape, counted per entity. It tells names from ordinary words: a name that the rules recognise in only a
 * tiny share of the papers whose text contains it, a single word written in lower case in running text in several
 * papers, a word that is almost always followed by a noun (a modifier such as a title's "Real-Time"); and, for every
 * name extracted in a few papers, whether the corpus uses it as a field of study or as a generic head that needs a
 * modifier ({@link PhraseContexts}). Counts are sums
 * over papers, so several threads may survey at once and the result does not depend on the order; surveys of parts
 * of a corpus add up ({@link #merge}) to the survey of the whole, which lets a cluster survey per partition.
 */
public final class CorpusSurvey implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The corpus pass extends a name only where the rules recognised it in at least 1 of this many such papers. */
    static final int EVIDENCE_RATIO = 25;
    /**
     * The same for a phrase of words (in lower case in running text, or with no word written as a name): 2, at least
     * half (dev, 730 arXiv-daily papers, all partial F1 for lower-case names at 1 / 3 / 8 / 25: 0.681 / 0.684 /
     * 0.681 / 0.678; at 2, with capitalised phrases and phrases around an acronym counted too: 0.686).
     */
    static final int ORDINARY_EVIDENCE_RATIO = 2;
    /** Papers with the word in lower case that make a single word an ordinary word of the corpus. */
    static final int ORDINARY_PAPERS = 3;
    /** Occurrences needed before the share of modifier uses says anything. */
    static final int MODIFIER_MIN_OCCURRENCES = 10;
    /** Share of occurrences followed by a content word above which a single word is a modifier, not a name. */
    static final double MODIFIER_SHARE = 0.8;

    /** Share of a short form's modified uses that must be its long form for the two to be one name. */
    static final double SHORT_FORM_SHARE = 0.5;

    /** Closed-class words: a name followed by one of these ends its noun phrase. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of",
            "for", "to", "in", "on", "at", "by", "with", "from", "into", "onto", "over", "under", "via", "as", "than",
            "across", "through", "between", "among", "against", "within", "without", "toward", "towards", "upon",
            "about", "after", "before", "during", "while", "where", "when", "which", "who", "that", "this", "these",
            "those", "it", "its", "we", "our", "they", "their", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "must", "do", "does",
            "not", "also", "both", "such", "so", "if", "then", "thus", "i.e", "e.g", "etc", "using");

    /** The names looked for; not shipped with the counts (a resolver rebuilds it from what pass 1 learnt). */
    private final transient StrongNameIndex names;
    /** Every name extracted in a few papers, for {@link #contexts}; not shipped with the counts either. */
    private final transient StrongNameIndex phrases;
    private final Map<EntityId, TextUsage> usage = new ConcurrentHashMap<>();
    private final PhraseContexts contexts = new PhraseContexts();

    CorpusSurvey(StrongNameIndex names) {
        this(names, new StrongNameIndex(Map.of()));
    }

    CorpusSurvey(StrongNameIndex names, StrongNameIndex phrases) {
        this.names = names;
        this.phrases = phrases;
    }

    /** An empty survey looking for the same names. */
    CorpusSurvey fresh() {
        return new CorpusSurvey(names, phrases);
    }

    StrongNameIndex names() {
        return names;
    }

    /** Counts the names of the index that occur in the paper's text (title and abstract). */
    public void survey(PaperRecord paper) {
        survey(paper.fullText());
    }

    /** Adds the counts of {@code other}, a survey of other papers of the same corpus. */
    public void merge(CorpusSurvey other) {
        other.usage.forEach((id, u) -> usage.computeIfAbsent(id, k -> new TextUsage()).add(u));
        contexts.merge(other.contexts);
    }

    /** The counts alone, without the names looked for. */
    CorpusSurvey counts() {
        CorpusSurvey c = new CorpusSurvey(null, null);
        c.merge(this);
        return c;
    }

    /** Counts the names of the index that occur in one paper's text. */
    void survey(String text) {
        Map<EntityId, Boolean> lowerIn = new HashMap<>();
        names.scan(text, (name, id, start, end) -> {
            lowerIn.merge(id, runningText(text.substring(start, end)), Boolean::logicalOr);
            return true;
        });
        lowerIn.forEach((id, lower) -> usage.computeIfAbsent(id, k -> new TextUsage()).paper(lower));
        // a word's uses as a modifier count inside longer names too: "Widget-Fast" in "Widget-Fast models"; a
        // capitalised word is held to its case instead ("Widgetnet 3 Pro" is no modifier use)
        names.scanWords(text, (name, id, start, end) -> {
            if (!names.isAcronym(name) && !names.capitalisedWord(name)) {
                usage.computeIfAbsent(id, k -> new TextUsage()).occurrence(followedByContentWord(text, end));
            }
            return true;
        });
        phrases.scanAll(text, (name, id, start, end) -> {
            contexts.occurrence(id.key(), text, start, end);
            return true;
        });
    }

    /**
     * Whether a span is written as running text: its words in lower case, except words written as names (an
     * acronym or a mixed-case word, which any phrase may hold: "generative AI") and words with a digit ("3D"); at
     * least one word must be in lower case, so an acronym alone is no running text.
     */
    static boolean runningText(String span) {
        boolean lower = false;
        for (String w : LabelNormalizer.display(span).split("[\\s\\-_/]+")) {
            if (w.isEmpty() || StrongNameIndex.caseBound(w) || w.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            lower = true;
        }
        return lower;
    }

    /**
     * Whether the corpus uses the name of this slug mostly as a field of study, or, a single word, mostly after a
     * modifier: no entity of its own.
     */
    boolean notAnEntity(String slug) {
        return contexts.field(slug) || contexts.bareHead(slug);
    }

    /** Whether the phrase of this slug describes one paper's method rather than names a shared one. */
    boolean description(String slug) {
        return contexts.description(slug);
    }

    /**
     * Whether the corpus writes the short form {@code shortName} (normalised) after a modifier mostly as the long
     * form {@code longName}: at least {@link #SHORT_FORM_SHARE} of its modified uses, so "widget sorting" stands for
     * "3D widget sorting" only where the corpus's other "X widget sorting" are few.
     */
    boolean mostlyModifiedAs(String longName, String shortName) {
        return contexts.shareOfModified(LabelNormalizer.slug(longName), LabelNormalizer.slug(shortName))
                >= SHORT_FORM_SHARE;
    }

    /** Whether the lower-case {@code word} is a closed-class word, which ends or starts no noun phrase. */
    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /**
     * Whether the rules' papers are enough of the papers whose text names the entity for the corpus pass to link it;
     * {@code nameShaped}: the name has a word written as a name (an acronym or a mixed-case word).
     */
    boolean evidenced(EntityId id, int rulePapers, boolean nameShaped) {
        TextUsage u = usage.get(id);
        if (u == null) {
            return true;
        }
        // a phrase of words (in lower case in running text, or capitalised like a title) is one the extractor saw
        // in every paper that has it: where it kept the phrase in only a few of them, that is its judgement, not a
        // miss to repair
        int ratio = ordinary(id) || !nameShaped ? ORDINARY_EVIDENCE_RATIO : EVIDENCE_RATIO;
        return (long) rulePapers * ratio >= u.papers.get();
    }

    /**
     * Whether the entity's name is written as running text in several papers: in lower case, its acronyms aside
     * ({@link #runningText}).
     */
    boolean ordinary(EntityId id) {
        TextUsage u = usage.get(id);
        return u != null && u.lowerPapers.get() >= ORDINARY_PAPERS;
    }

    /** Whether the entity's only names are single words that the corpus almost always uses to modify a noun. */
    boolean modifier(EntityId id) {
        TextUsage u = usage.get(id);
        if (u == null || u.occurrences.get() < MODIFIER_MIN_OCCURRENCES) {
            return false;
        }
        return u.modifierUses.get() >= MODIFIER_SHARE * u.occurrences.get();
    }

    /** Whether the text after {@code end} goes on with a content word in the same phrase ("real-time tracking"). */
    static boolean followedByContentWord(String text, int end) {
        // "Real-Time (RT) tracking": the acronym the name defines is no phrase end
        int from = afterAcronym(text, end);
        int k = skipBlanks(text, from);
        if (k == from) {
            return false;
        }
        return startsContentWord(text, k);
    }

    /** Where the text goes on after {@code end} and an acronym in brackets right after it ("Name (NM)"), if any. */
    static int afterAcronym(String text, int end) {
        int k = skipBlanks(text, end);
        if (k < text.length() && text.charAt(k) == '(') {
            int close = text.indexOf(')', k);
            if (close > k + 1 && close - k <= 12 && text.substring(k + 1, close).chars().noneMatch(Character::isWhitespace)) {
                return close + 1;
            }
        }
        return end;
    }

    private static int skipBlanks(String text, int from) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    private static boolean startsContentWord(String text, int k) {
        if (k >= text.length() || !Character.isLetterOrDigit(text.charAt(k))) {
            return false;
        }
        int w = k;
        while (w < text.length() && (Character.isLetterOrDigit(text.charAt(w)) || text.charAt(w) == '.'
                && w + 1 < text.length() && Character.isLetter(text.charAt(w + 1)))) {
            w++;
        }
        return !FUNCTION_WORDS.contains(text.substring(k, w).toLowerCase(Locale.ROOT));
    }

    /** One entity's occurrences in the corpus's text. */
    private static final class TextUsage implements Serializable {
        private static final long serialVersionUID = 1L;
        final AtomicInteger papers = new AtomicInteger();
        final AtomicInteger lowerPapers = new AtomicInteger();
        final AtomicInteger occurrences = new AtomicInteger();
        final AtomicInteger modifierUses = new AtomicInteger();
        void occurrence(boolean modifierUse) {
            occurrences.incrementAndGet();
            if (modifierUse) {
                modifierUses.incrementAndGet();
            }
        }

        void add(TextUsage other) {
            papers.addAndGet(other.papers.get());
            lowerPapers.addAndGet(other.lowerPapers.get());
            occurrences.addAndGet(other.occurrences.get());
            modifierUses.addAndGet(other.modifierUses.get());
        }

        void paper(boolean lower) {
            papers.incrementAndGet();
            if (lower) {
                lowerPapers.incrementAndGet();
            }
        }
    }
}
