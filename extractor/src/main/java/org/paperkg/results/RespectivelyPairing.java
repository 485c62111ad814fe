package org.paperkg.results;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.paperkg.entities.PaperLink;

/**
 * Pairs the values of one sentence with "respectively" in order with the datasets it names for them ("77.0, 81.5 and
 * 69.9 on A, B and C, respectively"), or with the datasets earlier sentences listed for evaluation; where the counts
 * or kinds do not agree, no value is paired.
 */
final class RespectivelyPairing {

    private final String[] words;
    private final List<StatedValue> stated;
    private final List<NameOccurrence> datasets;
    private final Clauses clauses;
    private final int respectively;
    private final List<PaperLink> earlierList;
    private final DatasetListItems items;

    /**
     * @param respectively the token index of "respectively" (not -1)
     * @param earlierList  the datasets the sentences before listed for evaluation, when this sentence names none
     */
    RespectivelyPairing(String[] words, List<StatedValue> stated, List<NameOccurrence> datasets, Clauses clauses,
                        int respectively, List<PaperLink> earlierList, DatasetListItems items) {
        this.words = words;
        this.stated = stated;
        this.datasets = outermost(datasets);
        this.clauses = clauses;
        this.respectively = respectively;
        this.earlierList = earlierList;
        this.items = items;
    }

    /**
     * "... 77.0, 81.5 and 69.9 on A, B and C, respectively" or "... on A, B and C (...) by 1.2, 0.8 and 0.3,
     * respectively": the values of the same kind as {@code v} are paired in order with the datasets named between
     * them and "respectively", or, when none are, with those named before them if the values end the statement.
     */
    Attached pair(StatedValue v) {
        StatedValue remarked = remarkedBy(v);
        if (remarked != null) {
            // "a (b for an ensemble) and c, respectively": the remark's value is measured where the value before it is
            Attached a = pair(remarked);
            return a == null ? null : new Attached(a.link(), a.how() + "-remark", a.weight(), false);
        }
        List<StatedValue> same = stated.stream().filter(x -> x.improvement() == v.improvement()
                && Objects.equals(x.metric().key(), v.metric().key()) && x.valueStart() < respectively
                && remarkedBy(x) == null).toList();
        if (same.size() < 2) {
            same = ofOwnMetrics(v);
        }
        if (same.size() < 2 && v.valueStart() > respectively) {
            return respectivelyBefore(v);
        }
        if (same.size() < 2 || !same.contains(v)) {
            return null;
        }
        int firstValue = same.get(0).valueStart(); // "perplexities on A and B to 47.7 and 40.7": names between metric and values
        int lastValue = same.get(same.size() - 1).lastToken();
        List<PaperLink> after = NameOccurrence.distinctLinks(datasets.stream()
                .filter(o -> o.first() >= lastValue && o.first() < respectively).toList());
        List<PaperLink> paired = null;
        String how = "respectively";
        List<PaperLink> afterItems = after.isEmpty() ? List.of() : items.around(datasets.stream()
                .filter(o -> o.first() >= lastValue && o.first() < respectively).findFirst().orElseThrow(), respectively);
        if (afterItems.stream().anyMatch(Objects::isNull)) {
            // "on A, x and B, respectively": an item no link names keeps its place in the order
            paired = afterItems;
            how = "respectively-items";
        } else if (after.size() == same.size()) {
            paired = after;
        } else if (after.isEmpty() && listWordsOrValues(shortFormAfter(afterMetric(same.get(same.size() - 1))),
                respectively) && (paired = listRightAfter(same.size())) != null) {
            how = "respectively-after";
        } else if (after.isEmpty() && listWordsOrValues(shortFormAfter(afterMetric(same.get(same.size() - 1))),
                respectively)) {
            List<NameOccurrence> left = datasets.stream().filter(o -> o.last() <= firstValue).toList();
            List<PaperLink> before = NameOccurrence.distinctLinks(left);
            List<PaperLink> leftItems = left.isEmpty() ? List.of() : items.around(left.get(left.size() - 1), firstValue);
            paired = before.size() == same.size() && leftItems.stream().noneMatch(Objects::isNull) ? before : null;
            if (left.isEmpty() && datasets.isEmpty() && earlierList.size() == same.size()) {
                // "We run experiments on A, B and C. Our X reaches x, y and z, respectively."
                paired = earlierList;
                how = ResultExtractor.EARLIER_RULE + "-respectively";
            }
            if (paired == null && !left.isEmpty()) {
                // "on A 1.1 and 2.0 ..., x and y respectively", "on A labeled, A detected and B with ...": the items
                // of the list nearest before the values, linked or not, pair with them
                paired = items.around(left.get(left.size() - 1), firstValue);
                how = "respectively-items";
            }
        } else if (after.isEmpty() && secondListUpTo(same)) {
            // "on A and B, X reaches a and b, outperforming Y by c and d, respectively": "respectively" pairs both
            // lists with the datasets named before them
            List<NameOccurrence> left = datasets.stream().filter(o -> o.last() <= firstValue).toList();
            List<PaperLink> before = NameOccurrence.distinctLinks(left);
            List<PaperLink> leftItems = left.isEmpty() ? List.of() : items.around(left.get(left.size() - 1), firstValue);
            paired = before.size() == same.size() && leftItems.size() == same.size()
                    && leftItems.stream().noneMatch(Objects::isNull) ? before : null;
            how = "respectively-both";
        } else if (after.size() == 1 && settingsUpTo(datasets.stream().filter(o -> o.first() >= lastValue
                && o.first() < respectively).mapToInt(NameOccurrence::last).max().orElseThrow(), same.size())) {
            // "a and b on A with the X and Y protocols, respectively": the values pair with A's settings, all on A
            paired = Collections.nCopies(same.size(), after.get(0));
            how = "respectively-settings";
        } else if (!after.isEmpty()) {
            paired = afterItems;
            how = "respectively-items";
        }
        if (paired == null || paired.size() != same.size() || paired.get(same.indexOf(v)) == null) {
            return null;
        }
        return new Attached(paired.get(same.indexOf(v)), how, 0.95, false);
    }

    /** Nouns of a dataset's settings that a list before "respectively" may close ("the X and Y protocols"). */
    private static final Set<String> SETTING_NOUNS = Set.of("protocol", "protocols", "setting", "settings", "split",
            "splits", "subset", "subsets", "track", "tracks", "partition", "partitions");
    private static final Set<String> SETTING_OPENERS = Set.of("with", "under", "in", "on", "for", "using");

    /**
     * From {@code from} up to "respectively": "with the X and Y protocols" and nothing else, a list of exactly
     * {@code count} items of lower-case or hyphenated words (no name, no value) joined by "," or "and", closed by a
     * noun of settings. The values of such a list are on the one dataset before it, one per setting.
     */
    private boolean settingsUpTo(int from, int count) {
        int end = respectively;
        if (end - 1 > from && words[end - 1].equals(",")) {
            end--;
        }
        if (end - 1 <= from || !SETTING_NOUNS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int j = from;
        if (j >= end || !SETTING_OPENERS.contains(words[j].toLowerCase(Locale.ROOT))) {
            return false;
        }
        j++;
        if (j < end && words[j].equalsIgnoreCase("the")) {
            j++;
        }
        int items = 0;
        boolean inItem = false;
        for (; j < end - 1; j++) {
            String w = words[j];
            if (w.equals(",") || w.equalsIgnoreCase("and")) {
                if (!inItem) {
                    return false;
                }
                inItem = false;
                continue;
            }
            if (!w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || w.isEmpty()) {
                return false; // a name or a number: no setting of the one dataset
            }
            if (!inItem) {
                items++;
                inItem = true;
            }
        }
        return inItem && items == count;
    }

    /**
     * The names that no longer name holds: in "on A 2007 and 2012", "A" inside "A 2007" is no item of the list of its
     * own (a version or year adds no capital, so the shorter name stays an occurrence of its own in the sentence).
     */
    static List<NameOccurrence> outermost(List<NameOccurrence> datasets) {
        return datasets.stream().filter(o -> datasets.stream().noneMatch(x -> x != o && x.first() <= o.first()
                && o.last() <= x.last() && x.last() - x.first() > o.last() - o.first())).toList();
    }

    /**
     * After the values {@code same}, before "respectively", a second list of as many values, of one kind and metric of
     * its own, ends the statement (only list words between it and "respectively"), and no dataset is named from the
     * first value on: "a and b, outperforming Y by c and d, respectively".
     */
    private boolean secondListUpTo(List<StatedValue> same) {
        int firstValue = same.get(0).valueStart();
        int lastEnd = same.get(same.size() - 1).lastToken();
        List<StatedValue> second = stated.stream().filter(x -> x.valueStart() >= lastEnd
                && x.valueStart() < respectively).toList();
        if (second.size() != same.size() || datasets.stream().anyMatch(o -> o.first() >= firstValue
                && o.first() < respectively)) {
            return false;
        }
        StatedValue head = second.get(0);
        boolean oneKind = second.stream().allMatch(x -> x.improvement() == head.improvement()
                && Objects.equals(x.metric().key(), head.metric().key()));
        return oneKind && listWordsOrValues(shortFormAfter(afterMetric(second.get(second.size() - 1))), respectively);
    }

    /**
     * "x and y respectively, on A and B", "x and y respectively on the A and B benchmarks": "respectively" right after
     * the values, then a target word and a list of as many dataset names (linked or only written as names, as
     * {@link DatasetListItems} reads them), which the values pair with in order; else null.
     */
    private List<PaperLink> listRightAfter(int count) {
        int j = respectively + 1;
        if (j < words.length && words[j].equals(",")) {
            j++;
        }
        if (j >= words.length || !AFTER_TARGETS.contains(words[j].toLowerCase(Locale.ROOT))) {
            return null;
        }
        j++;
        if (j < words.length && words[j].equalsIgnoreCase("the")) {
            j++;
        }
        int start = j;
        NameOccurrence first = datasets.stream().filter(o -> o.first() == start).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        List<PaperLink> listed = items.around(first, words.length);
        return listed.size() == count && listed.get(0) != null ? listed : null;
    }

    private static final Set<String> AFTER_TARGETS = Set.of("on", "for", "in", "across");

    /**
     * The value that {@code v} remarks on in brackets right after it ("94.6% (95.6% for an ensemble)", "(95.6% with
     * OwlAug)"): the brackets open right after a value of the same metric and kind (or its metric) and hold only
     * {@code v} and at most three words, no dataset's name; else null. Such a value is no item of the list
     * "respectively" pairs.
     */
    private StatedValue remarkedBy(StatedValue v) {
        int k = stated.indexOf(v);
        int open = v.valueStart() - 1;
        if (k <= 0 || open < 1 || !words[open].equals("(")) {
            return null;
        }
        StatedValue before = stated.get(k - 1);
        int beforeEnd = before.metricStart() == before.valueEnd() ? before.metricEnd() : before.valueEnd();
        if (beforeEnd != open || before.improvement() != v.improvement()
                || !Objects.equals(before.metric().key(), v.metric().key())) {
            return null;
        }
        for (int j = v.valueEnd(); j < Math.min(words.length, v.valueEnd() + 4); j++) {
            int t = j;
            if (words[j].equals(")")) {
                return before;
            }
            if (words[j].equals("(") || stated.stream().anyMatch(x -> x.valueStart() == t)
                    || datasets.stream().anyMatch(o -> o.first() <= t && t < o.last())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "On the A and B benchmarks, our models respectively obtain 28.1 and 25.2 BLEU": "respectively" written before
     * the values, in their clause, with nothing but a verb between; the values of {@code v}'s kind after it pair in
     * order with the items of the dataset list that ends before it.
     */
    private Attached respectivelyBefore(StatedValue v) {
        List<StatedValue> same = stated.stream().filter(x -> x.improvement() == v.improvement()
                && Objects.equals(x.metric().key(), v.metric().key()) && x.valueStart() > respectively
                && clauses.same(x.valueStart(), respectively)).toList();
        if (same.size() < 2 || !same.contains(v) || same.get(0).firstToken() - respectively > 3) {
            return null;
        }
        List<NameOccurrence> left = datasets.stream().filter(o -> o.last() <= respectively).toList();
        if (left.isEmpty() || datasets.stream().anyMatch(o -> o.first() > respectively)) {
            return null;
        }
        List<PaperLink> listed = items.around(left.get(left.size() - 1), respectively);
        if (listed.size() != same.size() || listed.get(same.indexOf(v)) == null) {
            return null;
        }
        return new Attached(listed.get(same.indexOf(v)), "respectively-before", 0.95, false);
    }

    /**
     * "on A and B, achieving 17.1 ppl and 0.97 bpc respectively", "on A and B, with a mAP of 0.38 and an accuracy of
     * 90.5%, respectively": scores of one kind, each with a metric of its own that no other value before "respectively"
     * has, written one after the other (list words, articles, "of" and their metrics between), pair in order like
     * values of one metric. Empty when {@code v} is not one of such a run.
     */
    private List<StatedValue> ofOwnMetrics(StatedValue v) {
        List<StatedValue> before = stated.stream().filter(x -> x.improvement() == v.improvement()
                && x.valueStart() < respectively).toList();
        if (before.size() < 2 || before.stream().map(x -> x.metric().key()).distinct().count() != before.size()
                || before.stream().anyMatch(x -> x.rule().equals("parallel") || x.rule().equals("bracketed"))
                || stated.stream().anyMatch(x -> x.improvement() != v.improvement() && x.valueStart() < respectively)) {
            return List.of();
        }
        for (int i = 0; i + 1 < before.size(); i++) {
            for (int j = before.get(i).lastToken(); j < before.get(i + 1).firstToken(); j++) {
                String w = words[j].toLowerCase(Locale.ROOT);
                if (!w.equals(",") && !w.equals("and") && !w.equals("a") && !w.equals("an") && !w.equals("of")) {
                    return List.of();
                }
            }
        }
        return before;
    }

    /** After the metric's short form in brackets ("bits per character (BPC)") that starts at {@code at}, or at. */
    private int shortFormAfter(int at) {
        if (at + 2 < words.length && words[at].equals("(") && words[at + 2].equals(")")
                && words[at + 1].chars().anyMatch(Character::isUpperCase)) {
            return at + 3;
        }
        return at;
    }

    /** The end of the value, or of its metric when it is named right after it ("85.1% and 88.7% top-1 accuracy"). */
    private static int afterMetric(StatedValue v) {
        return v.metricStart() == v.valueEnd() ? v.metricEnd() : v.valueEnd();
    }

    /** Only list words, slashes and other stated values: "x mAP / y rank1, ..., respectively". */
    private boolean listWordsOrValues(int from, int to) {
        for (int j = from; j < to; j++) {
            int t = j;
            if (!DatasetBinder.LIST_JOINS.contains(words[j].toLowerCase(Locale.ROOT)) && !words[j].equals(")")
                    && !words[j].equals("/") && stated.stream().noneMatch(x -> x.valueStart() <= t && t < x.valueEnd()
                    || x.metricStart() <= t && t < x.metricEnd() && !x.rule().equals("parallel")
                    && !CarriedMetric.noMetricWord(x)
                    && Math.abs(x.metricStart() - x.valueEnd()) <= 1)) {
                return false;
            }
        }
        return true;
    }
}
