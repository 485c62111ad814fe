package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence whose subject is the metric itself, with no owner named: "The validation accuracies are respectively
 * a% on A, b% on B and c% on C", "The test F1 was 71.3". An abstract states so its own method's scores; a score of
 * another method names that method ("the accuracy of X is"), or calls it so ("the baseline accuracy", "human").
 */
final class MetricSubject {

    /** Modifiers of the metric that make the score another's, not the paper's method's. */
    private static final Set<String> OTHERS = Set.of("baseline", "previous", "prior", "existing", "original",
            "standard", "vanilla", "competing", "other", "best", "human", "reference", "teacher", "oracle",
            "state-of-the-art", "reported", "published", "random", "chance", "majority", "inter-annotator", "former",
            "same", "highest", "lowest", "maximum", "minimum", "expected", "target", "required", "theoretical",
            "upper", "lower", "initial", "old");
    /** How such a score's method is bound. */
    static final String RULE = "metric-subject";
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    private static final int MODIFIERS = 4;

    private MetricSubject() {
    }

    /**
     * The first value of {@code stated} when the sentence opens with "The" (or "Our"), at most four lower-case
     * modifiers, the value's metric, a form of "be", an optional "respectively" and the value; else null.
     */
    static StatedValue opening(String[] words, List<StatedValue> stated) {
        if (stated.isEmpty() || words.length == 0) {
            return null;
        }
        StatedValue v = stated.get(0);
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!first.equals("the") && !first.equals("our") || v.improvement() || v.baselineCue()
                || v.metricStart() >= v.valueStart() || v.metricStart() < 1 || v.metricStart() - 1 > MODIFIERS) {
            return null;
        }
        for (int j = 1; j < v.metricStart(); j++) {
            String w = words[j];
            if (!w.matches("[a-z][a-z-]*") || OTHERS.contains(w)) {
                return null; // a name, a number, "of", or a word that makes the score another's
            }
        }
        int j = v.metricEnd();
        if (j >= words.length || !COPULAS.contains(words[j].toLowerCase(Locale.ROOT))) {
            return null;
        }
        j++;
        if (j < words.length && words[j].equalsIgnoreCase("respectively")) {
            j++;
        }
        return j == v.valueStart() ? v : null;
    }

    /**
     * {@code v} is the opening value or one of the same metric written after it in the list it opens ("a% on A,
     * b% on B").
     */
    static boolean covers(StatedValue opening, StatedValue v) {
        return opening != null && !v.improvement() && !v.baselineCue()
                && (v == opening || v.valueStart() > opening.valueStart() && v.rule().equals("parallel")
                && v.metric().key().equals(opening.metric().key()));
    }
}
