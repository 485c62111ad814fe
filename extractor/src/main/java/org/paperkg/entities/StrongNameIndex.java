package org.paperkg.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised names of strongly evidenced entities, for the corpus-level pass, with the shapes they were written
 * in. {@link #find} normalises a span of text only when its first normalised word can start one of the names, which
 * a scan of the span tells without normalising it; that skips almost every word n-gram of an abstract and gives the
 * same answers as normalising all.
 */
final class StrongNameIndex {

    /** A word of the text: letters and digits, with inner hyphens, dots, apostrophes and plus signs. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+.'-]*[\\p{L}\\p{N}+]|[\\p{L}\\p{N}]");
    private static final int MAX_NGRAM = 8;
    private static final String BASED = "-based";
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-_/\\u2013\\u2014\"'`()\\[\\]{},;:!?]+");

    private final Map<String, EntityId> byName;
    /** First word of every name in {@link #byName}. */
    private final Set<String> firstWords = new HashSet<>();
    /** Per name, the surface forms as written, so a span can be checked against their shape. */
    private final Map<String, NameShapes> shapes;

    StrongNameIndex(Map<String, EntityId> byName) {
        this(byName, Map.of());
    }

    private StrongNameIndex(Map<String, EntityId> byName, Map<String, NameShapes> shapes) {
        this.byName = byName;
        this.shapes = shapes;
        for (String name : byName.keySet()) {
            int sp = name.indexOf(' ');
            firstWords.add(sp < 0 ? name : name.substring(0, sp));
        }
    }

    /**
     * The usable surface forms of every strongly evidenced entity, normalised; a name shared by two entities goes to
     * the one named in more papers (then the first by type and key), so a name a title once capitalised keeps the
     * type the corpus gives it, and the index depends on the corpus only, not on its order.
     */
    static StrongNameIndex of(Map<EntityId, NameStats> stats) {
        Map<String, EntityId> byName = new HashMap<>();
        Map<String, NameShapes> shapes = new HashMap<>();
        stats.entrySet().stream()
                .filter(e -> e.getValue().strong)
                .sorted(Comparator.comparingInt((Map.Entry<EntityId, NameStats> e) -> -e.getValue().papers)
                        .thenComparing(e -> e.getKey().type().ordinal())
                        .thenComparing(e -> e.getKey().key()))
                .forEach(e -> {
                    for (String s : e.getValue().surfaces.keySet()) {
                        if (usableName(s)) {
                            String name = LabelNormalizer.normalize(s);
                            if (byName.putIfAbsent(name, e.getKey()) == null || byName.get(name).equals(e.getKey())) {
                                shapes.computeIfAbsent(name, k -> new NameShapes()).add(s);
                            }
                        }
                    }
                });
        return new StrongNameIndex(byName, shapes);
    }

    /**
     * Every name of the entities extracted in at least {@code minPapers} papers, for counting how the corpus uses
     * them ({@link PhraseContexts}); each name maps to an id whose key is the name's slug (its type means nothing).
     */
    static StrongNameIndex ofPhrases(Map<EntityId, NameStats> stats, int minPapers) {
        Map<String, EntityId> byName = new HashMap<>();
        stats.forEach((id, st) -> {
            if (st.papers >= minPapers) {
                for (String s : st.surfaces.keySet()) {
                    String name = LabelNormalizer.normalize(s);
                    if (name.length() >= 3) {
                        byName.computeIfAbsent(name, n -> new EntityId(id.type(), LabelNormalizer.slug(n)));
                    }
                }
            }
        });
        return new StrongNameIndex(byName);
    }

    /** Receives the names {@link #scan} finds; says whether the name counts there (else shorter spans are tried). */
    @FunctionalInterface
    interface NameSink {
        boolean found(String name, EntityId id, int start, int end);
    }

    /**
     * Walks the word n-grams of {@code text}, longest first at each word, and hands every span whose normalised form
     * is a name to {@code sink}; after a span the sink accepts, the scan goes on after it.
     */
    void scan(String text, NameSink sink) {
        if (byName.isEmpty()) {
            return;
        }
        List<int[]> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(MAX_NGRAM, words.size() - i); n >= 1; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String name = name(text, start, end);
                if (name != null && sink.found(name, byName.get(name), start, end)) {
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /**
     * Hands every word n-gram of {@code text} that is a name to {@code sink}, nested ones too; a last word with the
     * suffix "-based" counts without it ("widget-based" is an occurrence of "widget").
     */
    void scanAll(String text, NameSink sink) {
        if (byName.isEmpty()) {
            return;
        }
        List<int[]> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= Math.min(MAX_NGRAM, words.size() - i); n++) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                if (end - start > BASED.length() && text.regionMatches(true, end - BASED.length(), BASED, 0,
                        BASED.length())) {
                    end -= BASED.length();
                }
                String name = name(text, start, end);
                if (name != null) {
                    sink.found(name, byName.get(name), start, end);
                }
            }
        }
    }

    /** The start and end of every word of {@code text}. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher mt = WORD.matcher(text);
        while (mt.find()) {
            words.add(new int[]{mt.start(), mt.end()});
        }
        return words;
    }

    /** Hands every single word of {@code text} that is a name to {@code sink}, inside longer names too. */
    void scanWords(String text, NameSink sink) {
        if (byName.isEmpty()) {
            return;
        }
        Matcher mt = WORD.matcher(text);
        while (mt.find()) {
            String name = name(text, mt.start(), mt.end());
            if (name != null) {
                sink.found(name, byName.get(name), mt.start(), mt.end());
            }
        }
    }

    /**
     * Whether {@code span}, which normalises to {@code name}, is written in a shape the name has: where every surface
     * form of the name has a word in capitals or mixed case (an acronym, "NaMe"), those words must appear as written
     * (a plural {@code s} aside); with {@code exactCase}, every word must have the case of some surface form.
     */
    boolean shapeFits(String name, String span, boolean exactCase) {
        NameShapes s = shapes.get(name);
        return s == null || s.fits(span, exactCase);
    }

    /**
     * Whether a form of the name is a capitalised single word ("Widgetscapes"): a name only where the corpus does not
     * also write that word in lower case in running text, and only in the case it was written in.
     */
    boolean capitalisedWord(String name) {
        NameShapes s = shapes.get(name);
        return s != null && !s.capitalisedForms.isEmpty();
    }

    /** Whether every surface form of the name is a single word of the text (hyphenated compounds included). */
    boolean isSingleWord(String name) {
        NameShapes s = shapes.get(name);
        return s != null && s.singleWord;
    }

    /** Whether every surface form of the name is an acronym: capitals and digits, a plural {@code s} aside. */
    boolean isAcronym(String name) {
        NameShapes s = shapes.get(name);
        return s != null && s.acronym;
    }

    /**
     * Whether every surface form of the name has a word in capitals or mixed case ({@link #caseBound}): an acronym
     * or a coined name, not a phrase of words that one paper happened to capitalise oddly.
     */
    boolean nameShaped(String name) {
        NameShapes s = shapes.get(name);
        return s != null && !s.unbound && !s.bound.isEmpty();
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The entity named by {@code text} from {@code start} to {@code end} once normalised, or null. */
    EntityId find(String text, int start, int end) {
        String name = name(text, start, end);
        return name == null ? null : byName.get(name);
    }

    /** The name {@code text} from {@code start} to {@code end} normalises to, when it is one of the index's, or null. */
    private String name(String text, int start, int end) {
        if (!mayMatch(text, start, end)) {
            return null;
        }
        String name = LabelNormalizer.normalize(text.substring(start, end));
        return byName.containsKey(name) ? name : null;
    }

    /**
     * False only when {@link LabelNormalizer#normalize} of the span cannot be a name here. For a span of printable
     * ASCII and ASCII white space it computes the first word of the normalised form as {@code normalize} would
     * (leading determiners dropped, lower case, punctuation as spaces): that word, or its singular when it is the
     * only word, must start some name. Any other span (Unicode normalisation and case rules apply) is a candidate.
     */
    boolean mayMatch(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c > 0x7E || c < 0x20 && !isSpace(c)) {
                return true;
            }
        }
        // LabelNormalizer.display: drop leading chunks that are determiners or evaluative words, never the last one
        int pos = start;
        while (true) {
            int chunkEnd = pos;
            while (chunkEnd < end && !isSpace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (chunkEnd >= end
                    || !LabelNormalizer.isLeadingWord(text.substring(pos, chunkEnd).toLowerCase(Locale.ROOT))) {
                break;
            }
            pos = chunkEnd;
            while (pos < end && isSpace(text.charAt(pos))) {
                pos++;
            }
        }
        // LabelNormalizer.normalize: punctuation and white space separate words
        while (pos < end && (isSpace(text.charAt(pos)) || isSeparator(text.charAt(pos)))) {
            pos++;
        }
        int wordEnd = pos;
        while (wordEnd < end && !isSpace(text.charAt(wordEnd)) && !isSeparator(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == pos) {
            return true;
        }
        String first = text.substring(pos, wordEnd).toLowerCase(Locale.ROOT);
        // the only word is also the head, which normalize makes singular
        return firstWords.contains(first) || firstWords.contains(LabelNormalizer.singular(first));
    }

    /** White space as the regular expression {@code \s} (and {@code String.strip} within ASCII) sees it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** ASCII characters that {@link LabelNormalizer#normalize} turns into spaces. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case '-', '_', '/', '"', '\'', '`', '(', ')', '[', ']', '{', '}', ',', ';', ':', '!', '?' -> true;
            default -> false;
        };
    }

    /**
     * A name of several words, or a single word that looks like a name (inner capital or digit), not a common noun;
     * or a capitalised word of four letters or more, which {@link #capitalisedWord} holds to its case.
     */
    static boolean usableName(String s) {
        String[] words = s.split("\\s+");
        if (words.length >= 2) {
            return true;
        }
        String w = words[0];
        boolean inner = false;
        boolean digit = false;
        for (int i = 1; i < w.length(); i++) {
            inner |= Character.isUpperCase(w.charAt(i));
            digit |= Character.isDigit(w.charAt(i));
        }
        return w.length() >= 3 && (inner || digit) || capitalised(w);
    }

    /** A word of four letters or more written with a capital and then lower-case letters only ("Widgetscapes"). */
    static boolean capitalised(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A single word with three letters or more and a digit ("widget8"): no ordinary word has one. */
    static boolean digitWord(String w) {
        return w.chars().anyMatch(Character::isDigit) && w.chars().filter(Character::isLetter).count() >= 3
                && WORD.matcher(w).matches() && w.indexOf('-') < 0;
    }

    /** The shapes of one name's surface forms: which words must keep their case. */
    private static final class NameShapes {
        /** Shape keys of the surface forms with a word in capitals or mixed case; empty when some form has none. */
        private final Set<String> bound = new HashSet<>();
        private boolean unbound;
        private final Set<String> exact = new HashSet<>();
        boolean singleWord = true;
        boolean acronym = true;
        /** The capitalised single words among the forms ({@link #capitalised}): names only in that case. */
        private final Set<String> capitalisedForms = new HashSet<>();
        /** Whether some form is not a capitalised single word. */
        private boolean otherForms;

        void add(String surface) {
            String key = shapeKey(surface);
            String d = LabelNormalizer.display(surface);
            exact.add(exactKey(surface));
            singleWord &= WORD.matcher(d).matches();
            if (capitalised(d)) {
                capitalisedForms.add(exactKey(surface));
                acronym = false;
                return;
            }
            otherForms = true;
            if (digitWord(d)) {
                bound.add(key); // a word with a digit is a name in any case ("Widget8", "widget8")
            } else if (key.equals(shapeKey(surface.toLowerCase(Locale.ROOT)))) {
                unbound = true;
            } else {
                bound.add(key);
            }
            acronym &= AcronymIndex.stripPlural(d).chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        }

        boolean fits(String span, boolean exactCase) {
            if (capitalised(LabelNormalizer.display(span)) && capitalisedForms.contains(exactKey(span))) {
                return true;
            }
            if (!otherForms) {
                return false;
            }
            if (exactCase) {
                return exact.contains(exactKey(span));
            }
            return unbound || bound.isEmpty() || bound.contains(shapeKey(span));
        }
    }

    /**
     * The normalised form of a name, except that words written in capitals or mixed case keep their case (a plural
     * {@code s} after a capital aside): "DEMAND" and "demand", "NeRFs" and "nerfs" differ; "Gaussian Splats" and
     * "gaussian splat" do not.
     */
    static String shapeKey(String surface) {
        String[] words = WORD_SEPARATORS.split(LabelNormalizer.display(surface).strip());
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (i == words.length - 1 && w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            if (caseBound(w)) {
                key.append(AcronymIndex.stripPlural(w));
            } else {
                String lower = w.toLowerCase(Locale.ROOT);
                key.append(i == words.length - 1 ? LabelNormalizer.singular(lower) : lower);
            }
        }
        return key.toString();
    }

    /** Like {@link #shapeKey} with every word's case kept: "Real-Time" and "real-time" differ. */
    private static String exactKey(String surface) {
        String[] words = WORD_SEPARATORS.split(LabelNormalizer.display(surface).strip());
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            String w = AcronymIndex.stripPlural(words[i]);
            key.append(i == words.length - 1 && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                    ? w.substring(0, w.length() - 1) : w);
        }
        return key.toString();
    }

    /** A word in capitals (two letters or more) or with a capital after its first letter: "CORE", "NeRF", "MOtion". */
    static boolean caseBound(String w) {
        int letters = 0;
        int upper = 0;
        boolean inner = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    inner |= i > 0 && letters > 1;
                }
            }
        }
        return inner || upper >= 2;
    }
}
