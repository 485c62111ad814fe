package org.paperkg.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * Finds metric values in one tokenised sentence: a number (with its unit) right before or after a metric name with
 * only connecting words between ("84.2% accuracy", "an accuracy of 84.2%", "improves BLEU by 2.1 points"), lists of
 * numbers sharing one metric, and a second score stated in parallel ("..., which achieved 72.46%"). Ranges ("80-85%",
 * "between 80 and 85"), the first number of "from A to B", spreads ("± 0.3"), years and counts ("10M parameters")
 * are never values. Tokens inside {@code blocked} (names of datasets and methods) are neither numbers nor metrics.
 */
final class SentenceValues {

    /** Words allowed between a metric name and a following value. */
    private static final Set<String> BEFORE_VALUE = Set.of("of", ":", "=", "(", "is", "was", "were", "are", "to",
            "by", "at", "reaches", "reached", "reaching", "achieves", "achieved", "achieving", "obtains", "obtained",
            "obtaining", "yields", "yielded", "yielding", "score", "scores", "rate", "value", "an", "a", "the", "up",
            "improves", "improved", "improving", "increases", "increased", "boosts", "boosted", "reduces", "reduced",
            "reducing", "lowers", "lowered", "around", "about", "approximately", "nearly", "almost", "roughly",
            "only", "just", "attains", "attained", "gets", "achieve", "reach",
            "obtain", "improve", "increase", "reduce", "boost", "state-of-the-art", "new", "record", "high",
            "gain", "gains", "improvement", "improvements", "reduction",
            "best", "highest", "lowest", "average", "mean", "overall", "absolute", "relative", "top",
            "respectively", "equal");
    /** Words allowed between a value and a following metric name. */
    private static final Set<String> AFTER_VALUE = Set.of("points", "point", "pp", "percentage", "absolute",
            "relative", "in", "higher", "lower", "better", "improvement", "improvements", "gain", "gains",
            "increase", "reduction", "decrease", "drop", "boost", "average", "mean", "top");
    private static final Set<String> IMPROVEMENT_WORDS = Set.of("by", "improvement", "improvements", "gain", "gains",
            "increase", "increases", "reduction", "decrease", "boost", "higher", "lower", "better", "drop", "+",
            "improves", "improved", "outperforms", "outperforming", "surpasses", "surpassing", "margin");
    /** Words that state a score: a gain word before them speaks of another number ("gains, achieving 98%"). */
    static final Set<String> SCORE_VERBS = Set.of("achieves", "achieved", "achieving", "achieve", "reaches",
            "reached", "reaching", "reach", "attains", "attained", "attaining", "obtains", "obtained", "obtaining",
            "scores", "scoring", "to", "at", "from", "yielding", "with", "preserving", "maintaining", ";");
    /** Words after a metric name that make the number a change in it, not a score or an improvement. */
    private static final Set<String> CHANGE_WORDS = Set.of("degradation", "drop", "drops", "loss", "gap", "difference",
            "variance", "deviation", "fluctuation", "decline");
    /** Words that may follow a value stated in parallel with an earlier one ("..., 79.1% on B"). */
    private static final Set<String> PARALLEL_NEXT = Set.of("on", "in", "for", "at", ",", ".", ")", "and", "with",
            "when", "across", "over", "using", "under", ";", "(", "respectively", "compared", "versus", "vs", "vs.",
            "while", "of", "from", "against", "to", "the", "after", "-", "–", ":");
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or");
    /** Nouns of a part of a benchmark's labels ("on open-set labels", "for rare classes"). */
    private static final Set<String> SUBSET_NOUNS = Set.of("labels", "classes", "categories", "subsets",
            "subgroups", "attributes");
    /** Words that join names of a list ("A, B and C"). */
    private static final Set<String> NAME_LIST_WORDS = Set.of("and", ",", "&");
    /** Nouns after a dataset's name ("the A and B datasets"). */
    private static final Set<String> DATA_NOUNS = Set.of("dataset", "datasets", "benchmark", "benchmarks");
    /** A rank alone ("top-1", "Rank-5"), which with "accuracy" or "error" is a metric of the list. */
    private static final Pattern RANK_QUALIFIER = Pattern.compile("(?i)(top|rank)-?\\d+");

    private final MetricLexicon lexicon;

    SentenceValues(MetricLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The values of one sentence, in text order. */
    List<StatedValue> find(String[] written, boolean[] blocked) {
        String[] words = gluedEndsCut(WordGluedNumber.cut(asideDashesDropped(written)));
        int n = words.length;
        MetricMatch[] startsAt = new MetricMatch[n];
        MetricMatch[] endsAt = new MetricMatch[n + 1];
        for (int i = 0; i < n; i++) {
            if (blocked[i]) {
                continue;
            }
            MetricMatch m = lexicon.matchAt(words, i);
            if (m != null && m.end() < n && words[m.end()].startsWith("@")) {
                continue; // "Recall@5" is a metric of its own, not recall
            }
            if (m != null && m.end() - m.start() == 1 && SuccessWord.narrowed(words, i)) {
                continue; // "60% prime success": a success of its own, no success rate
            }
            MetricMatch next = m != null && m.end() < n && !blocked[m.end()] ? lexicon.matchAt(words, m.end()) : null;
            if (next != null && m.end() - m.start() == 1 && RANK_QUALIFIER.matcher(words[m.start()]).matches()
                    && !next.metric().key().equals("accuracy") && !next.metric().key().equals("error-rate")) {
                i = next.end() - 1;
                continue; // "Top-1 Recall": a rank before another metric than accuracy names a metric of its own
            }
            if (m != null && next != null && next.metric().key().equals("accuracy")
                    && !m.metric().key().equals("accuracy") && !bareRank(words, m)
                    && !anyBlocked(blocked, next.start(), next.end())) {
                // "mIoU accuracy of 85.1%": "accuracy" after another metric's name is that metric's score, not accuracy
                m = new MetricMatch(m.metric(), m.start(), next.end());
            }
            if (m != null && !anyBlocked(blocked, m.start(), m.end())) {
                startsAt[i] = m;
                endsAt[m.end()] = m;
                i = m.end() - 1;
            }
        }
        DefinedAbbreviation.mark(words, blocked, startsAt, endsAt);
        for (int i = 0; i < n; i++) {
            if (!blocked[i] && startsAt[i] == null && !insideAny(startsAt, i) && PercentError.at(words, i)) {
                startsAt[i] = new MetricMatch(lexicon.byKey("error-rate").orElseThrow(), i, i + 1);
                endsAt[i + 1] = startsAt[i];
            }
        }
        int mixed = -1;
        for (int i = 0; i < n; i++) {
            if (!blocked[i] && startsAt[i] == null && !insideAny(startsAt, i) && characterOrWordLevel(words[i])) {
                // "bpc/perplexity": the head of a list whose values are each of one of the two; the first named stands
                // until the values are read, then each takes the one its size allows (below)
                mixed = i;
                startsAt[i] = new MetricMatch(lexicon.byKey(BPC).orElseThrow(), i, i + 1);
                endsAt[i + 1] = startsAt[i];
            }
        }
        List<NumberToken> numbers = ScoreNumbers.find(words, blocked, startsAt);
        List<StatedValue> out = new ArrayList<>();
        int group = 0;
        for (int k = 0; k < numbers.size(); k++) {
            // a run of numbers separated by commas and "and" is one list sharing a metric
            int last = k;
            while (last + 1 < numbers.size() && separatedByList(words, numbers.get(last), numbers.get(last + 1))) {
                last++;
            }
            List<NumberToken> run = numbers.subList(k, last + 1);
            attach(words, blocked, startsAt, endsAt, run, group++, out);
            k = last;
        }
        parallel(words, blocked, startsAt, numbers, out);
        out.addAll(ComparedPairs.find(words, startsAt, endsAt, numbers, out));
        out.addAll(FromToValues.find(words, startsAt, numbers, out));
        out.addAll(ScoreSpan.find(words, endsAt, numbers, out));
        out.addAll(FromToValues.improvedTo(words, numbers, out));
        out.addAll(FromToValues.lastStepTo(words, numbers, out));
        out.removeIf(v -> subsetBefore(words, v.firstToken()));
        out.sort((a, b) -> Integer.compare(a.valueStart(), b.valueStart()));
        if (mixed >= 0) {
            out = bySize(out, mixed);
        }
        return PriorWorkScores.apply(words, continuedGains(words, out));
    }

    private static final String BPC = "bits-per-character";
    private static final String PPL = "perplexity";

    /** A slash word of exactly bits per character and perplexity, in either order ("bpc/perplexity"). */
    private boolean characterOrWordLevel(String w) {
        String[] parts = w.split("/", -1);
        if (parts.length != 2) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        for (String p : parts) {
            lexicon.byName(p).ifPresent(m -> keys.add(m.key()));
        }
        return keys.equals(Set.of(BPC, PPL));
    }

    /**
     * The values read under a "bpc/perplexity" head, each given the metric its size allows: bits per character of
     * text lie below 3 (a byte holds 8), a word-level perplexity below 3 is unheard of and one above 8 cannot be bits
     * per character; a value between is left unread, as which it is is not said.
     */
    private List<StatedValue> bySize(List<StatedValue> values, int head) {
        Metric bpc = lexicon.byKey(BPC).orElseThrow();
        Metric ppl = lexicon.byKey(PPL).orElseThrow();
        List<StatedValue> out = new ArrayList<>();
        for (StatedValue v : values) {
            boolean fromHead = v.metric().key().equals(BPC) && v.valueStart() > head && v.unit() == null
                    && (v.metricStart() == head || v.rule().equals("parallel"));
            if (!fromHead) {
                out.add(v);
            } else if (v.value().compareTo(BigDecimal.valueOf(3)) < 0) {
                out.add(v);
            } else if (v.value().compareTo(BigDecimal.valueOf(8)) > 0) {
                out.add(new StatedValue(ppl, v.value(), v.unit(), v.improvement(), v.baselineCue(), v.valueStart(),
                        v.valueEnd(), v.metricStart(), v.metricEnd(), v.group(), v.rule()));
            }
        }
        return out;
    }

    private static boolean insideAny(MetricMatch[] startsAt, int i) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (startsAt[j] != null && startsAt[j].end() > i) {
                return true;
            }
        }
        return false;
    }

    /** A dash glued to a number: "-2.0", "–94.8". */
    private static final Pattern DASHED_NUMBER = Pattern.compile("[-\u2013\u2014](\\d{1,3}(?:\\.\\d+)?%?)");
    /** Words after which a dash glued to a number is its sign, or speaks of a change: "of -0.3", "by -2%". */
    private static final Set<String> SIGN_BEFORE = Set.of("of", "by", "is", "was", "were", "are", "be", "=", "to",
            "from", "and", "or", "a", "an", "change", "changes", "drop", "drops", "gain", "gains", "delta", "loss",
            "decrease", "increase", "difference", "than", "between", "at");

    /**
     * The words with the dash of an aside taken off the number it is glued to: in "competitive results -2.0%/4.2% WER
     * on A -as compared to B" the text lost the spaces of two dashes around an aside, so "-2.0" is no negative score.
     * Only after a plain word that is no sign's or change's ("of -0.3", "a drop -2%" stay negative), and only when a
     * second dash stands alone before a lower-case word later in the sentence, closing the aside.
     */
    static String[] asideDashesDropped(String[] words) {
        String[] out = words;
        for (int i = 1; i < words.length; i++) {
            Matcher m = DASHED_NUMBER.matcher(words[i]);
            String prev = lower(words[i - 1]);
            if (!m.matches() || !prev.chars().allMatch(Character::isLetter) || SIGN_BEFORE.contains(prev)
                    || !closingDashAfter(words, i + 1)) {
                continue;
            }
            if (out == words) {
                out = words.clone();
            }
            out[i] = m.group(1);
        }
        return out;
    }

    /** A metric's name glued by a full stop to the next sentence's first word: "48.4 mAP.Codes", "16 BLEU.We". */
    private static final Pattern GLUED_END = Pattern.compile("(\\S+?)\\.\\p{Lu}\\p{Ll}+");

    /**
     * The metric's name of a token that glues it to the next sentence when the space after the full stop was lost
     * ("results of 48.4 mAP.Codes are available"), right after a number or its percent sign; the tokenizer then keeps
     * the two sentences as one and the metric's name unread.
     */
    private String[] gluedEndsCut(String[] words) {
        String[] out = words;
        for (int i = 1; i < words.length; i++) {
            Matcher m = GLUED_END.matcher(words[i]);
            if (!m.matches() || !(words[i - 1].equals("%") || ScoreNumbers.isNumber(words, i - 1))) {
                continue;
            }
            String name = m.group(1);
            if (lexicon.matchAt(new String[] {name}, 0) == null) {
                continue;
            }
            if (out == words) {
                out = words.clone();
            }
            out[i] = name;
        }
        return out;
    }

    private static boolean closingDashAfter(String[] words, int from) {
        for (int j = from; j + 1 < words.length; j++) {
            if (DASHED_NUMBER.matcher(words[j]).matches()) {
                return false; // another dashed number first: a list of changes, not an aside
            }
            if ((words[j].equals("-") || words[j].equals("\u2013") || words[j].equals("\u2014"))
                    && words[j + 1].chars().allMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    private void attach(String[] words, boolean[] blocked, MetricMatch[] startsAt, MetricMatch[] endsAt, List<NumberToken> run, int group,
                        List<StatedValue> out) {
        NumberToken first = run.get(0);
        NumberToken lastNumber = run.get(run.size() - 1);
        Found after = after(words, startsAt, lastNumber);
        Found before = before(words, blocked, endsAt, first.anchor());
        if (eachItsOwn(words, run, before, after)) {
            // "an accuracy of 61.1% and 32.4% EAO": the first value is the metric's before it, the second the one after
            for (int r = 0; r < 2; r++) {
                NumberToken num = run.get(r);
                MetricMatch metric = r == 0 ? before.match : after.match;
                boolean improvement = num.plus() || GainCues.improvementBefore(words, first.start())
                        || GainCues.gainAfter(words, num.end()) || r == 1 && GainCues.gainAfterMetric(words, metric);
                out.add(new StatedValue(metric.metric(), num.value(), num.unit(), improvement,
                        GainCues.baselineCue(words, num.start()), num.start(), num.end(), metric.start(),
                        metric.end(), group, "each-own"));
            }
            return;
        }
        Found found = after != null && (before == null || after.skipped == 0) ? after : before;
        boolean valueFirst = found != null && found == after;
        if (valueFirst && bareRank(words, found.match)) {
            // "21.2% top-1 and 5.6% top-5 error": the bare rank is the ranked metric named after it, at its own rank
            MetricMatch ranked = rankedAfter(words, startsAt, found.match);
            if (ranked != null && !ranked.metric().key().equals(found.match.metric().key())) {
                MetricMatch own = rankedLike(words, found.match.start(), ranked);
                if (own == null) {
                    return; // a rank whose metric the lexicon does not know: not said which
                }
                found = new Found(own, found.skipped, found.improvement);
            }
        }
        boolean sentenceMetric = false;
        if (found == null && run.size() > 1 && run.stream().allMatch(x -> x.unit() != null)
                && Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase("respectively"))) {
            // "In accuracy, it reaches 94.1% and 69.0% on A and B, respectively": the sentence's only metric
            MetricMatch only = onlyMetricBefore(startsAt, first.start());
            found = only == null ? null : new Found(only, 0, false);
            sentenceMetric = found != null;
        }
        boolean bracketed = false;
        // (after an earlier value, such a number is left to the parallel reading: "45.0% AP, beyond A (43.5%)")
        if (found == null && run.size() == 1 && out.isEmpty() && bracketedAfterName(words, blocked, first)
                && (first.unit() != null || first.value().scale() > 0)) {
            // "on A (84.2%) and B (79.1%)": a value alone in brackets after a name takes the sentence's only metric
            MetricMatch only = onlyMetricBefore(startsAt, first.start());
            found = only == null ? null : new Found(only, 0, false);
            bracketed = found != null;
        }
        if (found == null && run.size() > 1 && slashed(words, run.get(0), run.get(1))) {
            slashList(words, run, group, out);
            return;
        }
        if (found == null) {
            return;
        }
        boolean list = run.size() > 1;
        boolean pair = list && slashed(words, run.get(0), run.get(1));
        if (pair && slashWordAt(words, lastNumber.end()) != null) {
            slashList(words, run, group, out); // "46.8/38.6 box/mask AP": the slash word right after the values
            return;
        }
        if (pair && (run.size() > 3 || slashBeside(words, found.match) || found.match.start() > first.start()
                && found.match.start() < lastNumber.start())) {
            return; // "45.1/39.2 box/mask AP": one value per metric, not said which
        }
        List<MetricMatch> metrics = found == before && before != null ? metricList(words, endsAt, found.match)
                : List.of(found.match);
        if (metrics.isEmpty() || metrics.size() > 1 && metrics.size() != run.size()) {
            return; // "F1 and AUC of 0.91, 0.93 and 0.95": which is which is not said
        }
        if (list && metrics.size() == 1 && found == before && unknownListItemBefore(words, blocked, endsAt, found.match)) {
            return; // "token F1, gist score and ROUGE-L of a, b and c": the values are of the names listed, not all ROUGE-L
        }
        for (int r = 0; r < run.size(); r++) {
            NumberToken num = run.get(r);
            MetricMatch metric = metrics.size() > 1 ? metrics.get(r) : found.match;
            if (num.fromValue()) {
                continue;
            }
            // "improvements of 7.3%, 3.2% and 1.0%": the words before the list speak for all of it
            boolean improvement = num.plus() || found.improvement || GainCues.improvementBefore(words, num.start())
                    || GainCues.improvementBefore(words, first.start()) || GainCues.gainAfter(words, num.end())
                    || GainCues.gainPhraseBefore(words, first.start())
                    || valueFirst && GainCues.gainAfterMetric(words, metric);
            String rule = bracketed ? "bracketed" : sentenceMetric ? "sentence-metric"
                    : metrics.size() > 1 ? "metric-list" : pair ? "pair"
                    : list ? "list"
                    : valueFirst ? "value-metric" : "metric-value";
            out.add(new StatedValue(metric.metric(), num.value(), num.unit(), improvement && !num.toValue(),
                    GainCues.baselineCue(words, num.start()), num.start(), num.end(), metric.start(), metric.end(),
                    group, rule));
        }
    }

    /**
     * Two values joined by "and" between two different metrics, each next to its own: "METRIC-A of a and b METRIC-B"
     * (only "of", ":" or "=" after the first metric, the second right after b). Not when either is a bare rank
     * ("top-1 accuracy of a and b top-5", left to the rank rules) or a value is a "from"/"to" value.
     */
    private static boolean eachItsOwn(String[] words, List<NumberToken> run, Found before, Found after) {
        if (run.size() != 2 || before == null || after == null || after.skipped != 0 || before.skipped != 1
                || before.match.metric().key().equals(after.match.metric().key())
                || bareRank(words, before.match) || bareRank(words, after.match)) {
            return false;
        }
        NumberToken a = run.get(0);
        NumberToken b = run.get(1);
        String link = lower(words[a.anchor() - 1]);
        return (link.equals("of") || link.equals(":") || link.equals("=")) && b.start() == a.end() + 1
                && lower(words[a.end()]).equals("and") && !a.fromValue() && !a.toValue() && !b.fromValue()
                && !b.toValue() && Objects.equals(a.unit(), b.unit());
    }

    /**
     * "72.3/75.3% AP/AR", "rank-1/mAP 91.1%/83.3%": values joined by slashes next to one word of as many metric names
     * joined by slashes (each a whole name, all different) are paired in order; "box/mask AP" names no two metrics.
     */
    private void slashList(String[] words, List<NumberToken> run, int group, List<StatedValue> out) {
        NumberToken first = run.get(0);
        NumberToken last = run.get(run.size() - 1);
        SlashWord word = first.start() >= 1 && words[first.start() - 1].contains("/")
                ? new SlashWord(first.start() - 1, first.start(), words[first.start() - 1].split("/", -1))
                : slashWordAt(words, last.end()) != null ? slashWordAt(words, last.end())
                : last.end() < words.length && AFTER_VALUE.contains(lower(words[last.end()]))
                        ? slashWordAt(words, last.end() + 1) : null;
        if (word == null || run.stream().anyMatch(x -> x.fromValue() || x.toValue())) {
            return;
        }
        int at = word.start();
        String[] parts = word.parts();
        if (parts.length != run.size()) {
            return;
        }
        List<Metric> metrics = wholeNames(parts);
        int metricEnd = word.end();
        if (metrics == null) {
            metrics = qualifiedNames(parts, words, word.end());
            metricEnd = metrics == null ? metricEnd : lexicon.matchAt(words, word.end()).end(); // "box/mask AP"
        }
        if (metrics == null) {
            return;
        }
        for (int r = 0; r < run.size(); r++) {
            NumberToken num = run.get(r);
            boolean improvement = num.plus() || GainCues.improvementBefore(words, first.start())
                    || GainCues.gainAfter(words, last.end());
            String unit = num.unit() != null ? num.unit() : last.unit(); // "72.3/75.3%": the unit written once
            out.add(new StatedValue(metrics.get(r), num.value(), unit, improvement,
                    GainCues.baselineCue(words, num.start()),
                    num.start(), num.end(), at, metricEnd, group, "slash-list"));
        }
    }

    /**
     * The slash word at {@code j}: one token ("box/mask") or, as the tokenizer cuts some, words joined by slash tokens
     * ("top-1", "/", "top-5"); else null.
     */
    private static SlashWord slashWordAt(String[] words, int j) {
        if (j >= words.length) {
            return null;
        }
        if (words[j].contains("/") && words[j].length() > 1) {
            return new SlashWord(j, j + 1, words[j].split("/", -1));
        }
        List<String> parts = new ArrayList<>(List.of(words[j]));
        int end = j + 1;
        while (end + 1 < words.length && words[end].equals("/") && !words[end + 1].contains("/")) {
            parts.add(words[end + 1]);
            end += 2;
        }
        return parts.size() > 1 && !words[j].contains("/") ? new SlashWord(j, end, parts.toArray(String[]::new)) : null;
    }

    /** Slash parts that are each a whole metric name, all different ("AP/AR"), else null. */
    private List<Metric> wholeNames(String[] parts) {
        List<Metric> metrics = new ArrayList<>();
        for (String part : parts) {
            MetricMatch m = part.isEmpty() ? null : lexicon.matchAt(new String[] {part}, 0);
            if (m == null || metrics.contains(m.metric())) {
                return null;
            }
            metrics.add(m.metric());
        }
        return metrics;
    }

    /**
     * "box/mask AP", "top-1/top-5 accuracy": slash parts, all different, that each make a metric's name with the metric
     * written right after them ("box AP", "mask AP"), else null.
     */
    private List<Metric> qualifiedNames(String[] parts, String[] words, int next) {
        MetricMatch after = next < words.length ? lexicon.matchAt(words, next) : null;
        if (after == null || Arrays.stream(parts).distinct().count() != parts.length) {
            return null;
        }
        String[] name = Arrays.copyOfRange(words, after.start(), after.end());
        List<Metric> metrics = new ArrayList<>();
        for (String part : parts) {
            String[] phrase = new String[name.length + 1];
            phrase[0] = part;
            System.arraycopy(name, 0, phrase, 1, name.length);
            MetricMatch m = part.isEmpty() ? null : lexicon.matchAt(phrase, 0);
            if (m == null || m.end() != phrase.length) {
                return null;
            }
            metrics.add(m.metric());
        }
        return metrics;
    }

    /**
     * "improves by 1.2 dB PSNR and 0.02 SSIM": a value with its own metric, joined by "and" or a comma right after a
     * gain with its metric, is a gain too (the "by" speaks for both).
     */
    private static List<StatedValue> continuedGains(String[] words, List<StatedValue> values) {
        List<StatedValue> out = new ArrayList<>(values);
        for (int k = 1; k < out.size(); k++) {
            StatedValue v = out.get(k);
            StatedValue before = out.get(k - 1);
            // "1.9% (AUC) and 7.8% (F1)": the closing bracket of a bracketed metric is part of the value's words
            int last = before.lastToken() < words.length && words[before.lastToken()].equals(")")
                    && before.metricEnd() == before.lastToken() && before.metricStart() > before.valueStart()
                    ? before.lastToken() + 1 : before.lastToken();
            if (last >= words.length) {
                continue;
            }
            // "by 3.9% AP, 5.1% recall, and 0.8% MR": the comma before a closing "and" joins as either alone does
            boolean serialAnd = v.valueStart() == last + 2 && words[last].equals(",")
                    && lower(words[last + 1]).equals("and");
            if (v.improvement() || !before.improvement() || !v.rule().equals("value-metric")
                    || !before.rule().equals("value-metric") || v.valueStart() != last + 1 && !serialAnd) {
                continue;
            }
            String join = lower(words[last]);
            if ((join.equals("and") || join.equals(",")) && !lower(words[before.valueStart() - 1]).equals("(")) {
                out.set(k, new StatedValue(v.metric(), v.value(), v.unit(), true, v.baselineCue(), v.valueStart(),
                        v.valueEnd(), v.metricStart(), v.metricEnd(), v.group(), v.rule()));
            }
        }
        return out;
    }

    /** "A (84.2%)": the number is alone in brackets right after a name (a dataset's or a method's). */
    private static boolean bracketedAfterName(String[] words, boolean[] blocked, NumberToken num) {
        return num.start() >= 2 && words[num.start() - 1].equals("(") && blocked[num.start() - 2]
                && num.end() < words.length && words[num.end()].equals(")");
    }

    /** The metric named before token {@code at} when the sentence names no other metric anywhere, else null. */
    private static MetricMatch onlyMetricBefore(MetricMatch[] startsAt, int at) {
        MetricMatch only = null;
        for (MetricMatch m : startsAt) {
            if (m == null) {
                continue;
            }
            if (only != null && !only.metric().key().equals(m.metric().key())) {
                return null;
            }
            only = only == null && m.end() <= at ? m : only == null ? null : only;
            if (only == null) {
                return null; // the first metric comes after the values
            }
        }
        return only;
    }

    /**
     * The metrics listed up to {@code last} ("F1 and AUC", "precision, recall and F1"), in text order: {@code last}
     * alone when no other metric comes right before it.
     */
    private List<MetricMatch> metricList(String[] words, MetricMatch[] endsAt, MetricMatch last) {
        List<MetricMatch> out = new ArrayList<>(List.of(last));
        int j = last.start();
        while (true) {
            int k = j;
            while (k > 0 && LIST_SEPARATORS.contains(lower(words[k - 1])) && j - k < 2) {
                k--;
            }
            if (k == j || endsAt[k] == null) {
                boolean unknownRank = k < j && k > 0 && RANK_QUALIFIER.matcher(words[k - 1]).matches()
                        && RANK_QUALIFIER.matcher(words[out.get(0).start()]).matches();
                return unknownRank ? List.of() : out; // "top-3 and top-5 errors": top-3 error is not top-5's
            }
            MetricMatch listed = endsAt[k];
            if (listed.end() - listed.start() == 1 && RANK_QUALIFIER.matcher(words[listed.start()]).matches()
                    && out.get(0).end() - out.get(0).start() > 1
                    && RANK_QUALIFIER.matcher(words[out.get(0).start()]).matches()) {
                // "top-1 and top-5 errors": a bare rank before a ranked metric is that metric at its own rank
                listed = rankedLike(words, listed.start(), out.get(0));
                if (listed == null) {
                    return List.of(); // a rank whose metric the list does not know: which is which is not said
                }
            }
            if (listed.metric().key().equals(out.get(0).metric().key())) {
                return out;
            }
            out.add(0, listed);
            j = listed.start();
        }
    }

    /**
     * The metric is the last of a list of names whose item before it is a word the lexicon does not know ("gist score
     * and ROUGE-L", "speed and accuracy"): a word joined to it by "and", "or" or a comma, not a dataset's or method's
     * name.
     */
    private static boolean unknownListItemBefore(String[] words, boolean[] blocked, MetricMatch[] endsAt, MetricMatch m) {
        int join = m.start() - 1;
        if (join < 1 || !LIST_SEPARATORS.contains(lower(words[join])) || endsAt[join] != null || blocked[join - 1]) {
            return false;
        }
        String item = words[join - 1];
        return item.chars().anyMatch(Character::isLetter) && !item.equals(")");
    }

    /** A metric written as a rank alone ("top-1", "Rank-5"). */
    private static boolean bareRank(String[] words, MetricMatch m) {
        return m.end() - m.start() == 1 && RANK_QUALIFIER.matcher(words[m.start()]).matches();
    }

    /**
     * After a bare rank, the next metric when only list words and values come between and it is a ranked name of
     * more than the rank ("top-1 and 5.6% top-5 error"), else null.
     */
    private static MetricMatch rankedAfter(String[] words, MetricMatch[] startsAt, MetricMatch rank) {
        for (int k = rank.end(); k < Math.min(words.length, rank.end() + 6); k++) {
            if (startsAt[k] != null) {
                MetricMatch m = startsAt[k];
                return m.end() - m.start() > 1 && RANK_QUALIFIER.matcher(words[m.start()]).matches() ? m : null;
            }
            String w = lower(words[k]);
            if (!(LIST_SEPARATORS.contains(w) || w.equals("%") || ScoreNumbers.isNumber(words, k))) {
                return null;
            }
        }
        return null;
    }

    /** The metric named by the rank at token {@code rank} followed by the rest of {@code ranked}'s name. */
    private MetricMatch rankedLike(String[] words, int rank, MetricMatch ranked) {
        String[] name = new String[ranked.end() - ranked.start()];
        name[0] = words[rank];
        System.arraycopy(words, ranked.start() + 1, name, 1, name.length - 1);
        MetricMatch m = lexicon.matchAt(name, 0);
        return m == null || m.end() != name.length ? null : new MetricMatch(m.metric(), rank, rank + 1);
    }

    /** A metric after the value, with only unit and comparison words between. */
    private static Found after(String[] words, MetricMatch[] startsAt, NumberToken num) {
        MetricMatch bracketed = bracketedMetric(words, startsAt, num.end());
        if (bracketed != null) {
            return new Found(bracketed, 0, false); // "61.42 (GLEU) on B": the metric alone in brackets after the value
        }
        int j = ofPluralMetric(words, startsAt, usingMetric(words, startsAt, inTermsOf(words, remarkEnd(words, num.end()))));
        int skipped = 0;
        boolean improvement = false;
        while (j < words.length && skipped <= 3) {
            if (startsAt[j] != null) {
                MetricMatch m = startsAt[j];
                if (m.end() < words.length && CHANGE_WORDS.contains(lower(words[m.end()]))) {
                    return null;
                }
                boolean afterwards = m.end() < words.length && IMPROVEMENT_WORDS.contains(lower(words[m.end()]))
                        && !lower(words[m.end()]).equals("by");
                return new Found(m, skipped, improvement || afterwards);
            }
            String w = lower(words[j]);
            if (j == num.end() && j + 1 < words.length && !(num.start() > 0 && lower(words[num.start() - 1]).equals("at")) && startsAt[j + 1] != null && madeName(words[j])) {
                // "85.5% ImageNet top-1 accuracy": the benchmark's name between the value and its metric
                j++;
                continue;
            }
            if (j == num.end() && j + 1 < words.length && startsAt[j + 1] != null && qualifier(words[j])
                    && QUALIFIED_HEADS.contains(startsAt[j + 1].metric().key())) {
                // "97.1% request accuracy", "47% adversarial accuracy": a word of its own kind before a general metric
                MetricMatch m = startsAt[j + 1];
                return new Found(new MetricMatch(m.metric(), j, m.end()), 0, false);
            }
            if (!AFTER_VALUE.contains(w)) {
                return null;
            }
            improvement |= IMPROVEMENT_WORDS.contains(w);
            skipped++;
            j++;
        }
        return null;
    }

    /** A metric's name alone in brackets right at {@code at} ("( GLEU )"), else null. */
    private static MetricMatch bracketedMetric(String[] words, MetricMatch[] startsAt, int at) {
        if (at + 2 >= words.length || !words[at].equals("(") || startsAt[at + 1] == null) {
            return null;
        }
        MetricMatch m = startsAt[at + 1];
        return m.end() < words.length && words[m.end()].equals(")") ? m : null;
    }

    /** Metrics whose name is a general head a word of its own kind may qualify ("request accuracy"). */
    private static final Set<String> QUALIFIED_HEADS = Set.of("accuracy", "success-rate", "error-rate");
    /** Words that never qualify a metric: they join, compare or speak of someone else's score. */
    private static final Set<String> NO_QUALIFIER = Set.of("on", "in", "of", "for", "with", "and", "or", "the", "than",
            "as", "at", "by", "to", "from", "over", "its", "their", "our", "human", "humans", "baseline", "previous",
            "prior", "same", "similar", "comparable", "competitive", "overall");

    /**
     * A lower-case word of letters (maybe hyphenated) that may name the kind of a general metric after it: not a
     * comparison or change ("higher", "improved", "drop"), not a joining word, not someone else's ("human").
     */
    private static boolean qualifier(String w) {
        String l = lower(w);
        return w.equals(l) && l.length() >= 3 && l.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !NO_QUALIFIER.contains(l) && !AFTER_VALUE.contains(l) && !IMPROVEMENT_WORDS.contains(l)
                && !GainCues.GAIN_AFTER.contains(l) && !CHANGE_WORDS.contains(l)
                && !ScoreNumbers.NOT_A_SCORE.contains(l)
                && !ScoreNumbers.DATA_SHARE.contains(l) && !l.endsWith("ed") && !l.endsWith("er") && !l.endsWith("ly");
    }

    /**
     * "(37.2 in terms of BLEU score)": after "in terms of" (and "the") the metric the value is written in follows; it
     * wins over a general word before the value ("accuracy (37.2 in terms of BLEU)"). Else {@code at}.
     */
    private static int inTermsOf(String[] words, int at) {
        if (at + 3 < words.length && lower(words[at]).equals("in") && lower(words[at + 1]).equals("terms")
                && lower(words[at + 2]).equals("of")) {
            return lower(words[at + 3]).equals("the") ? at + 4 : at + 3;
        }
        return at;
    }

    /**
     * "79.6% and 84.6% of accuracies on A": "of" and a metric's plural name right after the values gives them that
     * metric; the index of the name, else {@code at}. Only a plural with no article ("95% of the accuracy" and "95% of
     * accuracy" are shares of a score), not followed by "of" ("90% of accuracies of the teacher").
     */
    static int ofPluralMetric(String[] words, MetricMatch[] startsAt, int at) {
        if (at + 1 >= words.length || !lower(words[at]).equals("of") || startsAt[at + 1] == null) {
            return at;
        }
        MetricMatch m = startsAt[at + 1];
        String last = lower(words[m.end() - 1]);
        boolean plural = last.endsWith("ies") || last.endsWith("s") && !last.endsWith("ss") && last.length() > 3;
        boolean ofAfter = m.end() < words.length && lower(words[m.end()]).equals("of");
        return plural && !ofAfter ? at + 1 : at;
    }

    /** Words that bring in the metric a value is measured with ("93.3% using the AUC metric"). */
    private static final Set<String> MEASURED_WITH = Set.of("using", "under", "with", "by");
    /** Nouns that close a metric's name and say it is one ("the AUC metric"). */
    private static final Set<String> METRIC_NOUNS = Set.of("metric", "measure", "criterion");

    /**
     * "93.3% using the Q-S AUC metric": after "using the" (or "under", "with", "by the") the metric that the noun
     * "metric" closes, maybe after one written name of what it is computed on ("Q-S"), gives the value its metric; the
     * index of that metric's name, else {@code at}. Not "using the AUC of ..." (no closing noun).
     */
    private static int usingMetric(String[] words, MetricMatch[] startsAt, int at) {
        if (at + 3 >= words.length || !MEASURED_WITH.contains(lower(words[at]))
                || !lower(words[at + 1]).equals("the")) {
            return at;
        }
        for (int m = at + 2; m <= at + 3 && m < words.length; m++) {
            if (startsAt[m] != null) {
                int end = startsAt[m].end();
                return end < words.length && METRIC_NOUNS.contains(lower(words[end])) ? m : at;
            }
            if (words[m].chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                return at;
            }
        }
        return at;
    }

    /**
     * After a remark in brackets that holds a number ("82.4% (+5.1% over the previous best) top-1 accuracy"), the
     * token after the closing bracket, else {@code at}.
     */
    private static int remarkEnd(String[] words, int at) {
        if (at >= words.length || !words[at].equals("(")) {
            return at;
        }
        boolean number = false;
        for (int k = at + 1; k < Math.min(words.length, at + 10); k++) {
            if (words[k].equals(")")) {
                return number ? k + 1 : at;
            }
            if (words[k].equals("(")) {
                return at;
            }
            number |= ScoreNumbers.isNumber(words, k);
        }
        return at;
    }

    /** A metric before the value, with only connecting words between. */
    private static Found before(String[] words, boolean[] blocked, MetricMatch[] endsAt, int anchor) {
        int j = anchor;
        int skipped = 0;
        boolean improvement = false;
        boolean afterName = false;
        while (j > 0 && skipped <= 4) {
            if (endsAt[j] != null) {
                return new Found(endsAt[j], skipped, improvement);
            }
            String w = lower(words[j - 1]);
            if (w.equals(")") && j >= 2 && endsAt[j - 1] != null) {
                return new Found(endsAt[j - 1], skipped, improvement); // "word error rate (WER) of 5.2%"
            }
            if (blocked[j - 1] && skipped < 4) {
                j--; // "accuracy on <dataset> of 84.2%": a dataset's name may sit between
                afterName = true;
                continue;
            }
            // "perplexities on A and B (datasets) to 47.7 and 40.7": the list of names joined by "and" or commas
            boolean joinsNames = afterName && NAME_LIST_WORDS.contains(w) && j >= 2 && blocked[j - 2];
            boolean dataNoun = DATA_NOUNS.contains(w) && j >= 2 && blocked[j - 2];
            if (joinsNames || dataNoun) {
                j--;
                continue;
            }
            if (METRIC_NOUNS.contains(w) && j >= 2 && endsAt[j - 1] != null) {
                return new Found(endsAt[j - 1], skipped, improvement); // "on the PESQ metric (3.17)"
            }
            if (w.equals("date") && j >= 2 && lower(words[j - 2]).equals("to")) {
                j -= 2; // "the highest top-1 accuracy to date: 84.1%": "to date" only dates the claim
                skipped++;
                continue;
            }
            // "F1 scores for A (0.95)": "for" before a name joins the metric to the name as "on" does
            boolean forName = w.equals("for") && afterName;
            afterName = false;
            if (!BEFORE_VALUE.contains(w) && !w.equals("on") && !forName) {
                int d = dataPhraseStart(words, blocked, j - 1);
                if (d >= 0) {
                    j = d; // "perplexities on two data sets: 57.3 on A and 65.8 on B"
                    skipped++;
                    continue;
                }
                int q = taskPhraseStart(words, blocked, j - 1);
                if (q < 0) {
                    return null;
                }
                j = q; // "F1 score on scope resolution of 92.4", "FID scores for class-conditional generation from"
                skipped++;
                continue;
            }
            improvement |= w.equals("by");
            skipped++;
            j--;
        }
        return null;
    }

    /** Words of a phrase that counts the data a list of scores is on ("on two data sets", "across all benchmarks"). */
    private static final Set<String> DATA_COUNT = Set.of("two", "three", "four", "five", "six", "both", "all", "the",
            "these", "several", "data", "public", "standard");
    private static final Set<String> DATA_HEADS = Set.of("sets", "datasets", "benchmarks", "corpora");

    /**
     * "on two data sets" before a colon that opens the values: for the plural data noun at {@code last}, the index of
     * the "on"/"across" that opens a phrase of at most four lower-case words counting the data, else -1. The phrase
     * names no dataset of its own; each value names its own after it.
     */
    private static int dataPhraseStart(String[] words, boolean[] blocked, int last) {
        if (last + 1 >= words.length || !words[last + 1].equals(":") || !DATA_HEADS.contains(words[last])) {
            return -1;
        }
        for (int q = last - 1; q >= Math.max(0, last - 4); q--) {
            String w = words[q];
            if (w.equals("on") || w.equals("across")) {
                return q < last - 1 ? q : -1;
            }
            if (blocked[q] || !DATA_COUNT.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "F1 score on scope resolution", "FID scores for conditional generation": for the lower-case word at {@code last},
     * the index of the "on"/"for" that opens a phrase of at most three such words right after "score(s)", else -1.
     * The phrase names the task the score is of; after any other metric word it may name a part of the data or a
     * setting ("accuracy for occluded scenes of 40%"), so it is allowed after "score" only.
     */
    private static int taskPhraseStart(String[] words, boolean[] blocked, int last) {
        for (int q = last; q >= Math.max(1, last - 3); q--) {
            String w = lower(words[q]);
            if ((w.equals("on") || w.equals("for")) && q < last) {
                String head = lower(words[q - 1]);
                return head.equals("score") || head.equals("scores") ? q : -1;
            }
            if (blocked[q] || !words[q].equals(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A number with no metric of its own, after a value with one in the same sentence, with the same unit and no
     * other metric name between: the sentence states a second score of the same metric ("84.2% accuracy on A and
     * 79.1% on B", "..., which achieved 72.46%").
     */
    private static void parallel(String[] words, boolean[] blocked, MetricMatch[] startsAt, List<NumberToken> numbers,
                                 List<StatedValue> out) {
        List<StatedValue> added = new ArrayList<>();
        for (NumberToken num : numbers) {
            if (num.fromValue() || out.stream().anyMatch(v -> v.valueStart() == num.start())) {
                continue;
            }
            StatedValue previous = null;
            for (StatedValue v : out) {
                // "91.3% on A (8.2% improvement) and 84.5% on B": a gain in brackets remarks on the score before it
                boolean bracketedGain = v.improvement() && v.valueStart() > 0 && words[v.valueStart() - 1].equals("(");
                if (v.valueEnd() <= num.start() && !bracketedGain
                        && (previous == null || v.valueEnd() > previous.valueEnd())) {
                    previous = v;
                }
            }
            if (previous == null || !java.util.Objects.equals(previous.unit(), num.unit())) {
                continue;
            }
            if (num.toValue() && (previous.valueStart() == 0
                    || !lower(words[previous.valueStart() - 1]).equals("to"))) {
                continue; // "from A to B" follows only another "from A to B" ("... and from C to D on Y")
            }
            boolean mirrored = MirroredBrackets.bracketedName(words, num.start(), num.end(), t -> blocked[t]) >= 0;
            if (num.unit() == null && !num.toValue() && !unitlessItem(words, num, previous) && !mirrored) {
                continue; // a bare number with no unit is no second score unless the sentence lists them so
            }
            boolean pairAfterPair = num.end() + 1 < words.length && words[num.end()].equals("/") && ScoreNumbers.isNumber(words, num.end() + 1)
                    && (previous.rule().equals("pair") || previous.rule().equals("parallel")
                    && previous.valueStart() > 0 && words[previous.valueStart() - 1].equals("/"));
            if (num.end() < words.length && !PARALLEL_NEXT.contains(lower(words[num.end()])) && !pairAfterPair) {
                continue; // "34.3% false positive rate": a value of a metric the list does not know
            }
            if (num.end() < words.length && lower(words[num.end()]).equals("in") && metricAfterIn(words, previous)) {
                continue; // "5% improvement in AUROC and 9% in Z": Z stands where the metric stood, another metric
            }
            if (namedOtherwise(words, blocked, startsAt, num)) {
                continue; // "F1 = 91.2%, MCC = 89.4%", "7.0% in RMSE and 19.3% in SqRel": another metric's value
            }
            if (!num.plus() && num.start() >= 2 && words[num.start() - 1].equals("(") && num.end() < words.length
                    && words[num.end()].equals(")")
                        && (words[num.start() - 2].equals("%") || ScoreNumbers.isNumber(words, num.start() - 2))
                        && !mirrored) {
                // "95.5% (94.8%)": a second reading of the value before (another average, a spread); unless the
                // names after mirror the brackets ("a (b) on the A (B) dataset")
                continue;
            }
            boolean otherMetric = false;
            for (int j = previous.lastToken(); j < num.start(); j++) {
                otherMetric |= startsAt[j] != null;
            }
            if (otherMetric) {
                continue;
            }
            boolean improvement = num.plus() || GainCues.improvementBefore(words, num.start())
                    || num.end() < words.length && IMPROVEMENT_WORDS.contains(lower(words[num.end()]))
                    || GainCues.gainAfter(words, num.end());
            if (!improvement && previous.improvement() && noScoreVerb(words, previous.valueEnd(), num.start())) {
                improvement = true; // "reduces FID by 38.6% on A and 34.6% on B": the second is a reduction too
            }
            if (improvement != previous.improvement()) {
                continue;
            }
            added.add(new StatedValue(previous.metric(), num.value(), num.unit(), improvement,
                    GainCues.baselineCue(words, num.start(), previous.valueEnd()),
                    num.start(), num.end(), num.start(), num.end(),
                    -1 - num.start(), "parallel"));
        }
        out.addAll(added);
    }

    /**
     * Earlier in the sentence "on"/"for" brings in a part of the labels in lower-case words ("near-perfect results on
     * open-set labels, with F1 of 0.99 on A"): the values are scores on that part, not the benchmark's.
     */
    private static boolean subsetBefore(String[] words, int start) {
        for (int j = start - 1; j >= 0 && !words[j].equals(";"); j--) {
            String w = lower(words[j]);
            if (!w.equals("on") && !w.equals("for")) {
                continue;
            }
            for (int k = j + 1; k < Math.min(start, j + 5); k++) {
                if (!words[k].equals(lower(words[k])) || !words[k].chars().allMatch(c -> Character.isLetter(c)
                        || c == '-')) {
                    break;
                }
                if (SUBSET_NOUNS.contains(words[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value's metric follows it after "in" ("5% improvement in AUROC"). */
    private static boolean metricAfterIn(String[] words, StatedValue v) {
        if (v.rule().equals("parallel") || v.metricStart() < v.valueEnd()) {
            return false;
        }
        for (int j = v.valueEnd(); j < v.metricStart(); j++) {
            if (lower(words[j]).equals("in")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number is named by a word the metric list does not know: "MCC = 89.4%", "MCC of 89.4%", "19.3% in SqRel"
     * (a written name, not a dataset's, not a metric of the list).
     */
    private static boolean namedOtherwise(String[] words, boolean[] blocked, MetricMatch[] startsAt, NumberToken num) {
        int b = num.start() - 1;
        if (b >= 1 && (words[b].equals("=") || words[b].equals(":") || lower(words[b]).equals("of"))
                && unknownName(words, blocked, startsAt, b - 1)) {
            return true;
        }
        int a = num.end();
        return a + 1 < words.length && lower(words[a]).equals("in") && unknownName(words, blocked, startsAt, a + 1);
    }

    /** Token {@code i} is a written name (with a capital) that is neither a dataset's or method's nor a metric. */
    private static boolean unknownName(String[] words, boolean[] blocked, MetricMatch[] startsAt, int i) {
        return !blocked[i] && !ScoreNumbers.insideMetric(startsAt, i)
                && words[i].chars().anyMatch(Character::isUpperCase)
                && words[i].chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * "an F1 of 92.4 on A, 95.7 on B": a number with no unit is stated in parallel with a decimal value before it
     * only when it has decimals too, follows a comma or "and" and is followed by what it is measured on.
     */
    private static boolean unitlessItem(String[] words, NumberToken num, StatedValue previous) {
        String before = num.start() > 0 ? lower(words[num.start() - 1]) : "";
        String after = num.end() < words.length ? lower(words[num.end()]) : "";
        return num.value().scale() > 0 && previous.value().scale() > 0 && previous.valueStart() > 0
                && (before.equals(",") || before.equals("and"))
                && (after.equals("on") || after.equals("in") || samePreposition(words, previous, num, after));
    }

    /** Prepositions that name a setting of each value in a list ("mAP 41.4 with A, 45.2 with B"). */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("with", "for", "using");

    /**
     * The word after this value is a setting's preposition, and the same one follows the value before: the two values
     * are items of one list of scores of one metric over named settings, not a bare count.
     */
    private static boolean samePreposition(String[] words, StatedValue previous, NumberToken num, String after) {
        // both on one scale: "81.2 with A, and 0.5 with B" mixes a percentage with a fraction, no list of one metric
        boolean sameScale = (previous.value().compareTo(BigDecimal.ONE) < 0) == (num.value().compareTo(BigDecimal.ONE) < 0);
        return SETTING_PREPOSITIONS.contains(after) && sameScale && previous.valueEnd() < words.length
                && lower(words[previous.valueEnd()]).equals(after);
    }

    private static boolean noScoreVerb(String[] words, int from, int to) {
        for (int j = from; j < to; j++) {
            if (SCORE_VERBS.contains(lower(words[j])) && !lower(words[j]).equals("with")) {
                return false;
            }
        }
        return true;
    }

    private static boolean separatedByList(String[] words, NumberToken a, NumberToken b) {
        if (slashed(words, a, b)) {
            return !a.fromValue() && !b.toValue();
        }
        for (int j = a.end(); j < b.start(); j++) {
            if (!LIST_SEPARATORS.contains(lower(words[j]))) {
                return false;
            }
        }
        return b.start() > a.end() && !a.fromValue() && !b.toValue();
    }

    /** A made name such as a benchmark's ("ImageNet", "LFW", "CIFAR-10"): capitals inside or a capital and digits. */
    private static boolean madeName(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && w.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** "72.4/73.6", "1.4%/2.6%": two numbers with only a slash between. */
    private static boolean slashed(String[] words, NumberToken a, NumberToken b) {
        return b.start() == a.end() + 1 && words[a.end()].equals("/");
    }

    /**
     * "85.1% mAP / 87.2% rank1": a value after a slash that follows a metric's name, with a metric's name of its own
     * right after it, is an item of a list written with slashes, not half of a ratio.
     */
    static boolean namedSlashItem(String[] words, MetricMatch[] startsAt, int i, int end) {
        if (i < 2 || !words[i - 1].equals("/") || end >= words.length || startsAt[end] == null) {
            return false;
        }
        for (int j = Math.max(0, i - 6); j < i - 1; j++) {
            if (startsAt[j] != null && startsAt[j].end() == i - 1) {
                return true;
            }
        }
        return false;
    }

    /** The number at {@code [i, end)} is one side of a slash pair of numbers. */
    static boolean slashPair(String[] words, int i, int end) {
        boolean before = i >= 2 && words[i - 1].equals("/")
                && (ScoreNumbers.isNumber(words, i - 2)
                        || i >= 3 && words[i - 2].equals("%") && ScoreNumbers.isNumber(words, i - 3));
        boolean after = end + 1 < words.length && words[end].equals("/") && ScoreNumbers.isNumber(words, end + 1);
        return before || after;
    }

    /**
     * A metric written next to a slash word ("box/mask AP", "AP/AR", "top-1/top-5 accuracy") names as many metrics or
     * variants as the pair has values: which value is which metric is not clear.
     */
    private static boolean slashBeside(String[] words, MetricMatch m) {
        // "top-1/top-5" may be one token or three
        for (int j = Math.max(0, m.start() - 3); j < Math.min(words.length, m.end() + 1); j++) {
            boolean valuesSlash = words[j].equals("/") && ScoreNumbers.isNumber(words, j + 1);
            if (words[j].contains("/") && !valuesSlash && (words[j].length() > 1 || j >= m.start() - 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyBlocked(boolean[] blocked, int from, int to) {
        for (int j = from; j < to; j++) {
            if (blocked[j]) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(java.util.Locale.ROOT);
    }

    private record SlashWord(int start, int end, String[] parts) {
    }

    private record Found(MetricMatch match, int skipped, boolean improvement) {
    }
}
