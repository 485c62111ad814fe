package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import org.paperkg.mentions.RuleMentionExtractor;

/**
 * Finds the datasets a sentence names by the structure of a stated result: a name right after "on"/"in" that
 * follows a value with a known metric ("a BLEU of 32.8 on WMT14 En-De", "87.95 F1 on OntoNotes 5.0", lists such as
 * "on A1, B2 and C3"), or a name right before "dataset"/"benchmark"/"corpus" in a sentence that states such a value.
 * Only a name by its shape counts: a word with a capital after a lower-case letter ("WidgetNet"), a digit next to a
 * letter ("Widget-10"), or capitals only ("WIDG"); a plain capitalised word, a number, a model size ("7B"), a metric
 * name or a hardware word never does. Thread-safe.
 */
public final class DatasetFrames {

    /**
     * A dataset named in a result's frame: its character span in the text, the sentence it is in, and whether it
     * is named right after a stated value ("81.2 on A, B and C"), where a name another extractor typed as a method may
     * be retyped ({@link DatasetFrameMentions}).
     */
    public record Frame(int charStart, int charEnd, String sentence, boolean afterValue) {
    }

    private static final Set<String> FRAME_WORDS = Set.of("on", "in");
    /** Singular only: "KG benchmarks", "NLP datasets" name a kind of data, "the WDG-2 benchmark" one dataset. */
    private static final Set<String> DATA_NOUNS = Set.of("dataset", "benchmark", "corpus");
    /** Plural data nouns: after a list ("the A and B Widgets datasets") they close the names of the list. */
    private static final Set<String> PLURAL_DATA_NOUNS = Set.of("datasets", "benchmarks", "corpora");
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "&");
    /** Capitalised words that end a name written before them: the generic noun, not a part of the name. */
    private static final Set<String> GENERIC_TAILS = Set.of("dataset", "datasets", "benchmark", "benchmarks",
            "corpus", "challenge", "test", "val", "validation", "set", "split");
    /** Words written with a capital that open a phrase, never a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("on", "in", "for", "with", "the", "and", "of", "at",
            "by", "to", "our", "all", "both", "from", "over", "than", "vs", "we", "it", "this", "these", "its");
    /** Words that with a number name a part or a setting of something, not a dataset ("Protocol-1", "Part 2"). */
    private static final Set<String> PART_WORDS = Set.of("part", "protocol", "setting", "task", "track", "split",
            "fold", "table", "figure", "fig", "section", "phase", "level", "stage", "round", "subset", "scenario",
            "case", "experiment", "version", "step", "day", "year");
    /** Hardware a speed or cost is measured on, written like a name ("V100 GPUs"): no dataset. */
    private static final Set<String> HARDWARE = Set.of("gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "core", "cores",
            "device", "devices", "machine", "machines", "node", "nodes");
    /** A number with a short unit or suffix: a model size ("7B"), a resolution ("3D"), a factor ("5x"), "3a". */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("[0-9]+(?:[.,][0-9]+)?[A-Za-z]{1,2}");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");
    private static final Pattern NUMBER = Pattern.compile("'?[0-9]+(?:[.,][0-9]+)*");

    private final MetricLexicon lexicon;
    private final SentenceValues values;
    private final StanfordCoreNLP pipeline;

    /** Frames read with the packaged metric list. */
    public DatasetFrames() {
        this(MetricLexicon.load());
    }

    public DatasetFrames(MetricLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.values = new SentenceValues(lexicon);
        Properties props = RuleMentionExtractor.pipelineProperties();
        props.setProperty("annotators", "tokenize,ssplit");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The datasets named in result frames of {@code text}, in text order. */
    public List<Frame> find(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Frame> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!tokens.isEmpty()) {
                sentence(tokens, text, out);
            }
        }
        return out;
    }

    private void sentence(List<CoreLabel> tokens, String text, List<Frame> out) {
        int n = tokens.size();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).word();
        }
        List<StatedValue> stated = values.find(words, new boolean[n]);
        if (stated.isEmpty()) {
            return;
        }
        String sentence = text.substring(tokens.get(0).beginPosition(), tokens.get(n - 1).endPosition());
        boolean[] taken = new boolean[n];
        for (StatedValue v : stated) {
            int at = afterRespectively(words, v.lastToken());
            if (at < n && FRAME_WORDS.contains(words[at].toLowerCase(Locale.ROOT))) {
                int start = at + 1 < n && words[at + 1].equalsIgnoreCase("the") ? at + 2 : at + 1;
                for (int[] span : list(words, start)) {
                    add(span, tokens, sentence, taken, out, true);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int[] span = nameAt(words, i);
            if (span == null) {
                continue;
            }
            if (span[1] < n && DATA_NOUNS.contains(words[span[1]]) || beforeListedDataNoun(words, span[0], span[1])) {
                add(span, tokens, sentence, taken, out, false);
            }
            i = span[1] - 1;
        }
        out.sort((a, b) -> Integer.compare(a.charStart(), b.charStart()));
    }

    /** The token after ", respectively," when the values are followed by it ("81.2 and 77.0, respectively, on A and B"). */
    private static int afterRespectively(String[] words, int at) {
        int j = at < words.length && words[at].equals(",") ? at + 1 : at;
        if (j < words.length && words[j].equalsIgnoreCase("respectively")) {
            return j + 1 < words.length && words[j + 1].equals(",") ? j + 2 : j + 1;
        }
        return at;
    }

    /**
     * A name in a list that a plural data noun closes ("the widget9 and Big Owl datasets", "the A, B7 and C
     * benchmarks"): from the name, list words and capitalised words or names up to the plural noun, with a list word
     * before or after the name. A lone plural ("KG benchmarks") names a kind of data, and so do capitals alone in
     * such a list ("the QA and NLI benchmarks"): the name must have a digit or a lower-case letter.
     */
    private static boolean beforeListedDataNoun(String[] words, int start, int end) {
        String first = words[start];
        if (first.chars().noneMatch(c -> Character.isDigit(c) || Character.isLowerCase(c))) {
            return false;
        }
        boolean joined = start > 0 && LIST_WORDS.contains(words[start - 1].toLowerCase(Locale.ROOT));
        for (int j = end; j < words.length && j < end + 12; j++) {
            String w = words[j];
            if (PLURAL_DATA_NOUNS.contains(w)) {
                return joined;
            }
            if (LIST_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                joined = true;
            } else if (!continues(w)) {
                return false;
            }
        }
        return false;
    }

    private static void add(int[] span, List<CoreLabel> tokens, String sentence, boolean[] taken, List<Frame> out,
                            boolean afterValue) {
        if (taken[span[0]]) {
            return;
        }
        for (int j = span[0]; j < span[1]; j++) {
            taken[j] = true;
        }
        out.add(new Frame(tokens.get(span[0]).beginPosition(), tokens.get(span[1] - 1).endPosition(), sentence,
                afterValue));
    }

    /** The names listed from token {@code start}: "A", "A and B", "A, B, and C" (each a name by its shape). */
    private List<int[]> list(String[] words, int start) {
        List<int[]> names = new ArrayList<>();
        int i = start;
        while (true) {
            int[] span = nameAt(words, i);
            if (span == null) {
                return names;
            }
            names.add(span);
            i = span[1];
            int j = i;
            while (j < words.length && LIST_WORDS.contains(words[j].toLowerCase(Locale.ROOT))) {
                j++;
            }
            if (j == i) {
                return names;
            }
            i = j;
        }
    }

    /**
     * The name that starts at token {@code i}, as token range [start, end), or null: a name-shaped first word, then
     * name-shaped words, capitalised words and numbers ("WDG 5.0", "WDG '15 En-Fr"), with no metric's name, no hardware
     * and no part of something ("Protocol-1").
     */
    int[] nameAt(String[] words, int i) {
        if (i >= words.length || !opens(words[i])
                || PART_WORDS.contains(words[i].replaceAll("[-_.]?[0-9]+$", "").toLowerCase(Locale.ROOT))) {
            return null;
        }
        int end = i + 1;
        while (end < words.length && continues(words[end])) {
            end++;
        }
        while (end > i + 1 && GENERIC_TAILS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        for (int j = i; j < end; j++) {
            String w = words[j];
            if (lexicon.byName(w).isPresent() || HARDWARE.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (lexicon.byName(String.join(" ", java.util.Arrays.asList(words).subList(i, end))).isPresent()) {
            return null;
        }
        return new int[]{i, end};
    }

    /**
     * Only a word that is a name by its shape opens a name: a plain capitalised word before it ("English PTB") would
     * make a name of its own that does not merge with the dataset's usual one.
     */
    private static boolean opens(String w) {
        return !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && nameShaped(w);
    }

    private static boolean continues(String w) {
        return !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && (nameShaped(w) || capitalised(w) || NUMBER.matcher(w).matches());
    }

    /** A capital letter first, then letters, digits or joining marks ("English-Vietnamese", "Widget+"). */
    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter)
                && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '+'
                || c == '.' || c == '\'');
    }

    /**
     * A word that is a name by its shape: a capital inside, after a letter ("WidgetNet", "WDet"), a digit and a
     * letter ("Widget10", "W-10"), or two capitals or more and no lower-case letter ("WDG", "W_QR"); not a number
     * with a short unit ("7B", "5x"), a count ("12-object") or a roman numeral ("II").
     */
    static boolean nameShaped(String w) {
        if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_'
                || c == '+' || c == '.' || c == '\'') || NUMBER_WITH_UNIT.matcher(w).matches()) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean lower = false;
        int upper = 0;
        boolean camel = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            if (Character.isUpperCase(c)) {
                upper++;
                camel |= k > 0 && Character.isLetter(w.charAt(k - 1)); // "WidgetNet", "WDet"; not "En-De"
            } else if (Character.isLowerCase(c)) {
                lower = true;
            }
        }
        // a number joined to a lower-case word is a count ("12-object", "790-image"); "II" is a part's number
        boolean countWord = Character.isDigit(w.charAt(0)) && upper == 0;
        return letter && (digit && !countWord || camel && lower || upper >= 2 && !lower && !ROMAN.matcher(w).matches());
    }
}
