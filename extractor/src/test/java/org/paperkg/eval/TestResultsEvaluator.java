package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.results.Metric;
import org.paperkg.results.MetricLexicon;

class TestResultsEvaluator {

    private static boolean same(String gold, String predicted) {
        return ResultsEvaluator.datasetMatches(gold, List.of(), predicted);
    }

    @Test
    void splitWordsAndPluralsDoNotMatter() {
        assertTrue(same("Quokkascapes val", "Quokkascapes"));
        assertTrue(same("Quokkascapes test", "Quokkascapes dataset"));
    }

    @Test
    void lettersAndDigitsWrittenTogetherOrApart() {
        assertTrue(same("ZORB-51", "ZORB51"));
        assertTrue(same("ZORB VOC 2012 test", "Zorb VOC2012 dataset"));
    }

    @Test
    void anotherVersionIsAnotherDataset() {
        assertFalse(same("ZORB-10", "ZORB-100"));
        assertFalse(same("Quokkascapes", "Wallabyscapes"));
    }

    @Test
    void yearsLanguageCodesJoinedWordsAndInitialsAreTheSameName() {
        assertTrue(same("ZMT2014 English-Klingon", "ZMT'14 English-Klingon"));
        assertTrue(same("ZMT 2014 EN-DE", "ZMT'14 English-German"));
        assertTrue(same("QUOKKA’14", "Quokka14"));
        assertTrue(same("ZTU RGB+D", "ZTU-RGBD"));
        assertTrue(same("Wombat Faces in the Outback", "WFO"));
        assertFalse(same("ZMT2014 English-German", "ZMT'14 English-French"));
        assertFalse(same("ZMT2014", "ZMT2016"));
        assertFalse(same("Wombat Faces in the Outback", "WFX"));
    }

    @Test
    void percentageLabelsAreAccuracyAndErrorRate() {
        assertEquals("accuracy", goldKey("Percentage correct"));
        assertEquals("error-rate", goldKey("Percentage error"));
        assertEquals("f1", goldKey("F1 score"));
    }

    private static String goldKey(String label) {
        return ResultsEvaluator.goldMetric(MetricLexicon.load(), label).map(Metric::key).orElse("");
    }
}
