package org.paperkg.results;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;

/**
 * Which of a paper's links may carry a result. A result is only as good as its links, and the mention extractor's
 * dataset and method links include things a leaderboard must not show: a metric or a task linked as a dataset
 * ("X-IoU", "image-to-text"), the paper's own system linked as a dataset (named as the subject of "achieves",
 * "outperforms", or inside the proposed method's name), a model category linked as the proposed method ("large
 * language models"). Such links are left out of results (they stay links of the paper).
 */
final class ResultLinkFilter {

    /** Words after a name that make it a system or a model, not a dataset ("X achieves", "X-based", "X model"). */
    private static final Set<String> SYSTEM_NEXT = Set.of("achieves", "achieved", "outperforms", "outperformed",
            "surpasses", "improves", "reaches", "attains", "obtains", "significantly", "consistently", "establishes",
            "sets", "enables", "delivers", "model", "models", "framework", "method", "approach", "agent", "agents",
            "architecture", "network", "policy", "robot", "backbone", "encoder", "decoder", "-based", "based",
            "-tuned", "tuned", "-style", "variant", "variants", "module", "pipeline", "system", "learns", "uses",
            "generates", "predicts", "leverages", "employs", "integrates", "combines", "introduces");
    /** The verbs of {@link #SYSTEM_NEXT}: they make a name a system only where it is the subject. */
    private static final Set<String> SYSTEM_VERBS = Set.of("achieves", "achieved", "outperforms", "outperformed",
            "surpasses", "improves", "reaches", "attains", "obtains", "significantly", "consistently", "establishes",
            "sets", "enables", "delivers", "learns", "uses", "generates", "predicts", "leverages", "employs",
            "integrates", "combines", "introduces");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "from", "with", "using", "of", "over",
            "across", "to", "for", "and", "by");
    /** Head nouns of a category of models, not one method ("spiking neural networks", "vision-language models"). */
    private static final Set<String> CATEGORY_HEADS = Set.of("models", "networks", "methods", "approaches",
            "algorithms", "transformers", "agents", "llms", "mllms", "vlms", "architectures", "frameworks", "systems",
            "techniques", "policies", "baselines", "detectors", "encoders", "classifiers", "fine-tuning",
            "finetuning", "pre-training", "pretraining", "vision-language-action");
    /** Words that name a split or a setting, never a benchmark on their own. */
    private static final Set<String> SPLIT_WORDS = Set.of("test", "val", "validation", "train", "training", "dev",
            "development", "set", "split", "subset", "benchmark", "benchmarks", "dataset", "datasets", "x-sub",
            "x-view", "x-set", "zero-shot", "few-shot", "in-distribution", "out-of-distribution", "real-world",
            "unseen", "seen", "novel", "base");
    /** A model's size in its name ("Quokka-VL-7B", "Otter 70B"): a model, not a dataset. */
    private static final Pattern MODEL_SIZE =
            Pattern.compile("(?i)(^|[\\s_-])\\d+(\\.\\d+)?b($|[\\s_-])|-instruct\\b|-chat\\b");
    /** A description of others' work, not of the paper's method ("a state-of-the-art mobile network"). */
    private static final Pattern OTHERS_WORK = Pattern.compile("state\\W*of\\W*the\\W*art|baseline|existing");
    private static final Pattern LATEX = Pattern.compile("\\\\[A-Za-z]+|[{}]");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s/_-]+");
    /**
     * Words after a name (maybe after the bracket of "leave-one-out (LOO) validation") that make it a protocol or a
     * setting of the evaluation, not a method that carries scores.
     */
    private static final Set<String> PROTOCOL_NEXT = Set.of("validation", "cross-validation", "protocol",
            "protocols", "setting", "settings", "split", "splits");
    /** Words after a dataset's name that make it a label scheme the data is annotated with, not what is measured. */
    private static final Set<String> SCHEME_NEXT = Set.of("taxonomy", "taxonomies", "ontology", "schema");
    /** Words after a name that make it a measure, not what is measured ("in terms of the Z(-S) metric"). */
    private static final Set<String> METRIC_NEXT = Set.of("metric", "metrics");
    /** Words after a name that make it the backbone a method is built on ("features from the X backbone"). */
    private static final Set<String> BACKBONE_NEXT = Set.of("backbone", "backbones");
    /** A mapping between modalities ("image-to-text", "text-to-CAD"): a task, not a dataset. */
    private static final Pattern MAPPING = Pattern.compile("^[a-z][\\w]*(-[\\w]+)*-to-[\\w-]+$");

    private final MetricLexicon lexicon;

    ResultLinkFilter(MetricLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * True when a dataset link may be a result's dataset: a name (not a description), not a metric, a task, a method,
     * a model (its size, "7B", says so), a split or the paper's system.
     */
    boolean datasetUsable(PaperLink dataset, Collection<String> names, List<PaperLink> links, String text) {
        String label = dataset.entityLabel();
        if (isMetric(label) || names.stream().anyMatch(this::isMetric) || allSplitWords(label)
                || MODEL_SIZE.matcher(label).find() || isDescription(label) || MAPPING.matcher(label).matches()
                || EquipmentName.is(label, names, text)) {
            return false;
        }
        String folded = fold(label);
        for (PaperLink other : links) {
            if (other.relation().type() == EntityType.DATASET) {
                continue;
            }
            String o = fold(other.entityLabel());
            if (o.equals(folded) || other.entityKey().equals(dataset.entityKey())) {
                return false; // also linked as a method or a task
            }
            if (other.relation() == Relation.PROPOSES_METHOD && (containsWord(o, folded) || containsWord(folded, o))) {
                return false; // the paper's own system ("X" and "X-tuned model")
            }
        }
        for (String name : names) {
            if (name.length() >= 2 && (namedAsSystem(text, name) || followedBy(text, name, SCHEME_NEXT)
                    || followedBy(text, name, METRIC_NEXT))) {
                return false; // "X achieves"; "against the Y (Y-2) taxonomy": a label scheme; "the Z metric"
            }
        }
        return true;
    }

    /**
     * True when a method link may be a result's method: one named method, not a category or a metric (a name written
     * right after a number, "86.4 QLS", is a metric the list does not know).
     */
    boolean methodUsable(PaperLink method, Collection<String> names, String text) {
        if (notAMethod(method, names, text)) {
            return false;
        }
        String label = method.entityLabel();
        // a category is written as a plural or generic head noun; a named method keeps its own name even then
        // ("GraphNet model" is named by its capitals, "vision-language models" is not)
        boolean capitalisedName = NAME_PARTS.splitAsStream(label).anyMatch(ResultLinkFilter::looksLikeName);
        return named(label, names) && !(CATEGORY_HEADS.contains(head(label)) && !capitalisedName);
    }

    /**
     * True when a method link is refused by {@link #methodUsable} only as a category ("Quokka Gate Networks": a plural
     * head and no made name) though capitalised as a name: it may still be the paper's main method
     * ({@link MainMethod}), where its title and its proposal sentence name it.
     */
    boolean namedCategory(PaperLink method, Collection<String> names, String text) {
        String label = method.entityLabel();
        return !notAMethod(method, names, text) && named(label, names) && CATEGORY_HEADS.contains(head(label))
                && MainMethod.nameShaped(label);
    }

    /**
     * True when a proposed-method link is a lower-case description of the paper's method ("staged decoding scheme"):
     * no name to rank, but a faithful generic name of the method where the abstract gives it the paper's own score.
     * At least two words; not a metric, a protocol, a backbone or others' work ("a state-of-the-art network"). A
     * category ("dense decoding transformers") is kept: {@link MethodBinder} takes it only as a value's subject.
     */
    boolean describesMethod(PaperLink method, Collection<String> names, String text) {
        String label = method.entityLabel();
        return method.relation() == Relation.PROPOSES_METHOD && !named(label, names)
                && label.strip().split("\\s+").length >= 2 && !OTHERS_WORK.matcher(label).find()
                && !notAMethod(method, names, text);
    }

    /** The last word of a label, in lower case: what kind of thing it names. */
    static String head(String label) {
        String[] words = label.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** Written as a name: the label has a capital or a digit, or another of its names is a made one ("TP"). */
    private static boolean named(String label, Collection<String> names) {
        return !label.equals(label.toLowerCase(Locale.ROOT)) || label.chars().anyMatch(Character::isDigit)
                || names.stream().anyMatch(n -> NAME_PARTS.splitAsStream(n).anyMatch(ResultLinkFilter::looksLikeName));
    }

    /**
     * A metric (a name written right after a number, "86.4 QLS", is a metric the list does not know), a protocol of
     * the evaluation, or the backbone the proposed method is built on.
     */
    private boolean notAMethod(PaperLink method, Collection<String> names, String text) {
        if (isMetric(method.entityLabel()) || names.stream().anyMatch(n -> n.length() >= 2
                && (afterNumber(text, n) || shortFormOfMetric(text, n)))) {
            return true;
        }
        // "(LOSO) validation" is how it is evaluated; "the X backbone" what it is built on
        return names.stream().anyMatch(n -> n.length() >= 2 && (followedBy(text, n, PROTOCOL_NEXT)
                || method.relation() == Relation.PROPOSES_METHOD && followedBy(text, n, BACKBONE_NEXT)
                && !ownedBefore(text, n)));
    }

    /** A token with a capital after its first letter or a digit ("GlimmerNet", "RF-DETR", "T5"): a made name. */
    static boolean looksLikeName(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Somewhere in the text the name is followed (maybe after a closing bracket, or a short form in brackets) by one
     * of {@code next}.
     */
    private static boolean followedBy(String text, String name, Set<String> next) {
        for (int at : ResultExtractor.positions(text, name)) {
            int i = at + name.length();
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ')')) {
                i++;
            }
            int close = i < text.length() && text.charAt(i) == '(' ? text.indexOf(')', i) : -1;
            if (close > i && close - i <= 20) {
                i = close + 1; // "the Y Dataset (Y-2) taxonomy": its short form in brackets between
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
            }
            int j = i;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (j > i && next.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Somewhere the name follows "our" or "proposed": the paper's own ("our X backbone"). */
    private static boolean ownedBefore(String text, String name) {
        for (int at : ResultExtractor.positions(text, name)) {
            String before = text.substring(Math.max(0, at - 10), at).toLowerCase(Locale.ROOT).strip();
            if (before.endsWith("our") || before.endsWith("proposed")) {
                return true;
            }
        }
        return false;
    }

    /** The label, or one of its hyphen- or space-separated parts, is a metric's name ("XY-IoU"). */
    private boolean isMetric(String label) {
        if (lexicon.byName(label).isPresent()) {
            return true;
        }
        for (String part : NAME_PARTS.split(label)) {
            // parts are compared in their case, and only with names written with capitals: "AP" but not "ap"
            if (part.length() >= 2 && !part.equals(part.toLowerCase(Locale.ROOT)) && lexicon.metrics().stream()
                    .anyMatch(m -> m.aliases().contains(part))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name is defined in brackets right after a metric's name ("Rank Agreement Score (RAS)" where the list knows
     * the long name): the short form of a metric, which the mention extractor may have taken for a method.
     */
    private boolean shortFormOfMetric(String text, String name) {
        String defined = "(" + name + ")";
        for (int at = text.indexOf(defined); at >= 0; at = text.indexOf(defined, at + 1)) {
            // LaTeX markup around the name ("\textbf{Rank Agreement Score (RAS) ...}") is not part of it
            String[] before = LATEX.matcher(text.substring(Math.max(0, at - 80), at)).replaceAll(" ").strip()
                    .split("\\s+");
            for (int k = 1; k <= Math.min(5, before.length); k++) {
                String phrase = String.join(" ", Arrays.copyOfRange(before, before.length - k, before.length));
                if (lexicon.byName(phrase).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A phrase describing data ("newly annotated 790-image dataset of ..."), not a dataset's name. A phrase that ends
     * with a data noun and holds a made name is that name written with its setting ("the private KestrelFlow
     * testset", "ZORB 2031 video owl tracking benchmark"): the mention took the words around the name along.
     */
    private static boolean isDescription(String label) {
        String[] words = label.split("\\s+");
        boolean longOrLower = words.length > 5 || words.length >= 3 && Character.isLowerCase(label.charAt(0));
        return longOrLower && !(NAMED_DATA_ENDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && Arrays.stream(words).anyMatch(ResultLinkFilter::madeName));
    }

    /** Last words of a phrase that names one collection of data. */
    private static final Set<String> NAMED_DATA_ENDS = Set.of("dataset", "benchmark", "challenge", "corpus",
            "testset", "database");

    /** A word made as a name: an inner capital after a small letter ("KestrelFlow"), or three capitals ("ZORB"). */
    private static boolean madeName(String word) {
        return word.matches("[A-Z][a-z]+[A-Z][A-Za-z]*") || word.matches("[A-Z]{3,}");
    }

    private static boolean afterNumber(String text, String name) {
        for (int at : ResultExtractor.positions(text, name)) {
            int i = at - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            // a score ("88.7 QLS", "54% QLS"), not a count ("12 Transformer layers")
            boolean score = i >= 0 && i < at - 1 && (text.charAt(i) == '%' || Character.isDigit(text.charAt(i))
                    && text.lastIndexOf('.', i) > text.lastIndexOf(' ', i));
            if (score) {
                return true;
            }
        }
        return false;
    }

    private static boolean allSplitWords(String label) {
        return NAME_PARTS.splitAsStream(label.toLowerCase(Locale.ROOT)).allMatch(SPLIT_WORDS::contains);
    }

    /** Somewhere in the text the name is followed by a verb or a noun that makes it a system ("X achieves"). */
    private static boolean namedAsSystem(String text, String name) {
        for (int at : ResultExtractor.positions(text, name)) {
            int i = at + name.length();
            if (i < text.length() && text.charAt(i) == '-') {
                int j = i + 1;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                if (SYSTEM_NEXT.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                continue;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String next = j > i ? text.substring(i, j).toLowerCase(Locale.ROOT) : "";
            // "trained on ImageNet achieves ...": after a preposition the verb's subject is another noun
            if (SYSTEM_NEXT.contains(next) && !(SYSTEM_VERBS.contains(next) && afterPreposition(text, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterPreposition(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e).toLowerCase(Locale.ROOT);
        if (w.equals("the") && b > 0) {
            return afterPreposition(text, b);
        }
        return PREPOSITIONS.contains(w);
    }

    private static boolean containsWord(String haystack, String needle) {
        return needle.length() >= 2 && !ResultExtractor.positions(haystack, needle).isEmpty();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }
}
