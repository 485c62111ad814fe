package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A named baseline's side of "(a vs. b METRIC)" and of "from a to b", on invented abstracts. */
class TestBaselineSides {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00007", abstractText, links).results(extractor);
    }

    @Test
    void aCoinedNameOwnsTheFirstValueAndTheNamedBaselineTheSecond() {
        assertEquals("68.0 miou Quux KiteSeg; 71.2 miou Quux HeronSeg", results(
                "On the Quux dataset, HeronSeg improves over a plain KiteSeg baseline (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        // "our" as the subject, as before; the named beaten method now gets the second value
        assertEquals("68.0 miou Quux KiteSeg; 71.2 miou Quux HeronSeg", results(
                "On the Quux dataset, our HeronSeg model improves over KiteSeg (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
    }

    @Test
    void noBaselineResultWithoutItsName() {
        // the beaten side is not named: only the paper's value
        assertEquals("71.2 miou Quux HeronSeg", results(
                "On the Quux dataset, HeronSeg outperforms strong baselines (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_DATASET:Quux"));
        // two beaten methods: whose value the second is, is not said
        assertEquals("71.2 miou Quux HeronSeg", results(
                "On the Quux dataset, HeronSeg outperforms KiteSeg and OwlSeg (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_METHOD:OwlSeg", "USES_DATASET:Quux"));
    }

    @Test
    void neverTheSidesSwapped() {
        // a coined subject that is not the paper's method: neither value is the paper's
        assertEquals("", results(
                "On the Quux dataset, KiteSeg improves over HeronSeg (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        // the paper's model is the object of the claim
        assertEquals("", results("KiteSeg outperforms our model on Quux (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        // the first value is the worse one after a claim to be better: the old value is first, no side is taken
        assertEquals("", results(
                "On the Quux dataset, HeronSeg improves over KiteSeg (68.0% vs. 71.2% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
    }

    @Test
    void theOldValueOfFromToIsTheNamedBaselines() {
        assertEquals("61.0 miou Quux KiteSeg; 68.5 miou Quux HeronSeg", results(
                "On Quux, HeronSeg raises the mIoU from 61.0% to 68.5% over the KiteSeg baseline.",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        assertEquals("61.0 accuracy Quux KiteSeg; 68.5 accuracy Quux HeronSeg", results(
                "Compared to the baseline KiteSeg, HeronSeg improves the accuracy on Quux from 61.0% to 68.5%.",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
    }

    @Test
    void noOldValueWithoutTheBaselinesName() {
        assertEquals("68.5 miou Quux HeronSeg", results(
                "On Quux, HeronSeg raises the mIoU from 61.0% to 68.5%.",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        // the named method is the paper's own: a is not its score
        assertEquals("68.5 miou Quux HeronSeg", results(
                "On Quux, our module raises the mIoU from 61.0% to 68.5% over HeronSeg.",
                "PROPOSES_METHOD:HeronSeg", "USES_DATASET:Quux").replace("; 68.5 miou Quux HeronSeg", ""));
        // a drop is no improvement: the old value is no baseline's
        assertEquals(false, results(
                "On Quux, HeronSeg lowers the mIoU from 68.5% to 61.0% compared to KiteSeg.",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux").contains("KiteSeg"));
    }

    @Test
    void aBeatenMethodsScoreInBracketsAfterItsName() {
        assertEquals("92.5 success-rate Zorb KiteVLA; 94.1 success-rate Zorb OwlVLA", results(
                "On Zorb, OwlVLA achieves 94.1% success rate, outperforming KiteVLA (92.5%).",
                "PROPOSES_METHOD:OwlVLA", "USES_METHOD:KiteVLA", "USES_DATASET:Zorb"));
        // lower is better: the beaten score is the higher one
        assertEquals("104.5 mpjpe Zorb KiteVLA; 85.0 mpjpe Zorb OwlVLA", results(
                "On the Zorb dataset, OwlVLA reaches 85.0 MPJPE, clearly outperforming the previous best KiteVLA "
                        + "(104.5).",
                "PROPOSES_METHOD:OwlVLA", "USES_METHOD:KiteVLA", "USES_DATASET:Zorb"));
    }

    @Test
    void noBeatenScoreWhenItIsNotWorseOrNotNamed() {
        // a bracketed value better than the paper's is no beaten score (a gain, a setting, something else)
        assertEquals("94.1 success-rate Zorb OwlVLA", results(
                "On Zorb, OwlVLA achieves 94.1% success rate, outperforming KiteVLA (96.5%).",
                "PROPOSES_METHOD:OwlVLA", "USES_METHOD:KiteVLA", "USES_DATASET:Zorb"));
        // the name before the bracket is no linked method
        assertEquals("94.1 success-rate Zorb OwlVLA", results(
                "On Zorb, OwlVLA achieves 94.1% success rate, outperforming Heron-Policy (92.5%).",
                "PROPOSES_METHOD:OwlVLA", "USES_DATASET:Zorb"));
        // a citation's year
        assertEquals("3.1 fid Zorb OwlVLA", results(
                "On Zorb, OwlVLA reaches an FID of 3.1, outperforming KiteVLA (2021).",
                "PROPOSES_METHOD:OwlVLA", "USES_METHOD:KiteVLA", "USES_DATASET:Zorb"));
        // the paper's own method in the brackets' place is never a beaten one
        assertEquals(false, results(
                "On Zorb, KiteVLA achieves 94.1% success rate, outperforming OwlVLA (92.5%).",
                "PROPOSES_METHOD:OwlVLA", "USES_METHOD:KiteVLA", "USES_DATASET:Zorb").contains("92.5"));
    }
}
