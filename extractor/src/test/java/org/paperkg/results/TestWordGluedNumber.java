package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A percentage glued by a dash to the word before it, on invented sentences. */
class TestWordGluedNumber {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    @Test
    void theGluedPercentageIsRead() {
        assertEquals("accuracy 91.55; f1 81.21", PROBE.summary("OwlNet leads on both corpora-91.55% accuracy for "
                + "tagging and 81.21% F1 for chunking.", List.of("OwlNet")));
    }

    @Test
    void namesWithANumberStayWhole() {
        String[] words = {"on", "top-5", "%", "covid-19", "%", "gpt-4.5", "%", "abc-12.5", "points"};
        assertArrayEquals(words, WordGluedNumber.cut(words));
        assertArrayEquals(new String[] {"of", "41.25", "%"},
                WordGluedNumber.cut(new String[] {"of", "sets-41.25", "%"}));
    }

    @Test
    void noValueWithoutAMetric() {
        assertEquals("", PROBE.summary("Our survey of twelve tasks-41.5% of them new-shows a trend.", List.of()));
    }
}
