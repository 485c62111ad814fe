package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Two values joined by "and" between two metrics, each next to its own, and "an improved METRIC of a" as a score,
 * on invented sentences.
 */
class TestEachItsOwnMetric {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    private static String read(String text) {
        return PROBE.summary(text, java.util.List.of("Quux", "Foo"));
    }

    @Test
    void eachValueTakesTheMetricNextToIt() {
        assertEquals("accuracy 61.1; eao 32.4", read("We achieved an accuracy of 61.1% and 32.4% EAO on Quux."));
        assertEquals("map 40.1; ap50 42.3", read("It reaches an mAP of 40.1 and 42.3 AP50 on Quux."));
    }

    @Test
    void anImprovedMetricOfAValueIsTheScore() {
        assertEquals("accuracy 61.1; eao 32.4", read("Set against the old Foo, we achieved an improved Accuracy of "
                + "61.1% and 32.4% EAO on Quux."));
        assertEquals("accuracy 88.2", read("Our model reaches an improved accuracy of 88.2% on Quux."));
    }

    @Test
    void stillAGainWhenSetAgainstAnotherOrWithoutADeterminer() {
        assertEquals("accuracy 2.1 gain", read("We observe an improved accuracy of 2.1% over the baseline on Quux."));
        assertEquals("accuracy 61.1 gain", read("Foo improved accuracy of 61.1% on Quux."));
        assertEquals("eao 3.1 gain; eao 2.2 gain", read("It improves the accuracy by 3.1% and 2.2% EAO on Quux."));
    }

    @Test
    void oneMetricForBothWhenOnlyOneIsNamed() {
        assertEquals("accuracy 80.1; accuracy 95.1", read("It reaches an accuracy of 80.1% and 95.1% on Quux and Zorb."));
        assertEquals("eao 61.1; eao 32.4", read("We achieved 61.1% and 32.4% EAO on Quux."));
    }
}
