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
    void aShortFormReadInOrderFromTheLongFormIsTheSameName() {
        assertTrue(same("Wombat-of-Oz", "WoZ"));
        assertTrue(same("Quokka Online Parcels", "Qop"));
        assertTrue(same("Tiny Faces Entering the Wold", "TFEW 2.0"));
        assertTrue(same("Plum Treebank", "PTB"));
        assertFalse(same("Wombat-of-Oz", "WoX"), "a letter the long form does not have");
        assertFalse(same("Plum Treebank", "TPB"), "the first letter must open the first word");
        assertFalse(same("Quokka Online Parcels Guide", "Qop"), "the last word gives no letter");
        assertFalse(same("Quokka Online", "qop"), "a lower-case word is no short form");
        assertFalse(same("Quokka Online Parcels of the Big Wide Outback", "Qop"), "too many words for three letters");
    }

    @Test
    void lowerCaseWordsOfAPredictedNameAreLeftOut() {
        assertTrue(same("Zorb VOC 2012 test", "Zorb segmentation dataset"));
        assertTrue(same("ZONLL 2003 (English)", "over-studied ZONLL-2003"));
        assertTrue(same("Zorbtect Polyp Segmentation", "Zorbtect challenge"));
        assertFalse(same("Zorb", "Wallaby segmentation dataset"));
        assertFalse(same("ZORB-10", "over-used ZORB-100"));
        assertFalse(same("Zorb", "segmentation dataset"), "nothing named is left");
    }

    @Test
    void anImageSizeAndTheToOfALanguagePairAreSettings() {
        assertTrue(same("Zorbnet 128x128", "Zorbnet-2012"));
        assertTrue(same("Zorbnet 64 × 64", "Zorbnet"));
        assertTrue(same("ZMT2014 English-Klingon", "English-to-Klingon"));
        assertFalse(same("Zorbnet 128x128", "Wallabynet"));
        assertFalse(same("ZMT2014 English-Klingon", "Klingon-to-Vulcan"));
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
    void aLabelAcceptsAMetricReadThatIsWhatItMeasures() {
        assertTrue(found("Percentage error", "word-error-rate", "12.4", "a word error rate of 12.4% on ZSB"));
        assertTrue(found("Percentage error", "phone-error-rate", "12.4", "a phone error rate of 12.4%"));
        assertTrue(found("Accuracy", "exact-match", "61.5", "an exact match accuracy of 61.5% on ZSB"));
        assertTrue(found("PR-AUC", "ap", "0.415", "an average precision of 41.5% on ZSB"));
        assertTrue(found("SI-SDRi", "si-snri", "17.2", "an SI-SNRi of 17.2 dB on ZSB"));
        assertTrue(found("Vid acc@1", "top-1-accuracy", "78.9", "78.9% top-1 accuracy on ZSB"));
        assertTrue(found("Vid acc@1", "accuracy", "78.9", "an accuracy of 78.9% on ZSB"));
        assertEquals("top-5-accuracy", goldKey("acc@5"));
    }

    @Test
    void aGeneralMetricReadIsNotTheLabelsNarrowerOne() {
        // an mAP without its threshold is no mAP@0.5; an NLL is no bits per dimension; the reverse of an accepted form
        assertFalse(found("mAP@0.5", "map", "41.5", "41.5% mAP on ZSB"));
        assertFalse(found("bpd", "nll", "3.71", "a negative log-likelihood of 3.71 on ZSB"));
        assertFalse(found("Exact Match Accuracy", "accuracy", "61.5", "a form accuracy of 61.5% on ZSB"));
        assertFalse(found("Word Error Rate (WER)", "error-rate", "12.4", "an error rate of 12.4% on ZSB"));
        assertFalse(found("Precision", "accuracy", "85.2", "an accuracy of 85.2% on ZSB"));
        assertFalse(found("Clip acc@1", "top-1-accuracy", "78.9", "78.9% top-1 accuracy on ZSB"));
        assertFalse(found("AP75", "ap", "43.1", "an AP of 43.1% on ZSB"));
    }

    @Test
    void aLabelThatCutsTheAbstractsMetricNameShortIsThatMetric() {
        assertTrue(found("Request", "accuracy", "96.1", "it obtains 96.1% request accuracy on ZSB"));
        assertTrue(found("Joint", "joint-goal-accuracy", "71.3", "71.3% joint goal accuracy on ZSB"));
        assertTrue(found("Mean ZDD", "accuracy", "45.2", "a mean ZDD(-S) accuracy of 45.2% on ZSB"));
        assertTrue(found("POS", "accuracy", "97.1", "a POS tagging accuracy at 97.1% on ZSB"));
        // a setting or a part of the benchmark is no metric and matches nothing
        assertFalse(found("5 fold cross validation", "accuracy", "96.0", "an accuracy of 96.0% on ZSB"));
        assertFalse(found("ZSB V2 12", "accuracy", "96.0", "an accuracy of 96.0% on ZSB V2 12-class"));
        assertFalse(found("Overall", "j-and-f", "80.2", "a J&F of 80.2% on ZSB"));
        assertFalse(found("Request", "accuracy", "96.1", "it obtains 96.1% accuracy on ZSB"));
        assertFalse(found("Request", "accuracy", "96.1", "a request for labels gives 96.1% accuracy on ZSB"));
    }

    /** Whether a result of the metric read, with the gold value on the gold dataset, matches the gold label. */
    private static boolean found(String label, String readKey, String value, String sentence) {
        MetricLexicon lexicon = MetricLexicon.load();
        PaperLink set = new PaperLink("p", Relation.USES_DATASET, "d", "ZSB", null, -1, -1, null, 1);
        BigDecimal v = new BigDecimal(value);
        BigDecimal read = v.compareTo(BigDecimal.ONE) < 0 ? v.movePointRight(2) : v;
        ResultClaim c = new ResultClaim(lexicon.byKey(readKey).orElseThrow(), readKey, read, "%", false, false, set,
                null, null, sentence, 0, 0, "test", 1);
        ResultsGold.GoldResult gold = new ResultsGold.GoldResult("Zorb Task", "ZSB", label, v);
        return ResultsEvaluator.matches(c, gold, ResultsEvaluator.goldMetric(lexicon, label),
                l -> List.of(l.entityLabel()));
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
