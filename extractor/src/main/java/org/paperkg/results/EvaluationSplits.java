package org.paperkg.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.entities.PaperLink;

/**
 * What a sentence says about the exact benchmark a value is measured on, beyond the dataset entity: the dataset's
 * name as written ("DOTAv2" where the entity is "DOTA") and the split, subset or setting named beside the dataset or
 * the value ("COCO test-dev", "X-Sub/X-View", "Part II", "ImageNet 256x256", "on the test set"). Scores on different
 * splits or releases are not comparable, so a leaderboard needs both. Only the general vocabulary of splits and
 * shapes (settings, parts, resolutions, sizes) is read; anything else is left out, never guessed.
 */
final class EvaluationSplits {

    /** The dataset's name as written when it differs from its label, and the split; each may be null. */
    record Qualifier(String asWritten, String split) {
    }

    /** Split words that name a split on their own ("COCO test-dev", "on minival"). */
    private static final String SPLIT_WORD = "(?i:test-dev|test-std|test-challenge|testdev|teststd|minival"
            + "|test-clean|test-other|dev-clean|dev-other|val|dev)";
    /** Words that name a split only with a noun after them or as an item of a list ("the test set", "easy/hard"). */
    private static final String PLAIN_WORD = "(?i:validation|test|train|training|easy|moderate|medium|hard)";
    private static final Set<String> PLAIN = Set.of("validation", "test", "train", "training", "easy", "moderate",
            "medium", "hard");
    /** Cross-subject / cross-view style protocols: "X-Sub", "X-View", "X-Set", "cross-subject". */
    private static final String CROSS = "(?:[XC]-(?:Sub|View|Set|Setup|Subject)|(?i:cross-(?:subject|view|setup|set)))";
    private static final String PART = "Part\\s+(?:[IVX]{1,4}|\\d{1,2})";
    /** A resolution "256x256", "$256\times 256$", "256$^2$", and a size suffix "4K". */
    private static final String RESOLUTION = "\\$?\\d{2,4}\\s*\\$?\\s*(?:\\\\times|×|x)\\s*\\$?\\s*\\d{2,4}\\s*\\$?";
    private static final String SQUARE = "\\$?\\d{2,4}\\s*\\$?\\s*\\^\\s*\\{?2\\}?\\s*\\$?";
    private static final String SIZE = "\\d{1,2}K";
    private static final String ITEM = "(?:" + SPLIT_WORD + "|" + PLAIN_WORD + "|" + CROSS + "|" + PART + "|"
            + RESOLUTION + "|" + SQUARE + "|" + SIZE + ")(?![\\w-])";
    private static final String LIST = ITEM + "(?:\\s*(?:/|,\\s*and|,|and|&)\\s*" + ITEM + ")*";
    private static final String NOUN = "(?i:set|sets|split|splits|subset|subsets|setting|settings|protocol"
            + "|protocols|benchmark|benchmarks|track|tracks|partition|partitions)(?![\\w-])";

    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "\\s+(?i:datasets?|benchmarks?|corpus|corpora|data)$");
    private static final Pattern ITEM_PATTERN = Pattern.compile(ITEM);
    /** Right after the dataset's name: "COCO test-dev", "NTU X-Sub/X-View", "ImageNet 256x256", "the X val set". */
    private static final Pattern AFTER_DATASET = Pattern.compile("(?:\\s+|-(?=[A-Za-z]))(" + LIST + ")(\\s+" + NOUN + ")?");
    /** Right before it: "the X-Sub and X-View benchmarks of NTU", "the validation split of X". */
    private static final Pattern BEFORE_DATASET = Pattern.compile(
            "(?<![\\w-])(" + LIST + ")(\\s+" + NOUN + ")\\s+(?:of|from|in)\\s+(?:the\\s+)?$");
    /** After a value: "a 1.9% higher accuracy on Part II", "71.3 AP on test-dev", "... on the X and Y sets". */
    private static final Pattern AFTER_VALUE = Pattern.compile(
            "(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:on|in)\\s+(?:the\\s+)?(" + LIST + ")(\\s+" + NOUN + ")?");
    /** Earlier in the value's clause: "on the test set we achieve 25.9 dB". */
    private static final Pattern IN_CLAUSE = Pattern.compile(
            "(?<![\\w-])(?:on|in)\\s+(?:the\\s+)?(" + ITEM + ")\\s+(?i:set|split|subset)(?![\\w-])(?!\\s+of\\b)");

    private final String sentence;
    private final int sBegin;
    private final int[] begin;
    private final int[] end;
    private final List<StatedValue> stated;
    private final Clauses clauses;
    private final int respectively;

    /**
     * @param sentence     the sentence's text, starting at {@code sBegin} of the paper's text
     * @param begin        start offset of each token in the paper's text
     * @param end          end offset of each token in the paper's text
     * @param respectively the token index of "respectively", or -1
     */
    EvaluationSplits(String sentence, int sBegin, int[] begin, int[] end, List<StatedValue> stated, Clauses clauses,
                     int respectively) {
        this.sentence = sentence;
        this.sBegin = sBegin;
        this.begin = begin;
        this.end = end;
        this.stated = stated;
        this.clauses = clauses;
        this.respectively = respectively;
    }

    /** The qualifier of value {@code v} measured on {@code dataset}, whose names in the sentence are {@code named}. */
    Qualifier of(StatedValue v, PaperLink dataset, List<NameOccurrence> named) {
        List<NameOccurrence> mine = new ArrayList<>(named.stream()
                .filter(o -> o.link().entityKey().equals(dataset.entityKey())).toList());
        mine.sort(Comparator.comparingInt(o -> distance(o, v)));
        List<NameOccurrence> inClause = mine.stream().filter(o -> clauses.same(o.first(), v.valueStart())).toList();
        List<NameOccurrence> considered = !inClause.isEmpty() ? inClause : mine.isEmpty() ? List.of() : mine.subList(0, 1);
        String asWritten = null;
        // a sentence that writes the label itself somewhere ("the Long Name (LN)") says nothing new by the other name
        String label = key(GENERIC_TAIL.matcher(dataset.entityLabel()).replaceFirst(""));
        boolean labelWritten = mine.stream().anyMatch(o -> key(written(o)).equals(label));
        if (!considered.isEmpty() && !labelWritten) {
            asWritten = written(considered.get(0));
        }
        Set<String> splits = new LinkedHashSet<>();
        for (NameOccurrence o : considered) {
            String s = besideDataset(o, v);
            if (s != null) {
                splits.add(s);
            }
        }
        String split = splits.size() == 1 ? splits.iterator().next() : null;
        if (splits.isEmpty()) {
            split = besideValue(v);
        }
        return new Qualifier(asWritten, split);
    }

    /** The split written right after or right before this name of the dataset, paired with {@code v} if a list. */
    private String besideDataset(NameOccurrence o, StatedValue v) {
        int from = end[o.last() - 1] - sBegin;
        Matcher after = AFTER_DATASET.matcher(sentence).region(from, sentence.length());
        if (after.lookingAt()) {
            String s = pick(after.group(1), after.group(2) != null, v);
            if (s != null) {
                return s;
            }
        }
        int to = begin[o.first()] - sBegin;
        Matcher before = BEFORE_DATASET.matcher(sentence.substring(0, to));
        return before.find() ? pick(before.group(1), true, v) : null;
    }

    /** A split named right after the value, or in its clause before it ("on the test set we reach ..."). */
    private String besideValue(StatedValue v) {
        int from = end[v.lastToken() - 1] - sBegin;
        Matcher after = AFTER_VALUE.matcher(sentence).region(from, sentence.length());
        if (after.lookingAt() && !sentence.substring(from, after.start(1)).chars().anyMatch(Character::isDigit)) {
            String s = pick(after.group(1), after.group(2) != null, v);
            if (s != null) {
                return s;
            }
        }
        int clauseStart = begin[clauses.start(v.valueStart())] - sBegin;
        int valueStart = begin[v.firstToken()] - sBegin;
        if (clauseStart >= valueStart) {
            return null; // the metric named before the clause opens ("FID ... of 2.85"): nothing before the value
        }
        Matcher in = IN_CLAUSE.matcher(sentence).region(clauseStart, valueStart);
        String found = null;
        int count = 0;
        while (in.find()) {
            found = in.group(1);
            count++;
        }
        return count == 1 ? normalise(found) : null;
    }

    /**
     * The item of a written list that {@code v} is measured on: the only item, or the item at v's place among the
     * values of its list ("81.1%/89.4%") or of its kind before "respectively", when the counts agree.
     */
    private String pick(String list, boolean noun, StatedValue v) {
        List<String> items = new ArrayList<>();
        Matcher m = ITEM_PATTERN.matcher(list);
        while (m.find()) {
            items.add(m.group());
        }
        if (items.size() == 1) {
            // a bare "test" or "hard" is a split only with its noun: "the test set", not "X test results"
            return PLAIN.contains(items.get(0).toLowerCase(Locale.ROOT)) && !noun ? null : normalise(items.get(0));
        }
        List<StatedValue> group = stated.stream().filter(x -> x.group() == v.group()).toList();
        if (group.size() == items.size()) {
            return normalise(items.get(group.indexOf(v)));
        }
        if (respectively >= 0 && v.valueStart() < respectively) {
            List<StatedValue> same = stated.stream().filter(x -> x.improvement() == v.improvement()
                    && Objects.equals(x.metric().key(), v.metric().key()) && x.valueStart() < respectively).toList();
            if (same.size() == items.size()) {
                return normalise(items.get(same.indexOf(v)));
            }
        }
        return null;
    }

    /** Resolutions written one way ("256x256" for "$256\times 256$" and "256$^2$"), other items as written. */
    static String normalise(String item) {
        String plain = item.replaceAll("[${}\\s]", "");
        Matcher square = Pattern.compile("(\\d+)\\^2").matcher(plain);
        if (square.matches()) {
            return square.group(1) + "x" + square.group(1);
        }
        Matcher times = Pattern.compile("(\\d+)(?:\\\\times|×|x)(\\d+)").matcher(plain);
        if (times.matches()) {
            return times.group(1) + "x" + times.group(2);
        }
        return item.replaceAll("\\s+", " ");
    }

    /** The name as the sentence writes it, without a generic tail ("the X dataset" is X). */
    private String written(NameOccurrence o) {
        String w = sentence.substring(begin[o.first()] - sBegin, end[o.last() - 1] - sBegin);
        return GENERIC_TAIL.matcher(w).replaceFirst("");
    }

    private static int distance(NameOccurrence o, StatedValue v) {
        return Math.max(0, Math.max(o.first() - v.lastToken(), v.firstToken() - o.last()));
    }

    /** A name's letters and digits in lower case: "NTU-RGB+D" and "NTU RGB+D" are one spelling. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
