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
 * A name opens with a word that is a name by its shape: a capital after a lower-case letter ("WidgetNet"), a digit next
 * to a letter ("Widget-10"), or capitals only ("WIDG"); a number, a model size ("7B"), a metric name or a hardware word
 * never does. Plain capitalised words count only where the frame is close: two or more after a value's "on" ("40.2% on
 * Moments in Widgets"), or one that carries its own value in brackets ("on OWL-50 (90.7%), Petals (97.1%)").
 * Thread-safe.
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
    private static final Set<String> SPLIT_WORDS = Set.of("validation", "test", "testing", "dev", "development",
            "evaluation");
    private static final Set<String> SET_WORDS = Set.of("set", "split", "partition", "subset");
    /** Lower-case words inside a capitalised name ("Moments in Widgets", "Faces of the Owls"). */
    private static final Set<String> TITLE_JOINS = Set.of("in", "of", "for", "the");
    /** What may follow a name of capitalised words: it ends there. */
    private static final Set<String> TITLE_ENDS = Set.of(",", ".", ";", ":", "and", "(", ")", "or", "-", "--");
    /** The longest bracket after a name that still holds its value ("(43.8 BLEU and 46.4 BLEU with ...)"). */
    private static final int MAX_BRACKET = 12;
    private static final Pattern BARE_PERCENT = Pattern.compile("[0-9]+(?:\\.[0-9]+)?%");
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
        // a bare "(98.8%)" is read as a value only where the sentence names a metric; it frames only its own name
        boolean bareOnly = stated.isEmpty();
        if (bareOnly && !namesMetric(words)) {
            return;
        }
        String sentence = text.substring(tokens.get(0).beginPosition(), tokens.get(n - 1).endPosition());
        boolean[] taken = new boolean[n];
        for (StatedValue v : stated) {
            int at = afterRespectively(words, v.lastToken());
            if (at < n && FRAME_WORDS.contains(words[at].toLowerCase(Locale.ROOT))) {
                for (int[] span : list(words, afterSplitOf(words, afterThe(words, at + 1)), stated)) {
                    add(span, tokens, sentence, taken, out, true);
                }
            }
        }
        // "results on A (43.8 BLEU) and B (30.1 BLEU)": names after "on" that each carry their value in brackets
        for (int i = 1; i < n; i++) {
            if (!FRAME_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = afterThe(words, i);
            int[] first = bracketedItem(words, start, stated);
            if (first != null) {
                for (int[] span : list(words, start, stated)) {
                    if (!bareOnly || bracketEnd(words, span[1], stated) > 0) {
                        add(span, tokens, sentence, taken, out, true);
                    }
                }
            }
        }
        if (bareOnly) {
            out.sort((a, b) -> Integer.compare(a.charStart(), b.charStart()));
            return;
        }
        // "On Zorb 1.0 [4] open ended challenge, it reaches 61.2%": the opening phrase names the benchmark
        if (FRAME_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
            int[] span = nameAt(words, afterThe(words, 1));
            if (span != null && closesOpening(words, span[1])) {
                add(span, tokens, sentence, taken, out, false);
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

    /** Nouns that close an opening phrase naming one benchmark; not "task", which names what is done. */
    private static final Set<String> OPENING_NOUNS = Set.of("challenge", "competition", "benchmark", "dataset",
            "corpus");
    private static final int MAX_OPENING_WORDS = 3;

    /**
     * Whether the opening phrase ends at token {@code at} with an optional reference in square brackets, at most
     * three lower-case words and a singular benchmark noun before a comma ("[4] open ended challenge,").
     */
    private static boolean closesOpening(String[] words, int at) {
        int j = at;
        if (j < words.length && (words[j].equals("[") || words[j].equals("-LSB-"))) {
            int k = j + 1;
            while (k < words.length && k <= j + 6 && !words[k].equals("]") && !words[k].equals("-RSB-")) {
                k++;
            }
            if (k >= words.length || k > j + 6) {
                return false;
            }
            j = k + 1;
        }
        int lower = 0;
        while (j < words.length && !OPENING_NOUNS.contains(words[j])) {
            if (lower == MAX_OPENING_WORDS || words[j].isEmpty() || !Character.isLowerCase(words[j].charAt(0))
                    || !words[j].chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return false;
            }
            lower++;
            j++;
        }
        return j + 1 < words.length && words[j + 1].equals(",");
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

    /**
     * The token after "validation set of (the)" or "test split of": "87.0% on the validation set of Big Owls" is
     * measured on Big Owls.
     */
    private static int afterSplitOf(String[] words, int i) {
        if (i + 2 < words.length && SPLIT_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
                && SET_WORDS.contains(words[i + 1].toLowerCase(Locale.ROOT)) && words[i + 2].equals("of")) {
            return afterThe(words, i + 3);
        }
        return i;
    }

    private static int afterThe(String[] words, int i) {
        return i < words.length && words[i].equalsIgnoreCase("the") ? i + 1 : i;
    }

    /**
     * The names listed from token {@code start}, after a value's "on": "A", "A and B", "A, B, and C", each a name by
     * its shape or a run of capitalised words ("Moments in Widgets"); an item may carry its own value in brackets
     * ("A (43.8 BLEU) and B (30.1 BLEU)"), and then a plain capitalised word with its value is an item too
     * ("Petals (97.1%)").
     */
    private List<int[]> list(String[] words, int start, List<StatedValue> stated) {
        List<int[]> names = new ArrayList<>();
        int i = start;
        while (true) {
            int[] span = nameAt(words, i);
            if (span == null) {
                span = titleAt(words, i);
            }
            if (span == null) {
                span = bracketedItem(words, i, stated);
            }
            if (span == null) {
                return names;
            }
            names.add(span);
            i = span[1];
            int closed = bracketEnd(words, i, stated);
            if (closed > 0) {
                i = closed;
            }
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
        if (i >= words.length || !opens(words[i]) || part(words[i])) {
            return null;
        }
        int end = i + 1;
        while (end < words.length) {
            if (continues(words[end])) {
                end++;
            } else if (joinedByPlus(words, end)) {
                // "the WidgetSet+OwlNoise benchmark": two corpora joined with "+" are one benchmark, not its second half
                end += 2;
            } else {
                break;
            }
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
     * A name written as capitalised words, two or more, that may join with "in", "of", "for" or "the" ("Moments in
     * Widgets", "One Million Owls"), and that ends the phrase: a list word, a bracket, a punctuation mark, a data noun
     * or the end follows, never a lower-case word ("on Widget Counting tasks" names a task). Metric names, parts
     * ("Table 2") and function words never open one.
     */
    int[] titleAt(String[] words, int i) {
        if (i >= words.length || !capitalised(words[i]) || FUNCTION_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
                || part(words[i])) {
            return null;
        }
        int end = i + 1;
        int capitals = 1;
        while (end < words.length) {
            if (continues(words[end])) {
                capitals += capitalised(words[end]) ? 1 : 0;
                end++;
                continue;
            }
            int k = end;
            while (k < words.length && TITLE_JOINS.contains(words[k])) {
                k++;
            }
            if (k > end && k < words.length && capitalised(words[k])
                    && !FUNCTION_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
                end = k;
                continue;
            }
            break;
        }
        while (end > i + 1 && GENERIC_TAILS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
            capitals--;
        }
        if (capitals < 2 || end < words.length && !TITLE_ENDS.contains(words[end])
                && !GENERIC_TAILS.contains(words[end].toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int j = i; j < end; j++) {
            if (lexicon.byName(words[j]).isPresent() || HARDWARE.contains(words[j].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (lexicon.byName(String.join(" ", java.util.Arrays.asList(words).subList(i, end))).isPresent()) {
            return null;
        }
        return new int[]{i, end};
    }

    /**
     * A name right before a bracket that opens with a stated value ("A (43.8 BLEU)", "Petals (97.1%)"): a name by its
     * shape, capitalised words, or one capitalised word.
     */
    private int[] bracketedItem(String[] words, int i, List<StatedValue> stated) {
        int[] span = nameAt(words, i);
        if (span == null) {
            span = titleAt(words, i);
        }
        if (span == null && i < words.length && capitalised(words[i])
                && !FUNCTION_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
                && !part(words[i]) && lexicon.byName(words[i]).isEmpty() && !HARDWARE.contains(words[i].toLowerCase(Locale.ROOT))) {
            span = new int[]{i, i + 1};
        }
        return span != null && bracketEnd(words, span[1], stated) > 0 ? span : null;
    }

    /** A lone "+" at {@code at} with a name-shaped word after it: the second half of a joined name ("A+B"). */
    private static boolean joinedByPlus(String[] words, int at) {
        return at + 1 < words.length && words[at].equals("+") && opens(words[at + 1]);
    }

    /** A word that with a number names a part or a setting ("Protocol-1", "Table"). */
    private static boolean part(String w) {
        return PART_WORDS.contains(w.replaceAll("[-_.]?[0-9]+$", "").toLowerCase(Locale.ROOT));
    }

    /** A metric's name among the words: a bare "(98.8%)" after a name is then that metric's value. */
    private boolean namesMetric(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (lexicon.byName(words[i]).isPresent()
                    || i + 1 < words.length && lexicon.byName(words[i] + " " + words[i + 1]).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after the bracket that opens at {@code at} with a stated value ("(43.8 BLEU ...)") or holds a bare
     * number or percentage ("(98.8%)"), or -1.
     */
    private static int bracketEnd(String[] words, int at, List<StatedValue> stated) {
        if (at >= words.length || !words[at].equals("(")) {
            return -1;
        }
        if (stated.stream().noneMatch(v -> v.firstToken() == at + 1 || v.valueStart() == at + 1)) {
            int k = at + 1;
            if (k < words.length && BARE_PERCENT.matcher(words[k]).matches()) {
                k++;
            } else if (k < words.length && NUMBER.matcher(words[k]).matches()) {
                k += k + 1 < words.length && words[k + 1].equals("%") ? 2 : 1;
            } else {
                return -1;
            }
            return k < words.length && words[k].equals(")") ? k + 1 : -1;
        }
        for (int k = at + 1; k < words.length && k <= at + MAX_BRACKET; k++) {
            if (words[k].equals(")")) {
                return k + 1;
            }
            if (words[k].equals("(")) {
                return -1;
            }
        }
        return -1;
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
