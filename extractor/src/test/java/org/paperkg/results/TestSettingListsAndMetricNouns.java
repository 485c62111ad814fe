package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Values of one metric listed over named settings ("mAP 41.4 with A, 45.2 with B"), a metric closed by the noun
 * "metric" or "measure" before its value, "to date" between a metric and its value, and "mean IU" for mIoU, on
 * invented sentences.
 */
class TestSettingListsAndMetricNouns {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    private static String read(String text) {
        return PROBE.summary(text, List.of("OwlNet", "Quux", "Zorb", "Zorb-101", "Blip152"));
    }

    @Test
    void aListOfOneMetricOverNamedSettings() {
        assertEquals("map 41.4; map 45.2",
                read("OwlNet beats every detector (mAP 41.4 with Zorb-101, 45.2 with Blip152) on Quux."));
    }

    @Test
    void noListItemOnAnotherScaleOrWithoutTheSamePreposition() {
        assertEquals("f1 81.2", read("OwlNet reaches an F1 of 81.2 with Quux, and 0.5 with the others."));
        assertEquals("f1 81.2", read("OwlNet reaches an F1 of 81.2 with 3 layers and 12 with 5 layers on Quux."));
        assertEquals("f1 81.2", read("OwlNet reaches an F1 of 81.2 on Quux, and 3.4 with a smaller model."));
    }

    @Test
    void aMetricClosedByItsNoun() {
        assertEquals("pesq 3.171", read("OwlNet is on par with the best systems on the PESQ metric (3.171)."));
        assertEquals("j-and-f 71.5", read("OwlNet reaches a J &F measure of 71.5% on the Quux validation set."));
        assertEquals("", read("We report the accuracy metric (see the appendix) on Quux."));
    }

    @Test
    void toDateOnlyDatesTheClaim() {
        assertEquals("top-1-accuracy 81.4; top-5-accuracy 96.6",
                read("OwlNet reports the highest single-crop top-1 accuracy to date: 81.4% (96.6% top-5)."));
        assertEquals("", read("Quux is the largest corpus to date: 41.5% of its items are new."));
    }

    @Test
    void meanIuIsMeanIntersectionOverUnion() {
        assertEquals("miou 61.2", read("OwlNet reaches 61.2% mean IU on Quux."));
        assertEquals("", read("OwlNet reaches an IU of 41.2 on Quux."));
    }
}
