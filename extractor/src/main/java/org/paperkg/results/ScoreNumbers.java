package org.paperkg.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * The numbers of a tokenised sentence that may be scores, with their units: not a count, size or speed ("10M
 * parameters"), a share of data ("10% of the labels"), a bound ("over 90%"), an approximation, a range ("80-85%"), a
 * version after a name ("Owl-Set 2.0") or a denied score ("none reach 50%"); the old value of "from A to B" is marked.
 */
final class ScoreNumbers {

    private ScoreNumbers() {
    }

    private static final Pattern NUMBER = Pattern.compile("([+]?)(\\d{1,3}(?:\\.\\d+)?|\\.\\d+)(\\\\?%|dB)?");

    /** Words after a number that make it a count, size or speed, never a metric value. */
    static final Set<String> NOT_A_SCORE = Set.of("fewer", "less", "more", "faster", "slower", "smaller",
            "larger", "parameters", "params", "m", "b", "k", "x", "×", "times", "fold", "gb", "mb", "hours",
            "hour", "ms", "seconds", "s", "days", "epochs", "layers", "samples", "images", "examples", "tokens",
            "languages", "classes", "categories", "participants", "patients", "gpus", "flops", "steps", "shots",
            "shot", "training", "labeled", "labelled", "data", "annotations", "speedup", "speed-up", "memory",
            "million", "billion", "subjects", "users", "videos", "frames", "sentences", "words", "documents",
            "queries", "tasks", "datasets", "benchmarks", "models", "runs", "seeds", "hz", "fps", "minutes");

    /** Units of length written after a value, as an error in space is stated. */
    private static final Set<String> LENGTHS = Set.of("cm", "mm");

    private static final Set<String> RANGE_MARKS = Set.of("-", "–", "--", "—", "~", "to", "and");

    /** Words before a number that make it a bound, not a result ("less than 1%", "over 90%"). */
    private static final Set<String> BOUNDS = Set.of("than", "<", ">", "≤", "≥", "<=", ">=", "under", "below",
            "above", "over", "within", "exceeding", "exceeds", "exceed", "beyond", "surpass", "surpasses",
            "surpassing", "least", "most");

    /** Words after a percentage that make it a share of data or a setting, not a score ("10% of the labels"). */
    static final Set<String> DATA_SHARE = Set.of("data", "labels", "label", "labeled", "labelled",
            "annotations", "annotated", "budget", "retention", "setup", "setting", "subset", "split", "supervision",
            "ratio", "sparsity", "pruning", "compression", "masking", "mask", "noise", "occlusion", "missing",
            "corruption", "sampling");

    /** Words that deny the score verb after them: "none achieve 50%", "fail to reach 60%" state a bound, no score. */
    private static final Set<String> DENIALS = Set.of("none", "neither", "not", "never", "fail", "fails", "failed",
            "cannot");

    /** Words before a number that make it approximate, no score to rank ("about 90.6%"). */
    private static final Set<String> APPROXIMATIONS = Set.of("about", "approximately", "around", "roughly",
            "nearly", "almost", "approx.", "circa");

    /** Words before a percentage that make it a share of another model's score kept, not a score ("retains 99%"). */
    private static final Set<String> RETAINING = Set.of("retains", "retain", "retained", "retaining", "preserves",
            "preserve", "preserved", "preserving", "recovers", "recover", "recovered", "recovering", "keeps", "keep",
            "keeping");

    /** Words between a "from" value and "to" ("from 51.3 down to 30.0"). */
    static final Set<String> DIRECTIONS = Set.of("down", "up");

    static List<NumberToken> find(String[] words, boolean[] blocked, MetricMatch[] startsAt) {
        List<NumberToken> out = new ArrayList<>();
        int n = words.length;
        for (int i = 0; i < n; i++) {
            if (blocked[i] || insideMetric(startsAt, i) || bracketedSum(words, i - 1)) {
                continue; // the added part of "(77.4+4.2)%" is no score of its own
            }
            Matcher m = NUMBER.matcher(words[i]);
            if (!m.matches()) {
                continue;
            }
            String unit = m.group(3) == null ? null : m.group(3).replace("\\", "");
            int end = i + 1;
            if (unit == null && end < n && (words[end].equals("%") || words[end].equals("\\%")
                    || words[end].equalsIgnoreCase("percent") || words[end].equals("dB"))) {
                unit = words[end].equals("dB") ? "dB" : "%";
                end++;
            } else if (unit == null && end + 1 < n && words[end].equals("\\") && words[end + 1].equals("%")) {
                unit = "%"; // LaTeX's "38.6\%", which the tokenizer cuts into "38.6", "\", "%"
                end += 2;
            } else if (unit == null && bracketedSum(words, i)) {
                unit = "%"; // "(77.4+4.2)% mAP": the score, then what a further step adds, with the unit after both
                end += 3;
            }
            String prev = i > 0 ? lower(words[i - 1]) : "";
            String next = end < n ? lower(words[end]) : "";
            if (unit == null && (next.equals("points") || next.equals("point") || next.equals("pp")
                    || next.equals("percentage") && end + 1 < n && lower(words[end + 1]).startsWith("point"))) {
                unit = "points"; // left in place: the words after a value may still lead to its metric
            }
            if (unit == null && end < n && LENGTHS.contains(words[end])) {
                unit = words[end]; // "an RMSE of 11.7 cm", "an MPJPE of 26.9 mm": a length, the unit of errors in space
            }
            boolean decimal = m.group(2).contains(".");
            if (unit == null && !decimal && !(end < n && startsAt[end] != null)) {
                continue; // a bare integer is a value only right before a metric name ("28 BLEU")
            }
            if ("%".equals(unit) && dataShare(words, blocked, startsAt, end)
                    || (prev.equals("/") || next.equals("/")) && !SentenceValues.slashPair(words, i, end)
                    && !SentenceValues.namedSlashItem(words, startsAt, i, end)) {
                continue; // "10% labelled data", "a 1% COCO subset"; "81.1/" before no number is no value
            }
            if (prev.equals("~") || prev.equals("≈") || prev.equals("∼") || APPROXIMATIONS.contains(prev)) {
                continue; // an approximate value is no score to rank
            }
            if (denied(words, i)) {
                continue;
            }
            if ("%".equals(unit) && RETAINING.contains(prev)) {
                continue; // "preserving 100% accuracy": a share of the full model's score, not the score
            }
            if (unit == null && i > 0 && blocked[i - 1] && !(end < n && startsAt[end] != null)) {
                continue; // "SQuAD 1.1", "Owl-Set 2.0": a version of the name before, no score
            }
            if (prev.equals("±") || prev.equals("+/-") || prev.equals("+-") || NOT_A_SCORE.contains(next)
                    || next.equals("of") && SentenceValues.ofPluralMetric(words, startsAt, end) == end
                    || BOUNDS.contains(prev)) {
                continue;
            }
            if (next.equals("points") && end + 1 < n && lower(words[end + 1]).equals("of")) {
                continue;
            }
            // "from A to B", "from A down to B"
            int toAt = end + 1 < n && DIRECTIONS.contains(next) && lower(words[end + 1]).equals("to") ? end + 1 : end;
            boolean fromValue = prev.equals("from") && toAt < n && lower(words[toAt]).equals("to")
                    && isNumber(words, toAt + 1) || distantFrom(words, i, end);
            int from = fromOf(words, i);
            boolean toValue = from >= 0;
            boolean fromPercent = prev.equals("from") && next.equals("%");
            if (!fromValue && !toValue && (range(words, i, end) || fromPercent)) {
                continue;
            }
            int anchor = toValue ? from : i;
            out.add(new NumberToken(i, end, anchor, new BigDecimal(m.group(2).startsWith(".") ? "0" + m.group(2) : m.group(2)),
                    unit, m.group(1).equals("+"), fromValue, toValue));
        }
        return out;
    }

    /**
     * The number at {@code i} opens a bracketed sum with the unit after it, "(77.4+4.2)%": a score and, with its plus
     * sign, what a further step (re-ranking, an ensemble) adds to it. The first number is the score as stated.
     */
    static boolean bracketedSum(String[] words, int i) {
        return i >= 1 && i + 3 < words.length && words[i - 1].equals("(") && NUMBER.matcher(words[i]).matches()
                && !words[i].startsWith("+") && words[i + 1].startsWith("+") && NUMBER.matcher(words[i + 1]).matches()
                && words[i + 2].equals(")") && (words[i + 3].equals("%") || words[i + 3].equals("\\%"));
    }

    /** A score verb right before the value, itself right after a denial ("none achieve", "fail to reach"). */
    private static boolean denied(String[] words, int i) {
        if (i < 2 || !SentenceValues.SCORE_VERBS.contains(lower(words[i - 1]))) {
            return false;
        }
        String before = lower(words[i - 2]);
        return DENIALS.contains(before) || before.equals("to") && i >= 3 && DENIALS.contains(lower(words[i - 3]));
    }

    /**
     * A of "from the previous best top-1 accuracy A% without extra data to B%": "from" a few words before the value
     * and "to" and a number a few words after it, with no number, clause break or second "from"/"to" between. The
     * value is the old score, not the result.
     */
    private static boolean distantFrom(String[] words, int i, int end) {
        int f = -1;
        for (int k = i - 1; k >= Math.max(0, i - DISTANT_FROM); k--) {
            String w = lower(words[k]);
            if (w.equals("from")) {
                f = k;
                break;
            }
            if (isNumber(words, k) || CLAUSE_BREAKS.contains(w) || w.equals("to")) {
                return false;
            }
        }
        if (f < 0 || f == i - 1) {
            return false; // none, or right before the value: the plain "from A to B" above
        }
        for (int k = end; k < Math.min(words.length - 1, end + DISTANT_FROM); k++) {
            String w = lower(words[k]);
            if (w.equals("to")) {
                return isNumber(words, k + 1);
            }
            if (isNumber(words, k) || CLAUSE_BREAKS.contains(w) || w.equals("from")) {
                return false;
            }
        }
        return false;
    }

    /** How far "from" and "to" may stand from the old value of a distant "from A to B". */
    private static final int DISTANT_FROM = 6;

    /** Words that end the stretch of a distant "from A to B". */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "and", "or", "while", "whereas",
            "but", "which", "that", ".");

    /** For B of "from A (down) to B" at token {@code i}, the index of "from", else -1. */
    private static int fromOf(String[] words, int i) {
        if (i < 3 || !lower(words[i - 1]).equals("to")) {
            return -1;
        }
        int k = i - 2;
        if (DIRECTIONS.contains(lower(words[k]))) {
            k--;
        }
        if (k >= 1 && (words[k].equals("%") || lower(words[k]).equals("percent"))) {
            k--;
        }
        if (k >= 1 && words[k].equals("\\") && words[k + 1].equals("%")) {
            k--; // LaTeX's "from 14.2\% to 38.6\%", cut into "14.2", "\", "%"
        }
        return k >= 1 && isNumber(words, k) && lower(words[k - 1]).equals("from") ? k - 1 : -1;
    }

    /** Words naming a share of data or a setting follow the percentage, maybe after a dataset's name. */
    private static boolean dataShare(String[] words, boolean[] blocked, MetricMatch[] startsAt, int end) {
        int j = end;
        while (j < words.length && blocked[j] && j < end + 4) {
            j++;
        }
        if (j + 1 < words.length && startsAt[j] == null && startsAt[j + 1] == null && !blocked[j]
                && words[j].equals(lower(words[j])) && words[j].chars().allMatch(Character::isLetter)
                && DATA_SHARE.contains(lower(words[j + 1]))) {
            return true; // "at 90% symmetric noise": one word of its kind before the setting's noun
        }
        return j < words.length && startsAt[j] == null && DATA_SHARE.contains(lower(words[j]));
    }

    /** "80-85", "80 to 85", "between 80 and 85" and their second halves. */
    private static boolean range(String[] words, int i, int end) {
        if (end + 1 < words.length && RANGE_MARKS.contains(lower(words[end])) && !lower(words[end]).equals("and")
                && isNumber(words, end + 1)) {
            return true;
        }
        if (i >= 2 && RANGE_MARKS.contains(lower(words[i - 1])) && !lower(words[i - 1]).equals("and")
                && (isNumber(words, i - 2) || words[i - 2].equals("%"))) {
            return true;
        }
        // four words back, not counting the backslash of LaTeX's "\%" ("between 14.2\% and 38.6\%")
        for (int j = i - 1, seen = 0; j >= 0 && seen < 4; j--) {
            if (words[j].equals("\\")) {
                continue;
            }
            if (lower(words[j]).equals("between")) {
                return true;
            }
            seen++;
        }
        return false;
    }

    static boolean isNumber(String[] words, int i) {
        return i >= 0 && i < words.length && NUMBER.matcher(words[i]).matches();
    }

    static boolean insideMetric(MetricMatch[] startsAt, int i) {
        for (int j = Math.max(0, i - 4); j <= i; j++) {
            if (startsAt[j] != null && startsAt[j].end() > i) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
