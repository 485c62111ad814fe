package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.results.Metric;
import org.paperkg.results.MetricLexicon;
import org.paperkg.results.ResultClaim;
import org.paperkg.results.ResultExtractor;

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
    void aVersionWithAVOrADotZeroIsTheSameVersion() {
        assertTrue(same("Quokkanotes v5 (English)", "QUOKKANOTES 5.0"));
        assertTrue(same("Quokkanotes 5", "Quokkanotes v5.0"));
        assertFalse(same("Quokkanotes v4", "Quokkanotes 5.0"));
        assertFalse(same("Quokkanotes 5.1", "Quokkanotes 5"));
    }

    @Test
    void percentageLabelsAreAccuracyAndErrorRate() {
        assertEquals("accuracy", goldKey("Percentage correct"));
        assertEquals("error-rate", goldKey("Percentage error"));
        assertEquals("f1", goldKey("F1 score"));
    }

    @Test
    void anF1StatedForASmatchLabelIsThatScore() {
        // Smatch is the F-score of graph triples: an AMR abstract writes it as F1
        MetricLexicon lexicon = MetricLexicon.load();
        PaperLink set = new PaperLink("p", Relation.USES_DATASET, "d", "ZDC2017", null, -1, -1, null, 1);
        ResultClaim f1 = new ResultClaim(lexicon.byKey("f1").orElseThrow(), "F1", new BigDecimal("76.3"), "%", false,
                false, set, null, null, "", 0, 0, "test", 1);
        ResultsGold.GoldResult gold = new ResultsGold.GoldResult("AMR Parsing", "ZDC2017", "Smatch",
                new BigDecimal("76.3"));
        assertTrue(ResultsEvaluator.matches(f1, gold, ResultsEvaluator.goldMetric(lexicon, "Smatch"),
                l -> List.of(l.entityLabel())));
        ResultsGold.GoldResult bleu = new ResultsGold.GoldResult("MT", "ZDC2017", "BLEU", new BigDecimal("76.3"));
        assertFalse(ResultsEvaluator.matches(f1, bleu, ResultsEvaluator.goldMetric(lexicon, "BLEU"),
                l -> List.of(l.entityLabel())));
    }

    @Test
    void aTaskNamesTheGoldTaskByItsWordsOrAnAcronym() {
        assertTrue(TaskNames.same("Wombat Segmentation", List.of("wombat segmentation")));
        assertTrue(TaskNames.same("Real-Time Wombat Segmentation", List.of("Wombat segmentations")));
        assertTrue(TaskNames.same("Quokka Counting", List.of("open-world quokka counting")));
        assertTrue(TaskNames.same("Named Quokka Recognition", List.of("NQR")));
        assertTrue(TaskNames.same("NQR", List.of("named quokka recognition")));
        assertTrue(TaskNames.same("Quokka Modelling", List.of("quokka modeling")));
        assertFalse(TaskNames.same("Wombat Segmentation", List.of("wombat captioning")));
        assertFalse(TaskNames.same("Named Quokka Recognition", List.of("NQA")));
    }

    @Test
    void theTaskOfAFoundResultIsRightWrongOrNone() {
        MetricLexicon lexicon = MetricLexicon.load();
        PaperLink set = new PaperLink("p", Relation.USES_DATASET, "d", "ZDC2017", null, -1, -1, null, 1);
        PaperLink segmentation = new PaperLink("p", Relation.ADDRESSES_TASK, "t1", "wombat segmentation", null, -1, -1,
                null, 1);
        PaperLink captioning = new PaperLink("p", Relation.ADDRESSES_TASK, "t2", "wombat captioning", null, -1, -1,
                null, 1);
        ResultsGold.GoldResult gold = new ResultsGold.GoldResult("Wombat Segmentation", "ZDC2017", "mIoU",
                new BigDecimal("71.2"));
        ResultExtractor.LinkNames names = l -> List.of(l.entityLabel());
        assertEquals(ResultsEvaluator.TaskVerdict.RIGHT, ResultsEvaluator.task(
                List.of(claim(lexicon, set, captioning), claim(lexicon, set, segmentation)), gold, names));
        assertEquals(ResultsEvaluator.TaskVerdict.WRONG,
                ResultsEvaluator.task(List.of(claim(lexicon, set, captioning)), gold, names));
        assertEquals(ResultsEvaluator.TaskVerdict.NONE,
                ResultsEvaluator.task(List.of(claim(lexicon, set, null)), gold, names));
    }

    private static ResultClaim claim(MetricLexicon lexicon, PaperLink set, PaperLink task) {
        return new ResultClaim(lexicon.byKey("miou").orElseThrow(), "mIoU", new BigDecimal("71.2"), "%", false,
                false, set, task, null, "", 0, 0, "test", 1);
    }

    private static String goldKey(String label) {
        return ResultsEvaluator.goldMetric(MetricLexicon.load(), label).map(Metric::key).orElse("");
    }
}
