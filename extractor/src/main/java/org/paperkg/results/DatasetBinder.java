package org.paperkg.results;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.entities.PaperLink;

/**
 * Binds each value of one sentence to the dataset it is measured on, or to none. A value takes only a dataset named
 * in its own clause: right after it ("84.2% on A"), else right before it ("on A, it reaches 84.2%"), else the
 * clause's only dataset; a dataset that starts a list ("on A, B and C") is never given to one value. Lists of values
 * are paired in order with a list of datasets only when the counts agree; with "respectively" the values of one kind
 * (score or improvement, one metric) are paired with the datasets the sentence names for them. The last resort is the
 * sentence's only dataset when it is named in a clause that states no value ("Experiments on A show ..., reaching
 * 84.2%"); in a sentence that names no dataset, the one an earlier sentence introduced ({@link EarlierDatasets}).
 */
final class DatasetBinder {

    private static final int AFTER_WINDOW = 8;
    private static final int BEFORE_WINDOW = 14;
    /** Words that name where a model was tested, after the data it was trained on. */
    private static final Set<String> TESTED = Set.of("tested", "evaluated", "validated", "test", "testing");
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("on", "for", "across", "using", "with", "in");
    private static final Set<String> REFERRING = Set.of("this", "the", "our", "that");
    private static final Set<String> DATA_NOUNS = Set.of("benchmark", "dataset", "corpus", "data", "test");
    /** Nouns that end a dataset's written name ("the Kestrel data", "the Owl-5 benchmark"). */
    static final Set<String> DATA_NAME_NOUNS = Set.of("data", "dataset", "datasets", "benchmark",
            "benchmarks", "corpus", "set", "subset", "split");
    /** Words that bring in what a value is measured on. */
    static final Set<String> TARGET_WORDS = Set.of("on", "in", "for", "across", "over", "of");
    /** Words at most between a target word and the name it brings in ("on the clean/noisy A"). */
    private static final int TARGET_NAME_WINDOW = 6;
    /** Words after a value that bring in what it is measured on. */
    private static final Set<String> AFTER_TARGET_WORDS = Set.of("on", "in", "for", "across", "over");
    /** A split of a benchmark named on its own ("test-dev", "testclean", "validation"). */
    /** What joins the split names of "on A test-clean and test-other sets" ({@link #splitsRespectively}). */
    private static final Set<String> SPLIT_LIST_JOINS = Set.of("and", ",", "/");
    /** The noun that may close such a list of split names. */
    private static final Set<String> SPLIT_LIST_NOUNS = Set.of("set", "sets", "split", "splits", "subsets");
    private static final Pattern SPLIT_NAME = Pattern.compile(
            "(?i)(test|dev|val|validation)([-_]?(clean|other|dev|std|challenge|set|split))?");
    /** Words that set one statement against another. */
    private static final Set<String> CONTRASTS = Set.of("whereas", "while", "but", "however", "although", "though",
            "unlike", "yet");
    static final Set<String> LIST_JOINS = Set.of(",", "and", "or", "the", "&");

    private final String[] words;
    private final List<StatedValue> stated;
    private final List<NameOccurrence> datasets;
    private final Clauses clauses;
    private final int respectively;
    private final PaperLink paperOnly;
    private final PaperLink earlier;
    private final DatasetListItems items;
    private final RespectivelyPairing pairing;
    /** The pairing of a second "respectively" in the sentence, for the values between the first and it, or null. */
    private final RespectivelyPairing laterPairing;
    private final int laterRespectively;
    private final ConjunctSetting conjunct;
    private final TrailingDataset trailing;

    /**
     * @param datasets     the usable dataset names of the sentence, in text order
     * @param respectively the token index of "respectively", or -1
     * @param paperOnly    the paper's only dataset that may carry a result, or null
     * @param earlier      the one dataset the sentences before introduced, when this sentence names none, or null
     *                     ({@link EarlierDatasets})
     * @param earlierList  the datasets the sentences before listed for evaluation, when this sentence names none, or
     *                     empty ({@link EarlierDatasets#listed()})
     */
    DatasetBinder(String[] words, List<StatedValue> stated, List<NameOccurrence> datasets, Clauses clauses,
                  int respectively, PaperLink paperOnly, PaperLink earlier, List<PaperLink> earlierList) {
        this.earlier = earlier;
        this.words = words;
        this.stated = stated;
        this.datasets = datasets;
        this.clauses = clauses;
        this.respectively = respectively;
        this.paperOnly = paperOnly;
        this.items = new DatasetListItems(words, stated, datasets);
        this.pairing = new RespectivelyPairing(words, stated, datasets, clauses, respectively,
                List.copyOf(earlierList), items);
        // "... to a and b respectively, and ... on C and D to c and d respectively": each list has its own word
        int later = -1;
        for (int j = respectively + 1; respectively >= 0 && j < words.length && later < 0; j++) {
            later = words[j].toLowerCase(Locale.ROOT).startsWith("respectively") ? j : -1;
        }
        this.laterRespectively = later;
        this.laterPairing = later < 0 ? null
                : new RespectivelyPairing(words, stated, datasets, clauses, later, List.of(), items);
        this.conjunct = new ConjunctSetting(words, stated, datasets, clauses, respectively);
        this.trailing = new TrailingDataset(words, stated, datasets, clauses, respectively);
    }

    /** The dataset of value {@code k} of the sentence, or null when the sentence does not say it clearly. */
    Attached bind(int k) {
        if (threshold(stated.get(k))) {
            return null;
        }
        StatedValue mirror = stated.get(k);
        int mirrored = MirroredBrackets.bracketedName(words, mirror.valueStart(), mirror.valueEnd(), this::inDataset);
        if (mirrored >= 0) {
            return mirroredName(mirror, mirrored);
        }
        Attached same = sameDataset(k);
        if (same != null) {
            return same;
        }
        Attached own = ownClause(k);
        // an item of a list of splits takes the list's dataset, also over a dataset the clause names after the list
        Attached split = own == null || own.how().equals("clause") ? splitList(k) : null;
        if (split != null) {
            return split;
        }
        if (own != null || stated.get(k).rule().equals("bracketed") || fromBracketed(k)) {
            return own;
        }
        Attached compared = comparedInBrackets(k);
        if (compared != null) {
            return compared;
        }
        Attached next = neighbour(k);
        if (next != null) {
            return next;
        }
        Attached earlierSentence = introduced(k);
        if (earlierSentence != null) {
            return earlierSentence;
        }
        Attached setting = conjunct.bind(k, this::bind);
        if (setting != null) {
            // "a for A and b, and c with B": a later conjunct that ends the value's chain with another dataset makes
            // the second setting unclear
            Attached end = trailing.chainEnd(k);
            return end == null || end.link().entityKey().equals(setting.link().entityKey()) ? setting : null;
        }
        NameOccurrence ranked = RankedOn.benchmark(words, stated.get(k), datasets);
        if (ranked != null) {
            return new Attached(ranked.link(), "ranked-on", 0.9, false);
        }
        return trailing.bind(k);
    }

    /**
     * "on A we reach 67.9% on the val, 58% on the test-dev and 56.4% on the test-challenge split", "on A, i.e. 9.3% on
     * the reasonable set, 8.7% on the partial set and 5.6% on the heavy set": a list of scores, each followed by its
     * split or subset and joined only by commas and "and", measures one dataset's parts; a value in it takes the
     * dataset of the value before it, of the same metric and kind. What the clause names after the list (a challenge
     * the paper won, the next statement's subject) is no part of the list.
     */
    private Attached splitList(int k) {
        if (k == 0 || !sameKind(stated.get(k - 1), stated.get(k))) {
            return null;
        }
        StatedValue v = stated.get(k);
        StatedValue before = stated.get(k - 1);
        int beforeEnd = partPhraseEnd(before);
        if (beforeEnd < 0 || partPhraseEnd(v) < 0 || beforeEnd >= v.firstToken()) {
            return null;
        }
        for (int j = beforeEnd; j < v.firstToken(); j++) {
            if (!words[j].equals(",") && !words[j].equalsIgnoreCase("and")) {
                return null;
            }
        }
        Attached bound = bind(k - 1);
        return bound == null ? null : new Attached(bound.link(), "split-list", 0.9, false);
    }

    /**
     * "(34.4% AP at 30 ms for OwlNet compared to 33.0% AP at 39 ms for EmuNet on A)", "(64.4% MOTA vs. 66.1% MOTA on
     * the A challenge)": two scores of one metric set against each other inside one pair of brackets that ends with
     * the dataset they are measured on; the first score, whose own phrase names none, is measured there too.
     */
    private Attached comparedInBrackets(int k) {
        if (k + 1 >= stated.size() || !sameKind(stated.get(k), stated.get(k + 1))) {
            return null;
        }
        StatedValue v = stated.get(k);
        StatedValue other = stated.get(k + 1);
        int open = v.firstToken() - 1;
        if (open < 0 || !words[open].equals("(")) {
            return null;
        }
        boolean versus = false;
        for (int j = v.lastToken(); j < other.firstToken(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (w.equals("(") || w.equals(")") || w.equals(";") || w.equals(",")) {
                return null;
            }
            versus |= ComparedPairs.comparisonAt(words, j);
        }
        int from = v.lastToken();
        if (!versus || datasets.stream().anyMatch(o -> o.first() >= from && o.first() < other.firstToken())) {
            return null;
        }
        for (NameOccurrence o : datasets) {
            if (o.first() < other.lastToken()) {
                continue;
            }
            int close = o.last();
            while (close < Math.min(words.length, o.last() + 3) && words[close].matches("[a-z][a-z-]*")) {
                close++; // "on the A challenge)", "on A test-dev)"
            }
            Attached bound = ownClause(k + 1);
            boolean last = close < words.length && words[close].equals(")");
            return last && bound != null && bound.link().entityKey().equals(o.link().entityKey())
                    ? new Attached(o.link(), "compared-bracket", 0.9, false) : null;
        }
        return null;
    }


    /**
     * The token after "on (the) test-dev", "on the val", "on the reasonable set", "in the hard subset" right after the
     * value (and its metric, maybe with an abbreviation in brackets), when a list word or the sentence's end follows;
     * else -1. A training set is no part a score is measured on.
     */
    private int partPhraseEnd(StatedValue v) {
        int j = v.lastToken();
        if (j + 2 < words.length && words[j].equals("(") && words[j + 2].equals(")")) {
            j += 3; // "miss rate (MR) on ..."
        }
        if (j >= words.length || !PART_PREPOSITIONS.contains(words[j].toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int t = j + 1 < words.length && words[j + 1].equalsIgnoreCase("the") ? j + 2 : j + 1;
        if (t >= words.length) {
            return -1;
        }
        int end;
        if (splitAt(t)) {
            end = t + 1;
        } else if (t + 1 < words.length && words[t].matches("[a-z]+(-[a-z]+)?") && !TRAINING_PARTS.contains(words[t])
                && PART_NOUNS.contains(words[t + 1].toLowerCase(Locale.ROOT))) {
            end = t + 1;
        } else {
            return -1;
        }
        if (end < words.length && (PART_NOUNS.contains(words[end].toLowerCase(Locale.ROOT))
                || words[end].equalsIgnoreCase("benchmarks") || words[end].equalsIgnoreCase("benchmark"))) {
            end++;
        }
        return end == words.length || PART_LIST_ENDS.contains(words[end].toLowerCase(Locale.ROOT)) ? end : -1;
    }

    private static final Set<String> PART_PREPOSITIONS = Set.of("on", "in", "for");
    private static final Set<String> PART_NOUNS = Set.of("set", "sets", "subset", "subsets", "split", "splits");
    private static final Set<String> TRAINING_PARTS = Set.of("training", "train", "pretraining", "pre-training");
    private static final Set<String> PART_LIST_ENDS = Set.of(",", "and", ".", ";", ")");

    /**
     * "crossing the 70% accuracy threshold", "passing the 90% mark": a round figure the score is compared with, named
     * as such right after the value (and its metric), is measured on nothing.
     */
    private boolean threshold(StatedValue v) {
        int after = v.lastToken();
        return after < words.length && v.firstToken() > 0 && words[v.firstToken() - 1].equalsIgnoreCase("the")
                && THRESHOLD_NOUNS.contains(words[after].toLowerCase(Locale.ROOT));
    }

    /** What "the same ..." refers back to when it names where a score is measured. */
    private static final Set<String> SAME_NOUNS = Set.of("dataset", "benchmark", "corpus", "data", "set");

    /**
     * "... 81.1% on the test set of A, while the larger model shows 82.7% on the same dataset": "the same dataset"
     * after the value in its clause refers back to the dataset the sentence has named before the value, when the
     * sentence names that one only and no other value stands between (not "trained on the same data").
     */
    private Attached sameDataset(int k) {
        StatedValue v = stated.get(k);
        List<PaperLink> all = NameOccurrence.distinctLinks(datasets);
        if (all.size() != 1 || datasets.stream().anyMatch(o -> o.first() > v.valueStart())) {
            return null;
        }
        for (int j = v.valueEnd(); j + 3 < words.length && clauses.same(j, v.valueStart()); j++) {
            if (AFTER_TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT)) && words[j + 1].equalsIgnoreCase("the")
                    && words[j + 2].equalsIgnoreCase("same")
                    && SAME_NOUNS.contains(words[j + 3].toLowerCase(Locale.ROOT))) {
                int at = j;
                // the phrase is the nearest value's; "trained on the same data" is what others learned from
                boolean nearest = stated.stream().noneMatch(x -> x.valueStart() > v.valueStart() && x.valueStart() < at);
                return nearest && !ResultExtractor.trainedOn(words, j + 1)
                        ? new Attached(all.get(0), "same", 0.85, false) : null;
            }
        }
        return null;
    }

    private static final Set<String> THRESHOLD_NOUNS = Set.of("threshold", "mark", "barrier", "milestone");

    /**
     * "We evaluate X on A. X reaches 84.1% accuracy.": a sentence that names no dataset states a score on the one
     * dataset the sentences before it introduced, unless "respectively" pairs its values with settings or the
     * value's clause names what else it is measured on ("..., and 71.2% on the Kestrel data").
     */
    private Attached introduced(int k) {
        StatedValue v = stated.get(k);
        if (earlier == null || !datasets.isEmpty() || respectively >= 0 || namesUnlinkedData(v) || namesOwnTarget(v)) {
            return null;
        }
        return new Attached(earlier, ResultExtractor.EARLIER_RULE, 0.85, false);
    }

    /**
     * "... by 28 points on the Kestrel-19 task": after the value, in its clause, what it is measured on is named with a
     * capital or a digit (a name no dataset link gives); a split ("on the test-dev set") is no such name.
     */
    private boolean namesOwnTarget(StatedValue v) {
        for (int j = v.valueEnd(); j + 1 < words.length && clauses.same(j, v.valueStart()); j++) {
            if (!AFTER_TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT)) || splitNamed(j + 1, v)) {
                continue;
            }
            int t = j + 1 < words.length && words[j + 1].equalsIgnoreCase("the") ? j + 2 : j + 1;
            if (t < words.length && !isNumber(words[t])
                    && words[t].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "72.1% top-1 on A with X and 77.9% with Y", "40.2 AP with P and 43.5 AP with Q on A": a value whose clause names
     * no dataset, next to a value of the same metric and kind that is bound, takes that value's dataset when no other
     * dataset is named between them.
     */
    private Attached neighbour(int k) {
        StatedValue v = stated.get(k);
        if (respectively >= 0 || bracketedAfterOtherName(v)) {
            return null;
        }
        // beside the values next to it, for a value of a slashed or listed group the values next to its group
        // ("a 46.8/38.6 box/mask AP using P, and a 48.1/39.9 box/mask AP using Q, on A")
        int groupFirst = k;
        int groupLast = k;
        while (groupFirst > 0 && stated.get(groupFirst - 1).group() == v.group()) {
            groupFirst--;
        }
        while (groupLast + 1 < stated.size() && stated.get(groupLast + 1).group() == v.group()) {
            groupLast++;
        }
        for (int j : new int[] {k - 1, k + 1, groupFirst - 1, groupLast + 1}) {
            if (j < 0 || j >= stated.size() || !sameKind(stated.get(j), v)
                    || stated.get(j).group() == v.group() && (j < groupFirst - 1 || j > groupLast + 1)) {
                continue;
            }
            StatedValue other = stated.get(j);
            // the value before may have its dataset from its own neighbour ("38.1 AP at 60 FPS, 42.4 AP at 45 FPS
            // and 43.9 AP at 29 FPS"); the value after only from its own clause
            Attached bound = j < k ? bind(j) : ownClause(j);
            if (bound == null || j > k && !bound.how().startsWith("after")) {
                continue;
            }
            // "a/b without P, c/d with P ... on the clean/noisy A test sets": slash pairs of one list of settings
            boolean pairs = slashPair(v) && slashPair(other);
            if (namesAnotherTarget(v, pairs ? bound.link() : null)) {
                continue;
            }
            if (j > k && clauses.of(other.valueStart()) - clauses.of(v.valueStart()) > 1) {
                continue; // "beating A by 5.3 AP, and X (large) outperforms B by 1.2 AP on C": C is the next statement's
            }
            boolean otherInClause = datasets.stream().anyMatch(o -> clauses.same(o.first(), v.valueStart())
                    && !o.link().entityKey().equals(bound.link().entityKey()));
            if (otherInClause) {
                continue;
            }
            int from = Math.min(other.firstToken(), v.firstToken());
            int to = Math.max(other.lastToken(), v.lastToken());
            boolean otherBetween = datasets.stream().anyMatch(o -> o.first() >= from && o.last() <= to
                    && !o.link().entityKey().equals(bound.link().entityKey()));
            if (!otherBetween && !contrastBetween(Math.min(other.lastToken(), v.lastToken()),
                    Math.max(other.firstToken(), v.firstToken()))) {
                return new Attached(bound.link(), "neighbour", 0.9, false);
            }
        }
        return null;
    }

    /**
     * "x mIoU on A with P, whereas Q lags behind, and y mIoU with R": a word of contrast between two values makes the
     * second a statement of its own, which may be about something else.
     */
    private boolean contrastBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (CONTRASTS.contains(words[j].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... and 91.2% on real-world tasks", "improving robustness by 3.2%": the clause says what else it is about. A
     * target phrase that names {@code bound} itself (when not null) says nothing else, nor does a metric's "of" before
     * another value ("a WER of a/b without P, c/d with P and e/f with Q on the clean/noisy A test sets": every
     * setting is measured on A), nor a split ("55% on the test-dev", "on the test set"): a part of the neighbour's dataset.
     */
    private boolean namesAnotherTarget(StatedValue v, PaperLink bound) {
        // what comes before the previous value is that value's ("on A, reaching 38.1 AP at 60 FPS, 42.4 AP at ...")
        int k = stated.indexOf(v);
        int start = Math.max(clauses.start(v.valueStart()), k > 0 ? stated.get(k - 1).lastToken() : 0);
        for (int j = start; j < words.length && clauses.same(j, v.valueStart()); j++) {
            if (words[j].equalsIgnoreCase("of") && (j == v.valueStart() - 1
                    || bound != null && valueAt(j + 1))) {
                continue; // "AP of 44.2": the metric's "of"
            }
            if (TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT)) && !targetIs(j, bound) && !splitAt(j + 1)) {
                return true;
            }
        }
        // "an F1 of 88.3 vs 84.8 on B": what follows, up to the next value with a metric of its own, may say it
        int next = stated.stream().filter(x -> x.valueStart() > v.valueStart() && !x.rule().equals("parallel"))
                .mapToInt(StatedValue::valueStart).min().orElse(words.length);
        for (int j = v.valueEnd(); j < next; j++) {
            if (AFTER_TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT)) && !targetIs(j, bound)
                    && !splitAt(j + 1)) {
                return true;
            }
        }
        return v.rule().equals("parallel") && v.improvement();
    }

    /**
     * The phrase opened by the target word at {@code j} names {@code bound}: its next dataset name, a few words on
     * with no number or other target word between ("on the clean/noisy A test sets"), is {@code bound}'s.
     */
    private boolean targetIs(int j, PaperLink bound) {
        if (bound == null) {
            return false;
        }
        NameOccurrence next = datasets.stream().filter(o -> o.first() > j).min(
                java.util.Comparator.comparingInt(NameOccurrence::first)).orElse(null);
        if (next == null || next.first() - j > TARGET_NAME_WINDOW
                || !next.link().entityKey().equals(bound.entityKey())) {
            return false;
        }
        for (int t = j + 1; t < next.first(); t++) {
            if (isNumber(words[t]) || TARGET_WORDS.contains(words[t].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private boolean valueAt(int t) {
        return stated.stream().anyMatch(x -> x.valueStart() == t);
    }

    private boolean slashPair(StatedValue v) {
        return SentenceValues.slashPair(words, v.valueStart(), v.valueEnd());
    }

    /**
     * "on A (91.7%), Kestrel (98.8%)": in a list of datasets each with its score in brackets, a value in brackets
     * right after a name that is no linked dataset is that name's score, not the linked neighbour's.
     */
    private boolean bracketedAfterOtherName(StatedValue v) {
        int k = stated.indexOf(v);
        if (k == 0 || !v.aloneInBrackets(words) || bracketed(stated.get(k - 1)) == null) {
            return false;
        }
        int name = v.valueStart() - 2;
        return name >= 0 && words[name].chars().anyMatch(Character::isUpperCase)
                && datasets.stream().noneMatch(o -> o.first() <= name && name < o.last());
    }

    private static boolean sameKind(StatedValue a, StatedValue b) {
        return a.improvement() == b.improvement() && a.metric().key().equals(b.metric().key());
    }

    /** The dataset named for value {@code k} in its own clause or framing the sentence, or null. */
    private Attached ownClause(int k) {
        StatedValue v = stated.get(k);
        Attached bracket = bracketed(v);
        if (v.rule().equals("bracketed")) {
            // a value read from its brackets alone belongs only to the dataset before them, in its metric's clause
            return clauses.same(v.metricStart(), v.valueStart()) ? bracket : null;
        }
        if (fromBracketed(k)) {
            return bracketBound(k - 1) ? bracket : null; // "A (84.2%), B (79.1%)": the list goes on only so
        }
        if (bracket != null && !v.rule().equals("parallel")) {
            return bracket;
        }
        // the next value's own number ends the search; its metric may be this one's too ("48.1% accuracy (a 9.6% ...")
        int nextStart = k + 1 < stated.size() ? stated.get(k + 1).valueStart() : words.length;
        // "41.2% AP (62.8% AP50) on A": a second score in brackets right after the value does not end the search;
        // the name after the brackets is both scores' dataset
        int afterBrackets = secondScoreInBrackets(k);
        int searchEnd = afterBrackets <= 0 ? nextStart
                : k + 2 < stated.size() ? stated.get(k + 2).valueStart() : words.length;
        int searchFrom = afterBrackets > 0 ? afterBrackets : v.lastToken();
        List<StatedValue> group = stated.stream().filter(x -> x.group() == v.group()).toList();
        // "57.6, 6.3 and 87.6 on A, B and C, respectively": the name after the list is the first value's, if any
        boolean listedRespectively = group.size() > 1 && respectively > v.valueStart();
        for (NameOccurrence o : listedRespectively ? List.<NameOccurrence>of() : datasets) {
            if (o.first() >= searchFrom && o.first() < searchEnd && o.first() - searchFrom <= AFTER_WINDOW
                    && clauses.same(v.valueStart(), o.first())) {
                WordsBetween between = new WordsBetween(words, v.lastToken(), o.first());
                if (between.nameInRemark()) {
                    continue; // "83.2% mIoU (without A pre-training) on B": the remark's name is no target
                }
                if (between.comma() && (namedBefore(k) || opensNextValue(o))) {
                    // "the A task F1 to 82.5, the B ...", "from a to b, on B from c to d": the next item's name
                    break;
                }
                // "x and y mAP on A 2031 and 2032": a list's first item is not the last value's alone
                if (!inList(o) && !(group.size() > 1 && items.around(o, words.length).size() > 1)) {
                    return new Attached(o.link(), "after", 1.0, false);
                }
                break;
            }
        }
        if (group.size() == 1 && respectively < 0) {
            Attached chained = chained(k);
            if (chained != null) {
                return chained;
            }
        }
        if (group.size() > 1 && v.rule().equals("pair")) {
            return sharedByMetricList(group, v); // "1.6/2.9 WER on A (clean/other)": one dataset, two settings
        }
        if (group.size() > 1 && (v.rule().equals("metric-list") || v.rule().equals("slash-list"))) {
            return sharedByMetricList(group, v); // "UAS and LAS of 94.1% and 92.6%, respectively": one dataset
        }
        if (respectively >= 0) {
            Attached inside = betweenValueAndMetric(v);
            if (inside != null) {
                return inside; // "99.5% Kestrel face accuracy and 96.0% Emu face accuracy, respectively"
            }
            Attached paired = laterPairing != null && v.valueStart() > respectively
                    && v.valueStart() < laterRespectively ? laterPairing.pair(v) : pairing.pair(v);
            if (paired == null) {
                Attached splits = splitsRespectively(v);
                if (splits != null) {
                    return splits; // "5.4% and 14.7% on A test-clean and test-other, respectively": A's two splits
                }
            }
            // "On A, it reaches 96.1% and 93.4% on X and Y settings, respectively": the pairs are settings of A
            if (paired == null && settingsAfterRespectively(v)) {
                return sharedBeforeRespectively(v);
            }
            // "a IS and b FID on A, and c FID on B, respectively": the pairing fails, but the scores chained right
            // before A's name are one run's, on A
            Attached chain = paired == null && group.size() == 1 ? chained(k) : null;
            if (chain != null && chain.how().equals("after-chain")) {
                return chain;
            }
            if (paired != null || datasetAfter(v)) {
                return paired;
            }
            Attached opening = opening(v);
            return opening != null ? opening : settingsOf(v);
        }
        if (group.size() > 1) {
            return pairedList(group, v);
        }
        int previousEnd = k == 0 ? 0 : stated.get(k - 1).lastToken();
        NameOccurrence before = null;
        for (NameOccurrence o : datasets) {
            if (o.last() <= v.firstToken() && o.first() >= previousEnd && v.firstToken() - o.last() <= BEFORE_WINDOW
                    && clauses.same(o.first(), v.valueStart()) && !(k > 0 && namedRightAfter(previousEnd, o))) {
                before = o;
            }
        }
        if (before != null) {
            return inList(before) ? null : new Attached(before.link(), "before", 1.0, false);
        }
        List<PaperLink> inClause = NameOccurrence.distinctLinks(datasets.stream()
                .filter(o -> clauses.same(o.first(), v.valueStart()) && o.first() >= previousEnd
                        && o.first() < nextStart && !(k > 0 && namedRightAfter(previousEnd, o))
                        && !(o.first() >= v.lastToken() && opensNextValue(o)
                        && new WordsBetween(words, v.lastToken(), o.first()).comma())).toList());
        if (inClause.size() == 1) {
            return new Attached(inClause.get(0), "clause", 0.95, false);
        }
        if (!inClause.isEmpty()) {
            return null;
        }
        if (namesUnlinkedData(v)) {
            return null; // "..., and 91.8% on the Kestrel data": a dataset of its own, not linked, not the frame's
        }
        Attached framed = framing(v);
        if (framed != null) {
            return framed;
        }
        Attached compared = comparedOn(v);
        return compared != null ? compared : anaphora(v);
    }

    /**
     * "... achieves 44.6% mAP, outperforming all previous detectors on A": the comparison right after the score's
     * clause names the sentence's only dataset, so the score is measured there too; the score's own clause names
     * nothing it is measured on.
     */
    private Attached comparedOn(StatedValue v) {
        List<PaperLink> all = NameOccurrence.distinctLinks(datasets);
        if (all.size() != 1) {
            return null;
        }
        int own = clauses.of(v.valueStart());
        for (int j = clauses.start(v.valueStart()); j < words.length && clauses.of(j) == own; j++) {
            if (j != v.valueStart() - 1 && TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        for (NameOccurrence o : datasets) {
            int c = clauses.of(o.first());
            int opener = clauses.start(o.first());
            if (o.first() < v.valueEnd() || c != own + 1
                    || !MethodBinder.BEATING_OPENERS.contains(words[opener].toLowerCase(Locale.ROOT))) {
                return null;
            }
            int p = o.first() - 1;
            if (p > 0 && words[p].equalsIgnoreCase("the")) {
                p--;
            }
            if (!Set.of("on", "in").contains(words[p].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return new Attached(all.get(0), "compared-on", 0.9, false);
    }

    /**
     * Right after the value (and its metric), "on (the) X data/dataset/benchmark/set" names with capitals or digits
     * what it is measured on, and no linked dataset is among those words.
     */
    private boolean namesUnlinkedData(StatedValue v) {
        int j = Math.max(v.valueEnd(), v.metricStart() == v.valueEnd() ? v.metricEnd() : v.valueEnd());
        if (j < words.length && words[j].equals("(")) {
            int close = j;
            while (close < Math.min(words.length, j + 6) && !words[close].equals(")")) {
                close++;
            }
            j = close + 1; // "91.8% (79.1%) on the Kestrel data": a remark in brackets between
        }
        if (j >= words.length || !AFTER_TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int from = j + 1 < words.length && words[j + 1].equalsIgnoreCase("the") ? j + 2 : j + 1;
        boolean written = false;
        for (int t = from; t < Math.min(words.length, from + 4); t++) {
            if (items.inside(t) || words[t].chars().anyMatch(Character::isDigit) && t == from && isNumber(words[t])) {
                return false;
            }
            if (t > from && DATA_NAME_NOUNS.contains(words[t].toLowerCase(Locale.ROOT))) {
                return written;
            }
            written |= words[t].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        }
        return false;
    }

    private static boolean isNumber(String w) {
        return w.matches("[+]?\\d+(\\.\\d+)?%?");
    }

    private boolean inDataset(int token) {
        return datasets.stream().anyMatch(o -> o.first() <= token && token < o.last());
    }

    /**
     * "of a (b) on the A (B) dataset": the bracketed value takes the bracketed name, when it is another dataset than the
     * name before it; else nothing (the first name is the other value's).
     */
    private Attached mirroredName(StatedValue v, int nameStart) {
        NameOccurrence inBrackets = datasets.stream().filter(o -> o.first() == nameStart).findFirst().orElse(null);
        NameOccurrence before = datasets.stream().filter(o -> o.last() == nameStart - 1).findFirst().orElse(null);
        if (inBrackets == null || before == null
                || inBrackets.link().entityKey().equals(before.link().entityKey())) {
            return null;
        }
        return new Attached(inBrackets.link(), "mirrored-bracket", 0.9, false);
    }

    /** Value {@code k} is read in parallel with a value read from its brackets alone, directly or down a list. */
    private boolean fromBracketed(int k) {
        StatedValue v = stated.get(k);
        if (!v.rule().equals("parallel") || k == 0) {
            return false;
        }
        String previous = stated.get(k - 1).rule();
        return previous.equals("bracketed") || fromBracketed(k - 1);
    }

    private boolean bracketBound(int k) {
        Attached a = bind(k);
        return a != null && a.how().equals("bracket");
    }

    /** "on A (84.2%) and B (79.1%)": a value alone in brackets right after a dataset's name is that dataset's. */
    private Attached bracketed(StatedValue v) {
        int open = v.aloneInBrackets(words) ? v.valueStart() - 1 : resultsInBrackets(v);
        if (open < 0) {
            return null;
        }
        for (NameOccurrence o : datasets) {
            // "on the A coreference task (79.6% F1)": the name may be continued by the words of its phrase
            if (o.last() == open || o.last() < open && new WordsBetween(words, o.last(), open).nounsOnly()) {
                return new Attached(o.link(), "bracket", 1.0, false);
            }
        }
        return null;
    }

    /** A number comes right after the name, at most one word between ("on B from 8.7 to 6.6", "B: 71.2%"). */
    private boolean opensNextValue(NameOccurrence o) {
        for (int j = o.last(); j < Math.min(words.length, o.last() + 2); j++) {
            if (isNumber(words[j])) {
                return true;
            }
        }
        return false;
    }

    /** A dataset is named in value {@code k}'s clause before it, after the value before it. */
    private boolean namedBefore(int k) {
        StatedValue v = stated.get(k);
        int previousEnd = k == 0 ? 0 : stated.get(k - 1).lastToken();
        return datasets.stream().anyMatch(o -> o.last() <= v.firstToken() && o.first() >= previousEnd
                && v.firstToken() - o.last() <= BEFORE_WINDOW && clauses.same(o.first(), v.valueStart()));
    }

    /**
     * "on A (12.1% AP, 24.8% AP50) and B (54.9% AP)": the "(" of brackets around {@code v} that hold only values
     * with their metrics and commas, or -1.
     */
    private int resultsInBrackets(StatedValue v) {
        int open = v.firstToken() - 1;
        while (open >= 0 && !words[open].equals("(") && (words[open].equals(",") || insideValue(open))) {
            open--;
        }
        int close = v.lastToken();
        while (close < words.length && !words[close].equals(")") && (words[close].equals(",") || insideValue(close))) {
            close++;
        }
        return open >= 1 && close < words.length && words[open].equals("(") && words[close].equals(")") ? open : -1;
    }

    private boolean insideValue(int token) {
        return stated.stream().anyMatch(x -> x.firstToken() <= token && token < x.lastToken()
                && !x.rule().equals("parallel"));
    }

    /**
     * "... reaches 84.2% on this benchmark", "... 71.3% accuracy on the test-dev set", "2.3% WER on test-clean": the
     * paper's only dataset, named in another sentence, when the value's clause refers back to a benchmark or names
     * only a split of one, and the sentence names no dataset itself.
     */
    private Attached anaphora(StatedValue v) {
        if (paperOnly == null || !datasets.isEmpty()) {
            return null;
        }
        for (int j = clauses.start(v.valueStart()); j + 1 < words.length && clauses.same(j, v.valueStart()); j++) {
            if (REFERRING.contains(words[j].toLowerCase(Locale.ROOT))
                    && DATA_NOUNS.contains(words[j + 1].toLowerCase(Locale.ROOT))) {
                return new Attached(paperOnly, "anaphora", 0.85, false);
            }
        }
        for (int j = clauses.start(v.valueStart()); j + 1 < words.length && clauses.same(j, v.valueStart()); j++) {
            if (AFTER_TARGET_WORDS.contains(words[j].toLowerCase(Locale.ROOT)) && splitNamed(j + 1, v)) {
                return new Attached(paperOnly, "split", 0.85, false);
            }
        }
        return null;
    }

    /**
     * At {@code at} (maybe after "the") a split's name ("test-dev", "the validation set"), with no other value between
     * {@code v} and it.
     */
    private boolean splitNamed(int at, StatedValue v) {
        int j = at < words.length && words[at].equalsIgnoreCase("the") ? at + 1 : at;
        return splitAt(at)
                && stated.stream().noneMatch(x -> x != v && x.valueStart() > v.valueStart() && x.valueStart() < j);
    }

    /** At {@code at} (maybe after "the") a split's name ("test-dev", "the validation set", "the val"). */
    private boolean splitAt(int at) {
        int j = at < words.length && words[at].equalsIgnoreCase("the") ? at + 1 : at;
        Matcher m = j < words.length ? SPLIT_NAME.matcher(words[j]) : null;
        if (m == null || !m.matches()) {
            return false;
        }
        // a bare "test" or "validation" names a split only with its noun: "on the test set", not "on validation";
        // the short "val" and "dev" name nothing else ("58% on the val")
        boolean noun = j + 1 < words.length && Set.of("set", "sets", "split", "splits").contains(
                words[j + 1].toLowerCase(Locale.ROOT));
        boolean shortSplit = Set.of("val", "dev").contains(m.group(1).toLowerCase(Locale.ROOT));
        return m.group(2) != null || noun || shortSplit;
    }

    /**
     * The sentence's only dataset, when the sentence opens with it ("On A, ...", "On the A benchmark it ...") or every
     * clause naming it
     * states no value.
     */
    private Attached framing(StatedValue v) {
        List<PaperLink> all = NameOccurrence.distinctLinks(datasets);
        if (all.size() != 1) {
            return null;
        }
        for (NameOccurrence o : datasets) {
            if (o.first() > v.valueStart()) {
                return null; // a frame comes first ("Experiments on A show ..."); a dataset after the value is not one
            }
            for (int j = Math.min(o.first(), v.valueStart()); j < Math.max(o.first(), v.valueStart()); j++) {
                if (words[j].equals(";")) {
                    return null; // another statement
                }
            }
        }
        int first = firstWord();
        if (OPENING_PREPOSITIONS.contains(words[first].toLowerCase(Locale.ROOT))
                && datasets.get(0).first() <= first + 2) {
            return new Attached(all.get(0), "opening", 0.95, false); // "On (the) A, ..." frames the whole sentence
        }
        Attached opening = opening(v);
        if (opening != null) {
            return opening;
        }
        if (datasets.size() == 1 && evaluationFrame(datasets.get(0))) {
            return new Attached(all.get(0), "frame", 0.9, false);
        }
        for (NameOccurrence o : datasets) {
            for (int j = 0; j < words.length; j++) {
                if (clauses.same(o.first(), j) && numberWord(words[j]) && !items.inside(j)) {
                    return null; // a number in the dataset's clause: a value of its own, stated or not
                }
            }
        }
        if (trainedOnBeforeTest(datasets.get(0))) {
            return null; // "trained on A and tested on another set, it achieves 0.81": not A's score
        }
        return new Attached(all.get(0), "sentence", 0.9, false);
    }

    /**
     * A word that opens with a digit ("84.2", "3.1%", "+0.9", "2x"): a number, stated as a value or not. A name with a
     * digit inside ("Owl2Seq", "EmuNet-50") is no number.
     */
    private static boolean numberWord(String w) {
        return NUMBER_WORD.matcher(w).lookingAt();
    }

    private static final Pattern NUMBER_WORD = Pattern.compile("[+\\-\u2212~\u223c]?\\.?\\d");

    /** The name follows "trained on" and a later word says the test was on other data. */
    private boolean trainedOnBeforeTest(NameOccurrence o) {
        if (!ResultExtractor.trainedOn(words, o.first())) {
            return false;
        }
        for (int j = o.last() + 1; j < words.length; j++) {
            if (TESTED.contains(words[j].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EVALUATION_NOUNS = Set.of("experiments", "results", "evaluations",
            "evaluation", "tests");
    private static final Set<String> FRAME_VERBS = Set.of("show", "shows", "indicate", "indicates", "demonstrate",
            "demonstrates", "reveal", "reveals", "confirm", "confirms", "verify", "verifies", "suggest", "suggests");

    /**
     * "Experiments on the A dataset indicate that ..., and ... achieves 50.7 mAP": the sentence opens with its
     * evaluation on A, and everything it goes on to state is measured there.
     */
    private boolean evaluationFrame(NameOccurrence o) {
        int p = o.first() - 1;
        if (p >= 0 && words[p].equalsIgnoreCase("the")) {
            p--;
        }
        if (p < 1 || !words[p].equalsIgnoreCase("on") || !EVALUATION_NOUNS.contains(words[p - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = 0; j < p - 1; j++) {
            if (!words[j].chars().allMatch(Character::isLetter) || Character.isUpperCase(words[j].charAt(0)) && j > 0) {
                return false; // "Experimental results on A" may follow an adjective; nothing else opens the sentence
            }
        }
        int q = o.last();
        if (q < words.length && DATA_NAME_NOUNS.contains(words[q].toLowerCase(Locale.ROOT))) {
            q++;
        }
        return q < words.length && FRAME_VERBS.contains(words[q].toLowerCase(Locale.ROOT));
    }

    /**
     * "68.4 AP and 75.9 AP75 on A", "on A with an IS of 9.12 and an FID of 2.31": scores of one kind joined only by
     * "and", commas or a slash, each with its own metric, share the dataset named right after the last or right before the first.
     */
    private Attached chained(int k) {
        int first = k;
        int last = k;
        while (first > 0 && joined(first - 1, first)) {
            first--;
        }
        while (last + 1 < stated.size() && joined(last, last + 1)) {
            last++;
        }
        if (first == last) {
            return null;
        }
        StatedValue end = stated.get(last);
        int after = end.lastToken();
        for (NameOccurrence o : datasets) {
            if (o.first() >= after && o.first() - after <= AFTER_WINDOW && clauses.same(after - 1, o.first())) {
                boolean valueBetween = stated.stream().anyMatch(x -> x.valueStart() >= after && x.valueStart() < o.first());
                return inList(o) || valueBetween ? null : new Attached(o.link(), "after-chain", 1.0, false);
            }
        }
        StatedValue start = stated.get(first);
        int previousEnd = first == 0 ? 0 : stated.get(first - 1).lastToken();
        NameOccurrence before = null;
        for (NameOccurrence o : datasets) {
            if (o.last() <= start.firstToken() && o.first() >= previousEnd
                    && start.firstToken() - o.last() <= BEFORE_WINDOW && clauses.same(o.first(), start.valueStart())) {
                before = o;
            }
        }
        return before == null || inList(before) ? null : new Attached(before.link(), "before-chain", 1.0, false);
    }

    /** Values {@code a} and {@code b} (next to each other) are scores with their own metrics joined by list words. */
    private boolean joined(int a, int b) {
        StatedValue x = stated.get(a);
        StatedValue y = stated.get(b);
        if (x.improvement() || y.improvement() || x.rule().equals("parallel") || y.rule().equals("parallel")
                || x.group() == y.group()) {
            return false;
        }
        int from = x.lastToken();
        int to = describedScoreStart(y);
        // the parser may read a metric such as "IS" as a verb and split the clause: with no comma between, only list
        // words joining the two scores, they stay one list
        boolean comma = Arrays.asList(words).subList(from, Math.max(from, to)).contains(",");
        if (!clauses.same(x.valueStart(), y.valueStart()) && comma) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            // "/" too: "77.3% mAP / 90.2% rank1 on A"
            // "with" too: "an FID of 6.8 with an IS of 100.8 on A" states two scores of one run
            // "score" right after the metric: "a IS score and b FID score on A" names the metric's noun
            boolean metricNoun = j == from && x.metricStart() > x.valueStart() && w.equals("score");
            if (!w.equals(",") && !w.equals("and") && !w.equals("an") && !w.equals("a") && !w.equals("/")
                    && !w.equals("with") && !metricNoun) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Where list words before value {@code y} may end: "..., a competitive likelihood of 2.99 bits/dim" names what the
     * score is in a few lower-case words ended by "of" before a value whose metric comes after it; those words are part
     * of the item, not a break in the list. Otherwise the value's first token.
     */
    private int describedScoreStart(StatedValue y) {
        int to = y.firstToken();
        if (y.metricStart() < y.valueEnd() || to < 2 || !words[to - 1].equalsIgnoreCase("of")) {
            return to;
        }
        int j = to - 2;
        int described = 0;
        while (j >= 0 && described < DESCRIBED_SCORE_WORDS && words[j].chars().allMatch(Character::isLowerCase)
                && !words[j].equals("and") && !words[j].equals("a") && !words[j].equals("an")) {
            j--;
            described++;
        }
        // the description opens with an article: "a competitive likelihood of", "an error of"
        return described > 0 && j >= 0 && (words[j].equalsIgnoreCase("a") || words[j].equalsIgnoreCase("an")) ? j : to;
    }

    private static final int DESCRIBED_SCORE_WORDS = 3;

    /**
     * "... on A trained with either 10% or 1% of the labels, reaching 75.5% and 66.5% respectively": "respectively"
     * pairs the values with settings, not datasets, when the sentence names one dataset only, before the values in
     * their clause and not as an item of a list ("on x and A", whose other item is no link); the values are that
     * dataset's.
     */
    private Attached settingsOf(StatedValue v) {
        List<PaperLink> all = NameOccurrence.distinctLinks(datasets);
        if (all.size() != 1) {
            return null;
        }
        for (NameOccurrence o : datasets) {
            boolean listed = o.first() > 0 && LIST_JOINS.contains(words[o.first() - 1].toLowerCase(Locale.ROOT))
                    && !words[o.first() - 1].equalsIgnoreCase("the")
                    || o.last() < words.length && LIST_JOINS.contains(words[o.last()].toLowerCase(Locale.ROOT))
                    && !words[o.last()].equals(",");
            if (o.last() > v.valueStart() || !clauses.same(o.first(), v.valueStart()) || listed
                    || o.first() > 0 && words[o.first() - 1].equalsIgnoreCase("the")
                    && o.first() > 1 && LIST_JOINS.contains(words[o.first() - 2].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return new Attached(all.get(0), "settings", 0.9, false);
    }

    /**
     * "x and y on A test-clean and test-other sets, respectively", "x and y on the A val and test splits,
     * respectively": the one dataset after {@code v} in its clause is followed right up to "respectively" by as many
     * split names as there are values between the clause's previous dataset and it; "respectively" pairs the values
     * with A's splits, so every one of them is A's.
     */
    private Attached splitsRespectively(StatedValue v) {
        NameOccurrence after = null;
        for (NameOccurrence o : datasets) {
            if (after == null && o.first() >= v.lastToken() && o.last() <= respectively
                    && clauses.same(o.first(), v.valueStart())) {
                after = o;
            }
        }
        if (after == null) {
            return null;
        }
        int j = after.last();
        int splits = 0;
        while (j < respectively) {
            Matcher m = SPLIT_NAME.matcher(words[j]);
            if (!m.matches()) {
                break;
            }
            splits++;
            j++;
            while (j < respectively && SPLIT_LIST_JOINS.contains(words[j].toLowerCase(Locale.ROOT))) {
                j++;
            }
        }
        if (j < respectively && SPLIT_LIST_NOUNS.contains(
                words[j].toLowerCase(Locale.ROOT))) {
            j++;
        }
        if (j < respectively && words[j].equals(",")) {
            j++;
        }
        int previousEnd = 0;
        for (NameOccurrence o : datasets) {
            if (o.last() <= v.firstToken()) {
                previousEnd = Math.max(previousEnd, o.last());
            }
        }
        final int from = previousEnd;
        NameOccurrence target = after;
        long values = stated.stream().filter(x -> x.valueStart() >= from && x.lastToken() <= target.first()
                && clauses.same(x.valueStart(), v.valueStart())).count();
        return splits >= 2 && j == respectively && values == splits
                ? new Attached(after.link(), "respectively-splits", 0.9, false) : null;
    }

    /** Words after "respectively" that bring in the settings it pairs the values with. */
    private static final Set<String> SETTING_WORDS = Set.of("for", "with", "using", "under", "when");

    /**
     * "x, y and z top-1 on A respectively for P, Q and R": "respectively" followed by a preposition of settings and
     * at least two datasets fewer after it than values of v's kind before it ("..., A pre-training and B
     * pre-training") pairs the values with those settings, not with datasets.
     */
    private boolean settingsAfterRespectively(StatedValue v) {
        int j = respectively + 1;
        if (j < words.length && words[j].equals(",")) {
            j++;
        }
        long values = stated.stream().filter(x -> sameKind(x, v) && x.valueStart() < respectively).count();
        return v.valueStart() < respectively && j < words.length
                && SETTING_WORDS.contains(words[j].toLowerCase(Locale.ROOT)) && NameOccurrence.distinctLinks(
                datasets.stream().filter(o -> o.first() > respectively).toList()).size() < values - 1;
    }

    /** The one dataset named between value {@code v} and "respectively", in v's clause and not in a list, or null. */
    private Attached sharedBeforeRespectively(StatedValue v) {
        List<NameOccurrence> between = datasets.stream()
                .filter(o -> o.first() >= v.lastToken() && o.last() <= respectively).toList();
        if (NameOccurrence.distinctLinks(between).size() != 1 || !clauses.same(between.get(0).first(), v.valueStart())
                || between.stream().anyMatch(this::inList)) {
            return null;
        }
        return new Attached(between.get(0).link(), "respectively-settings", 0.9, false);
    }

    /** A dataset is named after the value in its clause. */
    private boolean datasetAfter(StatedValue v) {
        return datasets.stream().anyMatch(o -> o.first() >= v.lastToken() && clauses.same(o.first(), v.valueStart()));
    }

    /**
     * "On A, ...", "On the popular A benchmark, ...": the sentence opens with a preposition and its only dataset
     * before the first comma, no number between; that dataset frames the whole sentence.
     */
    private Attached opening(StatedValue v) {
        List<PaperLink> all = NameOccurrence.distinctLinks(datasets);
        int first = firstWord();
        if (all.size() != 1 || !OPENING_PREPOSITIONS.contains(words[first].toLowerCase(Locale.ROOT))) {
            return null;
        }
        NameOccurrence o = datasets.get(0);
        for (int j = first + 1; j < o.first(); j++) {
            if (words[j].equals(",") || words[j].chars().anyMatch(Character::isDigit)) {
                return null;
            }
        }
        for (int j = o.last(); j < v.firstToken(); j++) {
            if (words[j].equals(",")) {
                return new Attached(all.get(0), "opening", 0.95, false);
            }
            if (words[j].equals(";") || words[j].chars().anyMatch(Character::isDigit)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The sentence's first word after an item marker of an enumerated list ("(3) On A, ...", "2) On A, ...",
     * "(iii) On A, ..."), which is no word of the statement.
     */
    private int firstWord() {
        if (words.length > 3 && words[0].equals("(") && words[2].equals(")") && ITEM_MARK.matcher(words[1]).matches()) {
            return 3;
        }
        if (words.length > 2 && ITEM_MARK.matcher(words[0]).matches() && words[1].equals(")")) {
            return 2;
        }
        return afterConnective();
    }

    /**
     * "Moreover, on A, ...", "For instance, on the A dataset, we ...": a connective of one or two words and its comma
     * link the sentence to the one before; the preposition after the comma opens the statement as it would at the
     * start.
     */
    private int afterConnective() {
        for (int c = 1; c <= 2 && c + 1 < words.length; c++) {
            if (!words[c].equals(",")) {
                continue;
            }
            for (int j = 0; j < c; j++) {
                if (!words[j].chars().allMatch(Character::isLetter) || j > 0 && !words[j].equals(
                        words[j].toLowerCase(Locale.ROOT))) {
                    return 0; // "Zorb, ..." or "On Zorb, ...": a name or the opening phrase itself, no connective
                }
            }
            if (OPENING_PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT)) && c == 1
                    || !OPENING_PREPOSITIONS.contains(words[c + 1].toLowerCase(Locale.ROOT))) {
                return 0;
            }
            return c + 1;
        }
        return 0;
    }

    private static final Pattern ITEM_MARK = Pattern.compile("\\d{1,2}|[ivx]{1,4}|[a-h]");

    /** "16.8% on A, 14.3% on B": A, named right after the previous value, is that value's dataset. */
    private boolean namedRightAfter(int previousEnd, NameOccurrence o) {
        return o.first() >= previousEnd && o.first() - previousEnd <= 2
                && onlyListWords(previousEnd, o.first(), Set.of("on", "in", "for", "at", "across", "the"));
    }

    /** "F1 and AUC of 0.91 and 0.93 on A": one dataset for all, named right after the list or right before it. */
    private Attached sharedByMetricList(List<StatedValue> group, StatedValue v) {
        int first = Math.min(group.get(0).firstToken(), group.get(0).metricStart());
        int last = group.get(group.size() - 1).lastToken();
        for (NameOccurrence o : datasets) {
            if (o.first() >= last && o.first() - last <= AFTER_WINDOW && clauses.same(last - 1, o.first())) {
                return inList(o) ? null : new Attached(o.link(), "after-list", 1.0, false);
            }
        }
        NameOccurrence before = null;
        for (NameOccurrence o : datasets) {
            if (o.last() <= first && first - o.last() <= BEFORE_WINDOW && clauses.same(o.first(), first)) {
                before = o;
            }
        }
        if (before != null) {
            return inList(before) ? null : new Attached(before.link(), "before-list", 1.0, false);
        }
        return framing(v);
    }

    /** A value list with no "respectively": paired with the datasets named right after it when as many. */
    private Attached pairedList(List<StatedValue> group, StatedValue v) {
        int last = group.get(group.size() - 1).lastToken();
        List<NameOccurrence> right = datasets.stream().filter(o -> o.first() >= last
                && clauses.same(o.first(), last - 1)).toList();
        List<PaperLink> after = NameOccurrence.distinctLinks(right);
        if (after.size() == group.size()) {
            return new Attached(after.get(group.indexOf(v)), "paired", 0.95, false);
        }
        // "52.6% and 48.0% mAP on the Kestrel 2007 and 2012 sets": the list's items, linked or not, are what the
        // values pair with; an item no link names gives its value no dataset
        if (right.isEmpty() || right.get(0).first() - last > AFTER_WINDOW) {
            return null;
        }
        List<PaperLink> listed = items.around(right.get(0), words.length);
        return listed != null && listed.size() == group.size() && listed.get(group.indexOf(v)) != null
                ? new Attached(listed.get(group.indexOf(v)), "paired-items", 0.95, false) : null;
    }

    private boolean onlyListWords(int from, int to) {
        return onlyListWords(from, to, LIST_JOINS);
    }

    private boolean onlyListWords(int from, int to, Set<String> allowed) {
        for (int j = from; j < to; j++) {
            if (!allowed.contains(words[j].toLowerCase(Locale.ROOT)) && !words[j].equals(")")) {
                return false;
            }
        }
        return true;
    }

    /** The dataset name is one item of a list of dataset names ("A, B and C"). */
    private boolean inList(NameOccurrence o) {
        for (NameOccurrence other : datasets) {
            if (other == o || other.link().entityKey().equals(o.link().entityKey())) {
                continue;
            }
            if (other.first() >= o.last() && joinedByListWords(o.last(), other.first())
                    || other.last() <= o.first() && joinedByListWords(other.last(), o.first())) {
                return true;
            }
        }
        return false;
    }

    private boolean joinedByListWords(int from, int to) {
        if (to - from > 3) {
            return false;
        }
        boolean join = false;
        for (int j = from; j < to; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (!LIST_JOINS.contains(w)) {
                return false;
            }
            join |= !w.equals("the");
        }
        return join;
    }

    /**
     * A dataset named right after the value and before its metric, with only lower-case words between it and the
     * metric ("99.5% Kestrel face verification accuracy"): the value's own phrase names its dataset, whatever a
     * "respectively" elsewhere in the sentence pairs.
     */
    /**
     * The token after ")" when value {@code k} is followed at once by brackets that hold only the next value (its
     * metric and at most two more words): "41.2% AP (62.8% AP50) for the A dataset"; otherwise 0.
     */
    private int secondScoreInBrackets(int k) {
        StatedValue v = stated.get(k);
        int open = v.lastToken();
        if (k + 1 >= stated.size() || open >= words.length || !words[open].equals("(")) {
            return 0;
        }
        StatedValue next = stated.get(k + 1);
        if (Math.min(next.firstToken(), next.valueStart()) != open + 1) {
            return 0;
        }
        for (int j = next.lastToken(); j < Math.min(words.length, next.lastToken() + 3); j++) {
            if (words[j].equals(")")) {
                int close = j;
                boolean alone = k + 2 >= stated.size() || stated.get(k + 2).valueStart() > close;
                return alone ? close + 1 : 0;
            }
            if (words[j].equals("(") || words[j].equals(",") || words[j].equals(";")) {
                return 0;
            }
        }
        return 0;
    }

    private Attached betweenValueAndMetric(StatedValue v) {
        if (v.metricStart() < v.valueEnd()) {
            return null;
        }
        for (NameOccurrence o : datasets) {
            if (o.first() == v.valueEnd() && o.last() <= v.metricStart()) {
                for (int j = o.last(); j < v.metricStart(); j++) {
                    if (!words[j].matches("[a-z][a-z0-9-]*")) {
                        return null;
                    }
                }
                return new Attached(o.link(), "inside", 1.0, false);
            }
        }
        return null;
    }
}
