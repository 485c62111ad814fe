package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.papers.PaperRecord;

/** Result claims from invented abstracts. */
class TestResultExtractor {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static List<ResultClaim> extract(String abstractText, String... links) {
        PaperRecord paper = new PaperRecord("2501.00001", "A Test Paper", abstractText, List.of(), null, null, null,
                "2501.00001", null, null, List.of(), List.of(), false);
        List<PaperLink> ls = new ArrayList<>();
        for (String l : links) {
            String[] f = l.split(":", 2);
            Relation r = Relation.valueOf(f[0]);
            ls.add(new PaperLink(paper.key(), r, f[1].toLowerCase().replace(' ', '-'), f[1], "", -1, -1, "test", 0.8));
        }
        return extractor.extract(paper, ls);
    }

    @Test
    void valueBeforeMetricOnDataset() {
        List<ResultClaim> r = extract("Our GlimmerNet reaches 91.3% top-1 accuracy on the Quokka-10 benchmark.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "ADDRESSES_TASK:image classification");
        assertEquals(1, r.size());
        ResultClaim c = r.get(0);
        assertEquals("top-1-accuracy", c.metric().key());
        assertEquals(new BigDecimal("91.3"), c.value());
        assertEquals("%", c.unit());
        assertFalse(c.improvement());
        assertFalse(c.baseline());
        assertEquals("Quokka-10", c.dataset().entityLabel());
        assertEquals("GlimmerNet", c.method().entityLabel());
        assertEquals("image classification", c.task().entityLabel());
        String text = "A Test Paper\n\n" + "Our GlimmerNet reaches 91.3% top-1 accuracy on the Quokka-10 benchmark.";
        assertEquals("91.3% top-1 accuracy", text.substring(c.charStart(), c.charEnd()));
    }

    @Test
    void metricBeforeValueAndImprovementsKeptApart() {
        List<ResultClaim> r = extract("On the Wombat corpus, our model obtains a BLEU score of 31.7 and improves BLEU by "
                + "2.4 points over the strongest system.", "USES_DATASET:Wombat corpus", "PROPOSES_METHOD:FernMT");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("31.7"), r.get(0).value());
        assertFalse(r.get(0).improvement());
        assertEquals(new BigDecimal("2.4"), r.get(1).value());
        assertTrue(r.get(1).improvement());
        assertEquals("points", r.get(1).unit());
        assertEquals("bleu", r.get(1).metric().key());
    }

    @Test
    void reductionsAndFromToTakeTheNewValue() {
        List<ResultClaim> r = extract("On Pangolin-Faces it reduces FID from 9.4 to 6.1, and cuts the error rate by 30%.",
                "USES_DATASET:Pangolin-Faces");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("6.1"), r.get(0).value());
        assertEquals(Direction.LOWER_IS_BETTER, r.get(0).metric().direction());
        assertFalse(r.get(0).improvement());
        assertEquals(new BigDecimal("30"), r.get(1).value());
        assertTrue(r.get(1).improvement());
    }

    @Test
    void rangesSpreadsCountsAndYearsAreNoValues() {
        assertTrue(extract("Accuracy varies between 80.1% and 85.2% on Otter-QA, and 70-75% on average.",
                "USES_DATASET:Otter-QA").isEmpty());
        assertTrue(extract("With 7.5M parameters and data from 2021 the Otter-QA accuracy is stable.",
                "USES_DATASET:Otter-QA").isEmpty());
        List<ResultClaim> spread = extract("We reach an accuracy of 88.2 ± 0.4 on Otter-QA.", "USES_DATASET:Otter-QA");
        assertEquals(1, spread.size());
        assertEquals(new BigDecimal("88.2"), spread.get(0).value());
    }

    @Test
    void listsArePairedInOrderOrSkipped() {
        List<ResultClaim> r = extract("We obtain F1 scores of 77.0, 81.5 and 69.9 on Heron, Ibis and Stork, respectively.",
                "USES_DATASET:Heron", "USES_DATASET:Ibis", "USES_DATASET:Stork");
        assertEquals(3, r.size(), r.toString());
        assertEquals("Ibis", r.get(1).dataset().entityLabel());
        assertEquals(new BigDecimal("81.5"), r.get(1).value());
        assertTrue(extract("We obtain F1 scores of 77.0 and 81.5 on Heron.", "USES_DATASET:Heron", "USES_DATASET:Ibis")
                .isEmpty(), "two values, one dataset: not guessed");
        List<ResultClaim> gains = extract("It brings accuracy improvements of 3.1% and 1.2% on Heron and Ibis, "
                + "respectively.", "USES_DATASET:Heron", "USES_DATASET:Ibis");
        assertEquals(2, gains.size(), gains.toString());
        assertTrue(gains.get(0).improvement() && gains.get(1).improvement(), gains.toString());
    }

    @Test
    void baselineScoresBelongToTheNamedMethod() {
        List<ResultClaim> r = extract("Our approach achieves 64.2% mAP on Lynx-Det, compared to 58.9% for "
                + "SlowRCNN.", "PROPOSES_METHOD:TurboDet", "USES_METHOD:SlowRCNN", "USES_DATASET:Lynx-Det");
        assertEquals(1, r.size(), "the baseline is named after its score, so the sentence does not say whose it is: "
                + r);
        List<ResultClaim> named = extract("Compared with SlowRCNN at 58.9% mAP, our TurboDet reaches 64.2% mAP on "
                + "Lynx-Det.", "PROPOSES_METHOD:TurboDet", "USES_METHOD:SlowRCNN", "USES_DATASET:Lynx-Det");
        assertEquals(2, named.size(), named.toString());
        assertTrue(named.get(0).baseline());
        assertEquals("SlowRCNN", named.get(0).method().entityLabel());
        assertFalse(named.get(1).baseline());
        assertEquals("TurboDet", named.get(1).method().entityLabel());
    }

    @Test
    void noDatasetNoResult() {
        assertTrue(extract("Our model reaches 91.3% accuracy.").isEmpty());
        assertTrue(extract("Our model reaches 91.3% accuracy.", "USES_DATASET:Marmot").isEmpty(),
                "a dataset named in another sentence is not taken");
        List<ResultClaim> r = extract("On Marmot our model reaches 91.3 percent accuracy.", "USES_DATASET:Marmot");
        assertEquals("%", r.get(0).unit());
        assertNull(r.get(0).method());
        assertTrue(extract("On Marmot it loses less than 1% accuracy and keeps 5% of the weights.",
                "USES_DATASET:Marmot").isEmpty(), "bounds and shares are no results");
        assertTrue(extract("On Marmot it shows a 2.1% accuracy drop.", "USES_DATASET:Marmot").isEmpty());
        List<ResultClaim> gains = extract("On Marmot it brings Dice gains of 1.2% over the strongest model.",
                "USES_DATASET:Marmot");
        assertTrue(gains.get(0).improvement());
    }
}
