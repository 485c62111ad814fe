package org.paperkg.entities;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * The corpus-level acronym table: every acronym defined in some paper ("long form (ACR)" or "ACR (long form)"), with
 * the long forms it was defined for and, as evidence, the number of definitions of each (callers count one per
 * paper). An acronym with several long forms resolves to the one most definitions agree on, never to a tie.
 */
final class AcronymIndex implements Serializable {

    /** Acronym (plural stripped, exact case) to counts of long-form entities. */
    private final Map<String, Map<EntityId, Integer>> longForms = new HashMap<>();
    /** Papers whose text must define an acronym the same way before it merges names across the corpus. */
    static final int MIN_TEXT_DEFINITIONS = 2;
    /** Acronym (plural stripped) to the normalised long forms the papers' text defines it as, with paper counts. */
    private final Map<String, Map<String, Integer>> textLongForms = new HashMap<>();
    /** Keys of the long forms the papers' text defines some acronym as, with paper counts. */
    private final Map<String, Integer> textLongFormKeys = new HashMap<>();
    /** Keys of every long form some acronym was defined for, with the number of definitions. */
    private final Map<String, Integer> longFormKeys = new HashMap<>();
    /**
     * Acronym (plural stripped) to the normalised phrases the papers' text writes it after without the words its
     * letters stand for ("widget sorting (3DWS)"), with paper counts: evidence that a shorter name means the long
     * form.
     */
    private final Map<String, Map<String, Integer>> textShortForms = new HashMap<>();
    /**
     * Acronym (plural stripped) to the normalised phrases the papers' text writes it right after, whether or not it
     * abbreviates them ({@link TextAcronyms#phrasesBefore}), with paper counts: evidence that a longer name means the
     * long form ("large widget models (WMs)").
     */
    private final Map<String, Map<String, Integer>> textPhrases = new HashMap<>();
    /**
     * A longer name means the long form of an acronym when at least one in this many of the papers that abbreviate
     * the longer name give it that acronym ({@link #longVariants}).
     */
    static final int LONG_VARIANT_SHARE = 5;

    /** Records one definition of {@code acronym} as the long form {@code longForm}. */
    void define(String acronym, EntityId longForm) {
        longForms.computeIfAbsent(stripPlural(acronym), k -> new HashMap<>()).merge(longForm, 1, Integer::sum);
        longFormKeys.merge(longForm.key(), 1, Integer::sum);
    }

    /**
     * Adds the definitions counted in {@code other}: the long forms mentions define and those the papers' text
     * defines, so partitions of a corpus merged give the table of the whole corpus.
     */
    void add(AcronymIndex other) {
        addNested(longForms, other.longForms);
        addNested(textLongForms, other.textLongForms);
        addCounts(textLongFormKeys, other.textLongFormKeys);
        addCounts(longFormKeys, other.longFormKeys);
        addNested(textShortForms, other.textShortForms);
        addNested(textPhrases, other.textPhrases);
    }

    private static <K> void addCounts(Map<K, Integer> mine, Map<K, Integer> theirs) {
        theirs.forEach((key, n) -> mine.merge(key, n, Integer::sum));
    }

    private static <K> void addNested(Map<String, Map<K, Integer>> mine, Map<String, Map<K, Integer>> theirs) {
        theirs.forEach((acronym, counts) -> addCounts(mine.computeIfAbsent(acronym, k -> new HashMap<>()), counts));
    }

    /**
     * The long form of {@code acronym} (plural already stripped) of the given type that more than half of the
     * corpus's definitions of that type agree on, or null: an ambiguous acronym is not merged with either reading. A
     * definition whose long form is the end of the one the papers' text agrees on ({@link #expansion}) counts for
     * nothing.
     */
    EntityId longForm(String acronym, EntityType type) {
        Map<EntityId, Integer> counts = longForms.get(acronym);
        if (counts == null) {
            return null;
        }
        // a long form an extractor cut short ("policy optimization (PPO)" where the text says "proximal policy
        // optimization (PPO)") is not a reading of its own: the papers' text tells the whole one
        String written = expansion(acronym);
        String cutShort = written == null ? null : LabelNormalizer.slug(written);
        int total = 0;
        EntityId best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getKey().type() != type || cutShort != null && cutShort.endsWith("-" + e.getKey().key())) {
                continue;
            }
            total += e.getValue();
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return 2 * bestCount > total ? best : null;
    }

    /** Records that one paper's text defines {@code acronym} (plural stripped) as {@code longForm}. */
    void defineInText(String acronym, String longForm) {
        textLongForms.computeIfAbsent(acronym, k -> new HashMap<>())
                .merge(LabelNormalizer.normalize(longForm), 1, Integer::sum);
        textLongFormKeys.merge(LabelNormalizer.slug(longForm), 1, Integer::sum);
    }

    /**
     * Records that one paper's text writes {@code acronym} (plural stripped) right after {@code phrase}, a phrase
     * the acronym cannot abbreviate ({@link TextAcronyms#shortForms}).
     */
    void writtenAfter(String acronym, String phrase) {
        textShortForms.computeIfAbsent(acronym, k -> new HashMap<>())
                .merge(LabelNormalizer.normalize(phrase), 1, Integer::sum);
    }

    /** Records that one paper's text writes {@code acronym} (plural stripped) right after {@code phrase}. */
    void writtenAfterPhrase(String acronym, String phrase) {
        textPhrases.computeIfAbsent(acronym, k -> new HashMap<>())
                .merge(LabelNormalizer.normalize(phrase), 1, Integer::sum);
    }

    /**
     * Longer names of long forms, normalised, mapped to the long form they mean: a name that is the long form of an
     * acronym ({@link #expansion}) with one more word in front, and the long form of an acronym of its own, when at
     * least {@link #MIN_TEXT_DEFINITIONS} papers, and at least one in {@link #LONG_VARIANT_SHARE} of the papers that
     * abbreviate the longer name, write the shorter name's acronym after it: "large widget models (WMs)" beside
     * "large widget models (LWMs)" and "widget models (WMs)". Those authors use the two names for one thing. A name
     * two long forms claim is left out.
     */
    Map<String, String> longVariants() {
        Map<String, Integer> ownDefinitions = new HashMap<>();
        textLongForms.forEach((acronym, forms) -> {
            String e = expansion(acronym);
            if (e != null) {
                ownDefinitions.merge(e, forms.get(e), Integer::sum);
            }
        });
        Claims claims = new Claims();
        textPhrases.forEach((acronym, phrases) -> {
            String longForm = expansion(acronym);
            if (longForm == null) {
                return;
            }
            phrases.forEach((phrase, papers) -> {
                Integer own = ownDefinitions.get(phrase);
                boolean oneWordMore = phrase.endsWith(" " + longForm)
                        && phrase.indexOf(' ') == phrase.length() - longForm.length() - 1;
                if (own != null && oneWordMore && papers >= MIN_TEXT_DEFINITIONS
                        && (long) papers * LONG_VARIANT_SHARE >= papers + own) {
                    claims.claim(phrase, longForm);
                }
            });
        });
        return claims.unambiguous();
    }

    /** Phrases and the long forms that claim them; a phrase two long forms claim is nobody's. */
    private static final class Claims {
        private final Map<String, String> result = new HashMap<>();
        private final java.util.Set<String> ambiguous = new java.util.HashSet<>();

        void claim(String phrase, String longForm) {
            String before = result.putIfAbsent(phrase, longForm);
            if (before != null && !before.equals(longForm)) {
                ambiguous.add(phrase);
            }
        }

        Map<String, String> unambiguous() {
            Map<String, String> out = new HashMap<>(result);
            ambiguous.forEach(out::remove);
            return out;
        }
    }

    /**
     * Short forms of long forms, normalised, from the acronym table: a phrase is a short form of the long form of an
     * acronym ({@link #expansion}) when it is that long form without its first word and at least
     * {@link #MIN_TEXT_DEFINITIONS} papers write the acronym right after it ("widget sorting (3DWS)" for "3D widget
     * sorting (3DWS)"): those papers use the shorter name for the thing the acronym abbreviates. A phrase two long
     * forms claim is left out.
     */
    Map<String, String> shortForms() {
        Claims claims = new Claims();
        textShortForms.forEach((acronym, phrases) -> {
            String longForm = expansion(acronym);
            if (longForm == null) {
                return;
            }
            int sp = longForm.indexOf(' ');
            String rest = sp < 0 ? null : longForm.substring(sp + 1);
            Integer papers = rest == null ? null : phrases.get(rest);
            if (papers != null && papers >= MIN_TEXT_DEFINITIONS) {
                claims.claim(rest, longForm);
            }
        });
        return claims.unambiguous();
    }

    /**
     * Other spellings of long forms, normalised, mapped to the long form of their acronym ({@link #expansion}): a
     * long form that some paper's text defines for the same acronym and that says the same words, allowing a word of
     * the same stem ("visual" for "vision", "autoencoding" for "autoencoders") and a function word ("and", "with")
     * ({@link LongFormWords#sameName}), or one word more at the end that the acronym has no letter for
     * ({@link #trailingWordMore}). Two papers that give one acronym such names
     * mean one thing; a coined acronym that two papers expand into different words stays two names. A phrase two long
     * forms claim is left out.
     */
    Map<String, String> spellingVariants() {
        Claims claims = new Claims();
        textLongForms.forEach((acronym, forms) -> {
            String longForm = expansion(acronym);
            if (longForm == null) {
                return;
            }
            List<String> words = LongFormWords.of(longForm);
            forms.keySet().forEach(other -> {
                List<String> otherWords = LongFormWords.of(other);
                if (!other.equals(longForm) && (LongFormWords.sameName(words, otherWords)
                        || trailingWordMore(acronym, longForm, words, other, otherWords))) {
                    claims.claim(other, longForm);
                }
            });
        });
        return claims.unambiguous();
    }

    /**
     * Whether one long form is the other with one word more at its end that the acronym has no letter for, the
     * shorter one giving every letter of the acronym a word of its own: "chain of thought reasoning (CoT)" beside
     * "chain of thought (CoT)". A word more anywhere else ("vision-language understanding models (VLMs)") or a
     * shorter form that needs a letter inside a word ("policy optimization (PPO)") is another name.
     */
    private static boolean trailingWordMore(String acronym, String longForm, List<String> words, String other,
            List<String> otherWords) {
        boolean otherLonger = otherWords.size() == words.size() + 1;
        if (!otherLonger && words.size() != otherWords.size() + 1) {
            return false;
        }
        List<String> shorter = otherLonger ? words : otherWords;
        List<String> longer = otherLonger ? otherWords : words;
        String shorterPhrase = otherLonger ? longForm : other;
        int letters = 0;
        for (char c : acronym.toCharArray()) {
            letters += Character.isLetterOrDigit(c) ? 1 : 0;
        }
        return LongFormWords.sameName(shorter, longer.subList(0, shorter.size()))
                && TextAcronyms.initials(acronym, shorterPhrase) == letters;
    }

    /**
     * The normalised long form that more than half of the papers whose text defines {@code acronym} (plural already
     * stripped) agree on, when at least {@link #MIN_TEXT_DEFINITIONS} do; else null.
     */
    String expansion(String acronym) {
        Map<String, Integer> counts = textLongForms.get(acronym);
        if (counts == null) {
            return null;
        }
        int total = 0;
        String best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount >= MIN_TEXT_DEFINITIONS && 2 * bestCount > total ? best : null;
    }

    /**
     * Whether some paper's mentions, or the text of at least {@link #MIN_TEXT_DEFINITIONS} papers, defined an acronym
     * for a name with this key: a name of its own, not a variant.
     */
    boolean isLongForm(String key) {
        return longFormKeys.containsKey(key) || textLongFormKeys.getOrDefault(key, 0) >= MIN_TEXT_DEFINITIONS;
    }

    /** Whether {@code m} is the acronym some mention of {@code group} defines. */
    static boolean isAcronymOf(Mention m, List<Mention> group) {
        for (Mention o : group) {
            if (o.acronym() != null && stripPlural(m.text()).equals(stripPlural(o.acronym()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code acronym} can abbreviate {@code longForm}: its letters and digits occur in the long form in order,
     * the first at the start of a word (Schwartz and Hearst's test). "LLMs" cannot abbreviate "language models", so
     * such a definition (a long form an extractor cut short) merges nothing.
     */
    static boolean fits(String acronym, String longForm) {
        String a = stripPlural(acronym).toLowerCase(Locale.ROOT);
        String lf = longForm.toLowerCase(Locale.ROOT);
        int l = lf.length() - 1;
        for (int s = a.length() - 1; s >= 0; s--) {
            char c = a.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            int at = l;
            while (at >= 0 && (lf.charAt(at) != c
                    || s == 0 && at > 0 && Character.isLetterOrDigit(lf.charAt(at - 1)))) {
                at--;
            }
            if (at < 0 && Character.isDigit(c) && s > 0) {
                continue; // "Q2W" for "query-to-widget": a digit may stand for a word
            }
            if (at < 0) {
                return false;
            }
            l = at - 1;
        }
        return true;
    }

    /** The acronym without a plural {@code s} after a capital ("CNNs" to "CNN"). */
    static String stripPlural(String a) {
        return a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))
                ? a.substring(0, a.length() - 1) : a;
    }
}
