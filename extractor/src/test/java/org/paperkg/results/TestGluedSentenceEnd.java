package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A metric's name glued by a full stop to the next sentence, on invented sentences. */
class TestGluedSentenceEnd {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    private static String read(String text) {
        return PROBE.summary(text, java.util.List.of("Quux"));
    }

    @Test
    void theMetricBeforeTheLostSpaceIsRead() {
        assertEquals("map 48.4", read("On the Quux dataset, OwlNet reaches single-model results of 48.4 mAP.Codes are "
                + "available online."));
        assertEquals("bleu 31.2", read("On Quux, OwlNet reaches 31.2 BLEU.Our code is public."));
    }

    @Test
    void noMetricWhenTheGluedWordIsNoMetricOrNoNumberPrecedesIt() {
        assertEquals("", read("OwlNet reaches 48.4 M.Codes on Quux."));
        assertEquals("", read("OwlNet improves the mAP.Codes of Quux are public."));
    }
}
