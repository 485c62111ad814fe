package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A metric's name alone in brackets right after its value ("61.42 (GLEU) on B"), on invented sentences. */
class TestBracketedMetricAfterValue {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    private static String read(String text) {
        return PROBE.summary(text, List.of("Quux", "Zorb", "OwlNet"));
    }

    @Test
    void eachValueTakesItsBracketedMetric() {
        assertEquals("f0-5 71.72; gleu 61.42",
                read("OwlNet achieves the best results: 71.72 (F0.5) on Quux and 61.42 (GLEU) on Zorb respectively."));
        assertEquals("accuracy 81.2; f1 71.1", read("OwlNet achieves 81.2% (accuracy) and 71.1% (F1) on Zorb."));
    }

    @Test
    void gainsStayGainsAcrossTheBrackets() {
        assertEquals("auc 1.87 gain; f1 7.8 gain",
                read("OwlNet gains 1.87% (AUC) and 7.8% (F1-score) on the validation set."));
    }

    @Test
    void noMetricInTheBracketsGivesNothing() {
        assertEquals("", read("OwlNet reaches 91.2% (95% CI) on Zorb."));
        assertEquals("", read("OwlNet reaches 91.2 (see the appendix) on Zorb."));
    }
}
