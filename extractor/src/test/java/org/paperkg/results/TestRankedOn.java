package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A score followed by the rank or record it earned on a benchmark is measured there ({@link RankedOn}). */
class TestRankedOn {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String text, String... links) {
        return InventedAbstract.of("2501.00061", text, links).results(extractor);
    }

    private static final String[] LINKS = {"PROPOSES_METHOD:OwlNet", "USES_DATASET:Zorb-16", "USES_DATASET:Gnat"};

    @Test
    void theRankedBenchmarkIsTheScoresDataset() {
        assertEquals("83.4 miou Zorb-16 OwlNet",
                results("We propose OwlNet for video segmentation. OwlNet outperforms prior methods by a large "
                        + "margin with a mean IoU of 83.4% and ranks first on the Zorb-16 leaderboard while using "
                        + "fewer parameters. We also study Gnat.", LINKS));
        assertEquals("0.765 accuracy Zorb-16 OwlNet; 0.811 auc Zorb-16 OwlNet",
                results("We propose OwlNet for meme screening. Our approach achieves 0.811 AUROC with an accuracy of "
                        + "0.765 on the challenge test set and placed third out of 912 teams in the Zorb-16 challenge. "
                        + "We also study Gnat.", LINKS));
    }

    @Test
    void aRecordClaimedOnTheBenchmarkAfterTheScoreToo() {
        assertEquals("88.5 top-1-accuracy Zorb-16 OwlNet; 98.7 top-5-accuracy Zorb-16 OwlNet",
                results("We propose OwlNet for image classification. A large network pre-trained on Gnat and tuned "
                        + "with OwlNet achieves 88.5% top-1 accuracy (top-5: 98.7%), which establishes the new "
                        + "state of the art for Zorb-16 with a single crop.", LINKS));
        assertEquals("88.5 top-1-accuracy Gnat OwlNet", results("We propose OwlNet for image classification. "
                + "OwlNet, tested on Gnat, achieves 88.5% top-1 accuracy, which sets a new record on Zorb-16.", LINKS),
                "a benchmark named before the score that is no training data stays its dataset");
    }

    @Test
    void beatingAllEntriesOfTheBenchmarkIsItsFirstPlace() {
        assertEquals("61.3 miou Zorb-16 OwlNet", results("We propose OwlNet for video segmentation. OwlNet "
                + "reaches a mean IoU of 61.3% on the hidden split and outperforms all submissions to the Zorb-16 "
                + "challenge. We also study Gnat.", LINKS));
        assertEquals("", results("We propose OwlNet for video segmentation. OwlNet reaches a mean IoU of 61.3% on the "
                + "hidden split and outperforms most submissions to the Zorb-16 challenge. We also study Gnat.", LINKS),
                "not all entries beaten");
    }

    @Test
    void noRankOrNoSingleBenchmarkGivesNothing() {
        String other = "We also study Gnat.";
        assertEquals("", results("We propose OwlNet for video segmentation. OwlNet reaches a mean IoU of 83.4% and "
                + "is tested on the Zorb-16 leaderboard. " + other, LINKS), "no rank");
        assertEquals("", results("We propose OwlNet for video segmentation. OwlNet reaches a mean IoU of 83.4% and "
                + "ranks first on the Zorb-16 and Gnat leaderboards.", LINKS), "two benchmarks");
        assertEquals("", results("We propose OwlNet for video segmentation. OwlNet reaches a mean IoU of 83.4%, "
                + "while FooNet ranks first on the Zorb-16 leaderboard. " + other, LINKS), "another's rank");
        assertEquals("", results("We propose OwlNet for video segmentation. OwlNet reaches a mean IoU of 83.4% and "
                + "ranks well above the average of the methods submitted to the Zorb-16 leaderboard. " + other, LINKS),
                "no place named");
    }
}
