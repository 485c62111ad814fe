package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * The paper's side of a comparison of two values: "our model beats X on A (15.8 vs 18.3 perplexity)", "exceeding the
 * best methods (e.g., 89.1% v.s. 81.0% for the mAP)", "keep most MRR performance (70.4% vs. 71.2%)", "(90.9% compared
 * to the best accuracy of 89.4%)". Writers put their own value first; the rule takes it only when the words say so:
 * the clause before the pair has a claim ("outperforms", "achieves", "keep") whose subject speaks of "our"/"we"/
 * "proposed", and, when it claims to be better ("outperforms", "exceeding"), the first value is the better one by the metric's direction ("improves by
 * +0.9% (90.2% vs. 91.1%)" puts the old value first and is left). The metric is named right after the second value,
 * right before the bracket, or is the second value's own in "a compared to ... METRIC of b". The second value is the
 * other side's and is left to the other rules, which mark it as a baseline's.
 */
final class ComparedPairs {

    /** The rule of the values this class reads. */
    static final String RULE = "compared-pair";
    /**
     * The rule of the paper's side when the claim's subject is a coined name ("OwlSeg improves over X (a vs. b)"):
     * the method binder gives it only to a proposed method named as that subject.
     */
    static final String NAMED_RULE = "compared-pair-named";
    /** The rule of the other side of a pair ("b" in "(a vs. b)"): the binder gives it only to a baseline it names. */
    static final String OTHER_RULE = "compared-pair-other";

    private ComparedPairs() {
    }

    /** Words that set two scores against each other ("a vs. b"). */
    static final Set<String> VERSUS = Set.of("vs", "vs.", "versus", "v.s.", "v.s");
    private static final Set<String> COMPARED = Set.of("compared", "comparing");
    /** What follows "compared" in a comparison ("compared to", "compared with"). */
    private static final Set<String> COMPARED_PREPOSITIONS = Set.of("to", "with");
    private static final Set<String> OWN = Set.of("our", "we", "ours", "proposed");
    /** Verbs that state the paper's score ("achieves state-of-the-art results (a compared to b)"). */
    private static final Set<String> ACHIEVING = Set.of("achieves", "achieve", "achieved", "achieving", "attains",
            "attain", "obtains", "obtain", "reaches", "reach", "sets", "yields");
    /** Verbs and adjectives of a claim to be better: the paper's value must then be the better one. */
    private static final Set<String> BETTER = Set.of("outperforms", "outperform", "outperforming", "outperformed",
            "exceeds", "exceed", "exceeding", "exceeded", "surpasses", "surpass", "surpassing", "surpassed", "beats",
            "beat", "beating", "improves", "improve", "improving", "improved", "superior", "better", "gains",
            "advances", "advancing");
    /** Words of a claim to keep close to another's score, where the paper's value may be the worse one. */
    private static final Set<String> KEEPING = Set.of("keep", "keeps", "keeping", "retain", "retains", "retaining",
            "maintain", "maintains", "maintaining", "preserve", "preserves", "preserving", "comparable", "close",
            "competitive", "similar", "matches", "match", "matching");
    /** Words between a metric and the bracket that opens the pair ("MRR state-of-the-art performance ("). */
    private static final Set<String> PERFORMANCE = Set.of("state-of-the-art", "performance", "score", "scores",
            "result", "results", "value", "values");

    /** Values of {@code numbers} that are the paper's side of a stated comparison, not already read in {@code read}. */
    static List<StatedValue> find(String[] words, MetricMatch[] startsAt, MetricMatch[] endsAt,
                                  List<NumberToken> numbers, List<StatedValue> read) {
        List<StatedValue> out = new ArrayList<>();
        for (int k = 0; k + 1 < numbers.size(); k++) {
            NumberToken a = numbers.get(k);
            NumberToken b = numbers.get(k + 1);
            if (a.fromValue() || a.toValue() || b.fromValue() || b.toValue() || a.plus() || b.plus()
                    || read.stream().anyMatch(v -> v.valueStart() == a.start())
                    || !Objects.equals(a.unit(), b.unit())) {
                continue;
            }
            MetricMatch metric = pairMetric(words, startsAt, endsAt, a, b, read);
            Side side = metric == null ? Side.NONE : ownSide(words, a, b, metric.metric());
            if (side == Side.NONE) {
                continue;
            }
            out.add(new StatedValue(metric.metric(), a.value(), a.unit(), false, false, a.start(), a.end(),
                    metric.start(), metric.end(), -1 - a.start(), side == Side.OWN_WORD ? RULE : NAMED_RULE));
            if (metric.start() >= b.end() && ComparedPairs.VERSUS.contains(lower(words[a.end()]))) {
                // the other side, with the metric written after it ("(a vs. b METRIC)"): a baseline's score when the
                // clause names the compared method, which the method binder asks for
                out.add(new StatedValue(metric.metric(), b.value(), b.unit(), false, true, b.start(), b.end(),
                        metric.start(), metric.end(), -1 - b.start(), OTHER_RULE));
            }
        }
        // the other side of a claim written with the beaten method's name: "outperforming X (b)"
        out.addAll(BeatenScores.find(words, startsAt, numbers, read));
        return out;
    }

    /** Whose side the first value of a pair is, as the claim before it says. */
    private enum Side {
        /** not said */
        NONE,
        /** "our"/"we"/"proposed" is the claim's subject */
        OWN_WORD,
        /** a coined name is the claim's subject: the paper's only if that name is its proposed method */
        NAMED
    }

    /** The metric of "a vs b": after b, before the bracket around the pair, or b's own after "compared to". */
    private static MetricMatch pairMetric(String[] words, MetricMatch[] startsAt, MetricMatch[] endsAt,
                                          NumberToken a, NumberToken b, List<StatedValue> read) {
        int between = b.start() - a.end();
        String join = lower(words[a.end()]);
        if (between == 1 && VERSUS.contains(join)) {
            int j = b.end();
            if (j < words.length && (lower(words[j]).equals("for") || lower(words[j]).equals("in"))) {
                j++;
                if (j < words.length && lower(words[j]).equals("the")) {
                    j++;
                }
            }
            if (j < words.length && startsAt[j] != null) {
                return startsAt[j]; // "15.8 vs 18.3 perplexity", "89.1% v.s. 81.0% for the mAP"
            }
            int open = a.start() - 1;
            if (open >= 1 && words[open].equals("(") && b.end() < words.length && words[b.end()].equals(")")) {
                int m = open;
                while (m > 0 && open - m < 3 && PERFORMANCE.contains(lower(words[m - 1]))) {
                    m--;
                }
                return endsAt[m]; // "keep most MRR state-of-the-art performance (70.4% vs. 71.2%)"
            }
            return null;
        }
        if (COMPARED.contains(join) && between <= 7 && a.end() + 1 < words.length
                && COMPARED_PREPOSITIONS.contains(lower(words[a.end() + 1]))) {
            // "(90.9% compared to the best accuracy of 89.4%)": the second value's metric, read by the other rules
            for (StatedValue v : read) {
                if (v.valueStart() == b.start() && v.metricStart() > a.end() && v.metricEnd() <= b.start()
                        && !v.improvement()) {
                    return new MetricMatch(v.metric(), v.metricStart(), v.metricEnd());
                }
            }
        }
        return null;
    }

    /**
     * The clause before the pair makes a claim whose subject is the paper's own ("our", "we", "proposed" before the
     * claim word), and the claim agrees with the values: better by the metric's direction after a word of being better, or
     * a word of keeping close to another's score.
     */
    private static Side ownSide(String[] words, NumberToken a, NumberToken b, Metric metric) {
        int start = a.start();
        if (start >= 1 && words[start - 1].equals("(")) {
            start--;
        }
        if (start >= 1 && (lower(words[start - 1]).equals("e.g.") || lower(words[start - 1]).equals("e.g"))) {
            start--;
        }
        if (start >= 1 && words[start - 1].equals(",")) {
            start--;
        }
        if (start >= 1 && words[start - 1].equals("(")) {
            start--;
        }
        if (numberBefore(words, start)) {
            return Side.NONE; // "improves by +0.9% (a vs b)": a gain right before the pair, which puts the old value first
        }
        boolean own = false;
        boolean named = false;
        boolean better = false;
        boolean keeping = false;
        boolean stated = false;
        for (int j = start - 1; j >= 0 && !Clauses.CONTRAST_BREAKS.contains(lower(words[j])); j--) {
            String w = lower(words[j]);
            if (BETTER.contains(w) || KEEPING.contains(w)) {
                better |= BETTER.contains(w);
                keeping |= KEEPING.contains(w);
                own = false; // the paper's own must be the subject of the claim, before it: not "X beats our model"
                named = j >= 1 && coinedName(words[j - 1]);
            } else if (OWN.contains(w)) {
                own = true;
            } else if (ACHIEVING.contains(w)) {
                stated = true;
                own = false;
                named = j >= 1 && coinedName(words[j - 1]);
            }
        }
        if (!(own || named) || !(better || keeping || stated)) {
            return Side.NONE; // "we compare it with X (a vs b)": no claim, so whose value is first is not said
        }
        int order = a.value().compareTo(b.value());
        boolean firstBetter = metric.direction() == Direction.HIGHER_IS_BETTER ? order > 0 : order < 0;
        if (!(firstBetter ? better || !keeping : keeping && !better)) {
            return Side.NONE;
        }
        return own ? Side.OWN_WORD : Side.NAMED;
    }

    /**
     * A word written as a coined name ("OwlSeg", "Owl2Seg", "OWL"): a capital after its first letter, or a capital
     * with a digit. Such a word right before the claim word is the claim's subject.
     */
    private static boolean coinedName(String w) {
        boolean capitalInside = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            capitalInside |= i > 0 && Character.isUpperCase(c);
            digit |= Character.isDigit(c);
        }
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && (capitalInside || digit);
    }

    /**
     * The claim word nearest before token {@code from} in its clause ("improves" in "X improves over Y (a vs. b)"),
     * or -1: what stands between it and the pair is the compared side.
     */
    static int claimBefore(String[] words, int from) {
        for (int j = from - 1; j >= 0 && !Clauses.CONTRAST_BREAKS.contains(lower(words[j])); j--) {
            if (claimAt(words, j)) {
                return j;
            }
        }
        return -1;
    }

    /** A claim word at token {@code j} ("improves", "outperforms", "achieves", "matches"). */
    static boolean claimAt(String[] words, int j) {
        String w = lower(words[j]);
        return BETTER.contains(w) || KEEPING.contains(w) || ACHIEVING.contains(w);
    }

    /** No word between tokens {@code from} and {@code to} that turns to another clause's claim ("while", ";"). */
    static boolean sameClaim(String[] words, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Clauses.CONTRAST_BREAKS.contains(lower(words[j]))) {
                return false;
            }
        }
        return true;
    }

    /** A number within the four tokens before {@code start}. */
    private static boolean numberBefore(String[] words, int start) {
        for (int j = start - 1; j >= Math.max(0, start - 4); j--) {
            if (ScoreNumbers.isNumber(words, j)) {
                return true;
            }
        }
        return false;
    }

    /** A comparison word at token {@code j}: "vs.", "versus", "compared to", "comparing with". */
    static boolean comparisonAt(String[] words, int j) {
        if (j >= words.length) {
            return false;
        }
        String w = lower(words[j]);
        return VERSUS.contains(w) || COMPARED.contains(w) && j + 1 < words.length
                && COMPARED_PREPOSITIONS.contains(lower(words[j + 1]));
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
