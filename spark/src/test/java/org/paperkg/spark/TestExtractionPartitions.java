package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestExtractionPartitions {

    @Test
    void oneCoreAndTwoCoresGetTheSamePartitionsOfAMidSizedCorpus() {
        assertEquals(100, ExtractionPartitions.of(10_000, 1, 0));
        assertEquals(100, ExtractionPartitions.of(10_000, 2, 0));
        assertEquals(20, ExtractionPartitions.of(1_999, 2, 0));
    }

    @Test
    void aSmallCorpusStillSpreadsOverEveryCore() {
        assertEquals(8, ExtractionPartitions.of(30, 2, 0));
        assertEquals(4, ExtractionPartitions.of(0, 1, 0));
    }

    @Test
    void aLargeCorpusGrowsTheTasksInsteadOfTheirNumber() {
        assertEquals(200, ExtractionPartitions.of(100_000, 1, 0));
        assertEquals(100_000, ExtractionPartitions.of(200_000_000L, 500, 0));
    }

    @Test
    void whatTheUserAskedForWins() {
        assertEquals(3, ExtractionPartitions.of(10_000, 2, 3));
    }

    @Test
    void partsHoldTenPartitionsEach() {
        assertEquals(10, ExtractionPartitions.parts(100));
        assertEquals(1, ExtractionPartitions.parts(8));
        assertEquals(3, ExtractionPartitions.parts(21));
    }
}
