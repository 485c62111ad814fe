package org.paperkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestStats {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, new Stats(List.of(5.0, 1.0, 3.0)).median());
        assertEquals(2.5, new Stats(List.of(4.0, 1.0, 3.0, 2.0)).median());
    }

    @Test
    void nearestRankPercentiles() {
        Stats s = new Stats(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0));
        assertEquals(50.0, s.percentile(50));
        assertEquals(100.0, s.percentile(95));
        assertEquals(10.0, s.percentile(1));
        assertEquals(100.0, s.percentile(100));
    }

    @Test
    void spreadIsHalfTheRangeOverTheMedian() {
        Stats s = new Stats(List.of(90.0, 100.0, 110.0));
        assertEquals(10.0, s.spreadPercent(), 1e-9);
        assertEquals(90.0, s.min());
        assertEquals(110.0, s.max());
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Stats(List.of()));
    }
}
