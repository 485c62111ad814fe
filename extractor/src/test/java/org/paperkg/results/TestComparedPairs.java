package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper's side of "a vs. b" and "a compared to b", on invented abstracts. */
class TestComparedPairs {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00002", abstractText, links).results(extractor);
    }

    @Test
    void theFirstValueOfAPairAfterTheOwnClaimIsThePapers() {
        assertEquals("15.8 perplexity Wiki-77 OwlFormer", results(
                "We show that our model outperforms comparable sparse models on Wiki-77 (15.8 vs 18.3 perplexity).",
                "PROPOSES_METHOD:OwlFormer", "USES_DATASET:Wiki-77"));
        assertEquals("15.8 perplexity Wiki-77 OwlFormer; 3.43 bits-per-dimension Pix-64 OwlFormer", results(
                "Our model outperforms sparse models on Wiki-77 (15.8 vs 18.3 perplexity) and on Pix-64 (3.43 vs "
                        + "3.44 bits/dim).",
                "PROPOSES_METHOD:OwlFormer", "USES_DATASET:Wiki-77", "USES_DATASET:Pix-64"));
        // the metric after "for the" following the second value; "e.g.," opening the bracket
        assertEquals("71.3 map Quux OwlFormer; 80.2 f1 Quux OwlFormer", results(
                "On the Quux videos our proposed method consistently exceeds the best methods by a large margin "
                        + "(e.g., 71.3% v.s. 65.0% for the mAP in part detection and 80.2% v.s. 77.1% for F1 score "
                        + "in stage recognition).",
                "PROPOSES_METHOD:OwlFormer", "USES_DATASET:Quux"));
        // "a compared to ... METRIC of b": the second value's metric
        assertEquals("77.7 accuracy Quux OwlFormer", results(
                "Our OwlFormer model achieves state-of-the-art results on the Quux dataset (77.7% compared to the "
                        + "previous best accuracy of 74.2%).",
                "PROPOSES_METHOD:OwlFormer", "USES_DATASET:Quux"));
    }

    @Test
    void keepingCloseToAnotherScoreMayPutTheWorseValueFirst() {
        assertEquals("60.3 mrr Quux OwlFormer", results(
                "On Quux, with our approach we keep most of the MRR performance (60.3% vs. 61.9%).",
                "PROPOSES_METHOD:OwlFormer", "USES_DATASET:Quux"));
    }

    @Test
    void noPairValueWhenTheSideIsNotClear() {
        // no "our"/"we" and a subject that is not the paper's method: the first value is not the paper's (the second
        // is the beaten method's, named)
        assertEquals("68.0 miou Quux HeronSeg", results(
                "KiteSeg improves over the HeronSeg baseline on Quux (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:OwlFormer", "USES_METHOD:KiteSeg", "USES_METHOD:HeronSeg", "USES_DATASET:Quux"));
        // the paper's model is the object of the claim
        assertEquals("", results("KiteSeg outperforms our model on Quux (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        // a claim to be better with the first value the worse: the old value is first
        assertEquals("", results("Our model outperforms the best baseline on Quux (68.0% vs. 71.2% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_DATASET:Quux"));
        // a gain right before the pair
        assertEquals("", results("Our model lifts the mIoU on Quux by 3.2 points (68.0% vs. 71.2%).",
                "PROPOSES_METHOD:HeronSeg", "USES_DATASET:Quux").replaceAll("3.2 miou Quux HeronSeg", ""));
        // no claim of the paper's, only a comparison
        assertEquals("", results("We compare our model with KiteSeg on Quux (71.2% vs. 68.0% mIoU).",
                "PROPOSES_METHOD:HeronSeg", "USES_METHOD:KiteSeg", "USES_DATASET:Quux"));
        // no metric by the pair
        assertEquals("", results("Our model clearly outperforms the state of the art on Quux (71.2% vs. 68.0%).",
                "PROPOSES_METHOD:HeronSeg", "USES_DATASET:Quux"));
    }
}
