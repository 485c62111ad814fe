package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A metric named after its value by a phrase of its own: "a% using the METRIC metric" (invented sentences and
 * names).
 */
class TestMetricNamedAfterValue {

    static ResultExtractor extractor;
    static ValueProbe probe;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
        probe = new ValueProbe(extractor.lexicon());
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00007", abstractText, links).results(extractor);
    }

    @Test
    void aValueUsingTheMetricNamedAfterIt() {
        assertEquals("91.2 auc Gnat ZorbFusion", results("ZorbFusion reaches 91.2% using the Q-S AUC metric on "
                + "the Gnat dataset.", "PROPOSES_METHOD:ZorbFusion", "USES_DATASET:Gnat"));
        assertEquals("auc 0.83", probe.summary("The classifier scores 0.83 under the AUC measure.", List.of()));
    }

    @Test
    void usingTheMetricNeedsItsClosingNoun() {
        // "the AUC of ..." without "metric" or "measure" after it: not said that the value is an AUC
        assertEquals("", probe.summary("ZorbFusion reaches 91.2% using the AUC of the curve on Gnat.",
                List.of("ZorbFusion", "Gnat")));
        // a lower-case word before the metric is no name of what it is computed on
        assertEquals("", probe.summary("ZorbFusion reaches 91.2% using the old AUC metric on Gnat.",
                List.of("ZorbFusion", "Gnat")));
        // a metric the lexicon does not know gives nothing
        assertEquals("", probe.summary("ZorbFusion reaches 97.1% using the Q metric on Gnat.",
                List.of("ZorbFusion", "Gnat")));
    }

    @Test
    void valuesOfAPluralMetricNamedAfterOf() {
        assertEquals("accuracy 79.6; accuracy 84.6", probe.summary("OwlNet achieves 79.6% and 84.6% of accuracies on "
                + "Quux with the two protocols.", List.of("OwlNet", "Quux")));
        assertEquals("f1 81.2", probe.summary("OwlNet reaches 81.2 of F1 scores on Quux.", List.of("OwlNet", "Quux")));
    }

    @Test
    void aShareOfAScoreIsNoValueOfIt() {
        assertEquals("", probe.summary("The student keeps 95% of the accuracy of its teacher on Quux.",
                List.of("Quux")));
        assertEquals("", probe.summary("The student keeps 95% of accuracy on Quux.", List.of("Quux")));
        assertEquals("", probe.summary("The student keeps 95% and 90% of accuracies of its teachers on Quux.",
                List.of("Quux")));
        assertEquals("", probe.summary("The pruned model retains 97% of accuracies on Quux.", List.of("Quux")));
    }
}
