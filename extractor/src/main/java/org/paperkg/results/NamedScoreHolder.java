package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence forms that say whose a score is before any subject rule looks: the score of someone who is no method
 * ("The human accuracy is a%", "Inter-annotator agreement is a%"), a score written as a named method's ("The accuracy
 * of X is a% on A"), and the scores in brackets after a method the subject beats ("surpassing X (c% and d%)"). Each
 * is the holder's, never the paper's own method's, whatever the sentence's subject is.
 */
final class NamedScoreHolder {

    /** Who holds the score, when a form applies: {@code holder} null means no method (a person, chance, unnamed). */
    record Verdict(NameOccurrence holder, String how) {
    }

    /** Words for holders of a score that are no method: people, chance and the like. */
    private static final Set<String> NO_METHOD = Set.of("human", "humans", "annotator", "annotators", "expert",
            "experts", "inter-annotator", "crowd", "crowdworker", "crowdworkers", "random", "chance", "majority",
            "oracle", "layperson", "laypeople", "clinician", "clinicians", "radiologist", "radiologists");
    /** Nouns for a score other than a metric's own name ("human performance is ..."). */
    private static final Set<String> SCORE_NOUNS = Set.of("performance", "score", "scores", "agreement", "results",
            "result", "level", "baseline");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Words before a method in brackets-holding clause that make it the beaten one ("surpassing X (...)"). */
    private static final Set<String> BEATEN_BEFORE = Set.of("surpassing", "outperforming", "outperforms", "surpasses",
            "exceeding", "beating", "beats", "than", "over");
    /** Forms of "be" and result verbs whose subject is the phrase before them. */
    private static final Set<String> SUBJECT_VERBS = Set.of("is", "was", "are", "were", "reaches", "reached",
            "achieves", "achieved", "attains", "attained", "obtains", "obtained", "yields", "yielded", "stands",
            "remains", "equals", "scores", "scored", "hits");
    static final String NO_METHOD_RULE = "no-method-holder";
    static final String METRIC_OF_RULE = "metric-of";
    static final String BEATEN_LIST_RULE = "beaten-bracket-list";

    private final String[] words;
    private final char[] kinds;
    private final Clauses clauses;
    private final List<NameOccurrence> methods;

    NamedScoreHolder(String[] words, char[] kinds, Clauses clauses, List<NameOccurrence> methods) {
        this.words = words;
        this.kinds = kinds;
        this.clauses = clauses;
        this.methods = methods;
    }

    /** The holder of {@code v} when one of the forms applies, else null (the subject rules decide). */
    Verdict of(StatedValue v) {
        Verdict beaten = beatenBracketList(v);
        if (beaten != null) {
            return beaten;
        }
        int start = subjectStart(clauses.start(v.valueStart()));
        if (start < 0 || start >= v.valueStart()) {
            return null;
        }
        if (noMethodSubject(start, v)) {
            return new Verdict(null, NO_METHOD_RULE);
        }
        return metricOf(start, v);
    }

    /** The first word of the clause's subject past an opening comma or contrast word, or -1 when none. */
    private int subjectStart(int start) {
        int j = start;
        while (j < words.length && (words[j].equals(",") || Clauses.OPENERS.contains(words[j].toLowerCase(Locale.ROOT)))) {
            j++;
        }
        while (j < words.length && DETERMINERS.contains(words[j].toLowerCase(Locale.ROOT))) {
            j++;
        }
        return j;
    }

    /**
     * "The human accuracy is a%", "Human performance reaches a%", "inter-annotator agreement is a% F1": the subject
     * opens with a holder that is no method, right before a metric or a score noun, and no method or "our"/"we" is
     * named between it and the value.
     */
    private boolean noMethodSubject(int start, StatedValue v) {
        String w = words[start].toLowerCase(Locale.ROOT);
        if (!NO_METHOD.contains(w) || start + 1 >= words.length) {
            return false;
        }
        boolean scoreNext = kinds[start + 1] == 'm' || SCORE_NOUNS.contains(words[start + 1].toLowerCase(Locale.ROOT))
                || start + 2 < words.length && words[start + 1].matches("[a-z-]+")
                && (kinds[start + 2] == 'm' || SCORE_NOUNS.contains(words[start + 2].toLowerCase(Locale.ROOT)));
        return scoreNext && nobodyElse(start + 1, v.valueStart());
    }

    /**
     * "The accuracy of X is a% (on A)", "The F1 score for X reaches a": the subject is the metric (after at most three
     * lower-case modifiers) and "of"/"for" a method's name; the score is that method's. A capitalised name no method
     * link covers is still another's: no method then. A dataset's name after "of" is no holder.
     */
    private Verdict metricOf(int start, StatedValue v) {
        if (v.improvement()) {
            return null; // "increase the accuracy of X by 10%": a gain, not a score X holds
        }
        // lower-case modifiers only after an article ("The mean test accuracy of X"); without one, the metric
        // opens the subject ("Accuracy of X is"), else the words may be a verb and its object
        boolean article = start > 0 && DETERMINERS.contains(words[start - 1].toLowerCase(Locale.ROOT));
        int j = start;
        while (article && j < v.valueStart() && j - start < 3 && kinds[j] != 'm' && words[j].matches("[a-z][a-z-]*")
                && !SUBJECT_VERBS.contains(words[j].toLowerCase(Locale.ROOT))) {
            j++;
        }
        if (j >= v.valueStart() || kinds[j] != 'm' && !SCORE_NOUNS.contains(words[j].toLowerCase(Locale.ROOT))) {
            return null;
        }
        while (j < v.valueStart() && (kinds[j] == 'm' || SCORE_NOUNS.contains(words[j].toLowerCase(Locale.ROOT)))) {
            j++;
        }
        if (j >= v.valueStart() || !Set.of("of", "for").contains(words[j].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int named = j + 1;
        while (named < v.valueStart() && DETERMINERS.contains(words[named].toLowerCase(Locale.ROOT))) {
            named++;
        }
        if (named >= v.valueStart() || kinds[named] == 'd' || kinds[named] == 'm' || kinds[named] == 'n'
                || !Character.isLetter(words[named].charAt(0))) {
            return null; // "the F1 of 72.4/73.6": "of" brings in the value, no holder
        }
        int at = named;
        NameOccurrence holder = methods.stream().filter(o -> o.first() == at).findFirst().orElse(null);
        int after = holder == null ? named + 1 : holder.last();
        if (!verbBetween(after, v.valueStart()) || !nobodyElse(after, v.valueStart())) {
            return null; // the phrase is no subject of the value ("...the accuracy of X on A by 10%")
        }
        if (holder == null) {
            return ResultLinkFilter.looksLikeName(words[named]) && !covered(named)
                    ? new Verdict(null, METRIC_OF_RULE) : null;
        }
        return new Verdict(holder, METRIC_OF_RULE);
    }

    /** A form of "be" or a result verb between the two tokens: the phrase before it is the value's subject. */
    private boolean verbBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (SUBJECT_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., surpassing X (c% and d%)": a value in brackets that hold only values, their metrics and list words, right
     * after the name of a method the clause beats, is that method's, the first value as well as the later ones.
     */
    private Verdict beatenBracketList(StatedValue v) {
        int open = v.valueStart() - 1;
        while (open >= 0 && !words[open].equals("(")) {
            String w = words[open].toLowerCase(Locale.ROOT);
            if (!(kinds[open] == 'n' || kinds[open] == 'm' || w.matches("\\d+(\\.\\d+)?%?") || w.equals("%") || w.equals("and") || w.equals(","))) {
                return null;
            }
            open--;
        }
        if (open < 2) {
            return null;
        }
        for (int j = open + 1; j < words.length && !words[j].equals(")"); j++) {
            if (ComparedPairs.comparisonAt(words, j)) {
                return null; // "(a vs. b)": the pair's own reading gives each side its holder
            }
        }
        int close = open;
        NameOccurrence name = methods.stream().filter(o -> o.last() == close).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        int before = name.first() - 1;
        while (before >= 0 && DETERMINERS.contains(words[before].toLowerCase(Locale.ROOT))) {
            before--;
        }
        if (before < 0 || !BEATEN_BEFORE.contains(words[before].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Verdict(name, BEATEN_LIST_RULE);
    }

    /** No method's name, "our"/"we"/"ours" or number between the two tokens. */
    private boolean nobodyElse(int from, int to) {
        for (int j = from; j < to; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (covered(j) || MethodBinder.OWN_CUES.contains(w) || kinds[j] == 'n') {
                return false;
            }
        }
        return true;
    }

    private boolean covered(int token) {
        return methods.stream().anyMatch(o -> o.first() <= token && token < o.last());
    }
}
