package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * "X reaches 70.3% mIoU on A with 1.7 GFLOPs, and 71.3% mIoU with 3.4 GFLOPs": a value in a conjunct after "and"
 * that names nothing it is measured on is a second setting of what the sentence measured its metric on before. It
 * takes that dataset when every earlier value of its metric and kind in the sentence is bound to that one dataset, no
 * other dataset is named between, no contrast or comparison intervenes, and the conjunct names no target of its own
 * ("and 60.2% in zero-shot transfer", "and 65.0% on the noisy data" give nothing).
 */
final class ConjunctSetting {

    /** Besides the words that open a clause, those after which a value may be another setting's. */
    private static final Set<String> OWN_STATEMENT = Set.of("respectively");
    /** Words that bring in what a value is measured on. */
    private static final Set<String> TARGETS = Set.of("on", "in", "for", "across", "over", "of", "to", "from");
    /** How many words after a target word may still name data ("on the larger held-out data"). */
    private static final int TARGET_REACH = 4;

    private final String[] words;
    private final List<StatedValue> stated;
    private final List<NameOccurrence> datasets;
    private final Clauses clauses;
    private final int respectively;

    /** @param respectively the token of "respectively", or -1: a sentence with it pairs its values otherwise */
    ConjunctSetting(String[] words, List<StatedValue> stated, List<NameOccurrence> datasets, Clauses clauses,
                    int respectively) {
        this.respectively = respectively;
        this.words = words;
        this.stated = stated;
        this.datasets = datasets;
        this.clauses = clauses;
    }

    /**
     * The dataset of value {@code k} as a second setting, or null.
     *
     * @param bound the dataset an earlier value of the sentence is bound to, or null
     */
    Attached bind(int k, IntFunction<Attached> bound) {
        StatedValue v = stated.get(k);
        int start = clauses.start(v.valueStart());
        int and = words[start].equals(",") ? start + 1 : start;
        if (respectively >= 0 || and >= v.firstToken() || !words[and].equalsIgnoreCase("and") || !plainConjunct(and + 1, v)
                || namesTarget(v)) {
            return null;
        }
        Attached shared = null;
        int last = -1;
        for (int j = 0; j < k; j++) {
            StatedValue other = stated.get(j);
            if (!sameKind(other, v)) {
                continue;
            }
            Attached b = bound.apply(j);
            if (b == null || shared != null && !shared.link().entityKey().equals(b.link().entityKey())) {
                return null; // an earlier value of the metric without a dataset, or on another one: not clear
            }
            shared = b;
            last = j;
        }
        if (shared == null || between(stated.get(last).lastToken(), v.firstToken(), shared)) {
            return null;
        }
        return new Attached(shared.link(), "conjunct-setting", 0.9, false);
    }

    /**
     * Between "and" and the value only words of a score ("and achieve", "and a new best of", the metric): no subject
     * or name of its own.
     */
    private boolean plainConjunct(int from, StatedValue v) {
        for (int j = from; j < v.firstToken(); j++) {
            if (words[j].chars().anyMatch(Character::isUpperCase) && !(j >= v.metricStart() && j < v.metricEnd())) {
                return false;
            }
            int t = j;
            if (datasets.stream().anyMatch(o -> o.first() <= t && t < o.last())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The conjunct says what else the value is measured on: a target word in its clause (other than the metric's
     * "of"), or, up to the next value, a target word followed closely by a name or a word for data.
     */
    private boolean namesTarget(StatedValue v) {
        int next = stated.stream().filter(x -> x.valueStart() > v.valueStart()).mapToInt(StatedValue::firstToken)
                .min().orElse(words.length);
        for (int j = clauses.start(v.valueStart()); j < words.length; j++) {
            boolean inClause = clauses.same(j, v.valueStart());
            if (!inClause && j >= next) {
                break;
            }
            String w = words[j].toLowerCase(Locale.ROOT);
            if (!TARGETS.contains(w) || j == v.valueStart() - 1 && w.equals("of")
                    || j >= v.metricStart() && j < v.metricEnd()) {
                continue;
            }
            if (inClause) {
                return true;
            }
            for (int t = j + 1; t < Math.min(words.length, j + 1 + TARGET_REACH); t++) {
                if (words[t].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                        || DatasetBinder.DATA_NAME_NOUNS.contains(words[t].toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Between the two tokens another dataset is named, or a contrast or comparison opens. */
    private boolean between(int from, int to, Attached shared) {
        for (int j = from; j < to; j++) {
            if (Clauses.OPENERS.contains(words[j].toLowerCase(Locale.ROOT))
                    || OWN_STATEMENT.contains(words[j].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // a longer name around the shared one's occurrence ("the Kestrel test dataset") is that occurrence
        List<NameOccurrence> own = datasets.stream()
                .filter(o -> o.link().entityKey().equals(shared.link().entityKey())).toList();
        return datasets.stream().anyMatch(o -> o.first() >= from && o.first() < to
                && !o.link().entityKey().equals(shared.link().entityKey())
                && own.stream().noneMatch(x -> x.first() < o.last() && o.first() < x.last()));
    }

    private static boolean sameKind(StatedValue a, StatedValue b) {
        return a.improvement() == b.improvement() && a.metric().key().equals(b.metric().key());
    }
}
