package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.results.DatasetMetrics.Evidence;
import org.paperkg.results.DatasetMetrics.Scale;

/** The table of each dataset's usual metric: evidence counted per paper, used only when it is strong. */
class TestDatasetMetrics {

    private static final Metric ACCURACY = new Metric("accuracy", "accuracy", Direction.HIGHER_IS_BETTER, List.of());
    private static final Metric ERROR = new Metric("error-rate", "error rate", Direction.LOWER_IS_BETTER, List.of());

    private static ResultClaim claim(Metric m, String value, String unit, String rule) {
        PaperLink d = new PaperLink("p", Relation.USES_DATASET, "kestrel-9", "Kestrel-9", "", -1, -1, "test", 1);
        return new ResultClaim(m, m.name(), new BigDecimal(value), unit, false, false, d, null, null, "s", 0, 1,
                rule, 0.9);
    }

    @Test
    void scalesOfValues() {
        assertEquals(Optional.of(Scale.PERCENT), Scale.of(new BigDecimal("81.2"), "%"));
        assertEquals(Optional.of(Scale.PERCENT), Scale.of(new BigDecimal("28.4"), null));
        assertEquals(Optional.of(Scale.FRACTION), Scale.of(new BigDecimal("0.812"), null));
        assertEquals(Optional.empty(), Scale.of(new BigDecimal("4.2"), "dB"));
        assertEquals(Optional.empty(), Scale.of(new BigDecimal("812"), null));
    }

    @Test
    void aPaperCountsOnceAndCorpusGivenMetricsAreNoEvidence() {
        DatasetMetrics.Counter counter = new DatasetMetrics.Counter();
        counter.add(List.of(claim(ACCURACY, "81.2", "%", "value-metric"), claim(ACCURACY, "80.1", "%", "list")));
        counter.add(List.of(claim(ACCURACY, "79.0", "%", "unstated" + DatasetMetrics.FROM_CORPUS)));
        assertEquals(Map.of(new Evidence("kestrel-9", Scale.PERCENT, "accuracy"), 1), counter.table().papers());
    }

    @Test
    void threePapersAndAClearMajorityGiveTheMetric() {
        DatasetMetrics t = DatasetMetrics.of(Map.of(new Evidence("kestrel-9", Scale.PERCENT, "accuracy"), 3,
                new Evidence("kestrel-9", Scale.PERCENT, "error-rate"), 1));
        assertEquals(Optional.of("accuracy"), t.usual("kestrel-9", Scale.PERCENT));
        assertEquals(Optional.empty(), t.usual("kestrel-9", Scale.FRACTION)); // no 0-1 metric stated
        assertEquals(Optional.empty(), t.usual("emu-set", Scale.PERCENT));
    }

    @Test
    void twoPapersOrTwoMetricsSideBySideGiveNone() {
        assertTrue(DatasetMetrics.of(Map.of(new Evidence("kestrel-9", Scale.PERCENT, "accuracy"), 2))
                .usual("kestrel-9", Scale.PERCENT).isEmpty());
        DatasetMetrics both = DatasetMetrics.of(Map.of(new Evidence("kestrel-9", Scale.PERCENT, "accuracy"), 5,
                new Evidence("kestrel-9", Scale.PERCENT, "error-rate"), 4));
        assertTrue(both.usual("kestrel-9", Scale.PERCENT).isEmpty());
        assertEquals(Optional.of("accuracy"), both.withThresholds(3, 0.5).usual("kestrel-9", Scale.PERCENT));
    }

    @Test
    void gainsSayNothingOfTheScale() {
        PaperLink d = new PaperLink("p", Relation.USES_DATASET, "kestrel-9", "Kestrel-9", "", -1, -1, "test", 1);
        ResultClaim gain = new ResultClaim(ERROR, "error", new BigDecimal("2.1"), "%", true, false, d, null, null, "s",
                0, 1, "value-metric", 0.9);
        assertTrue(DatasetMetrics.evidence(List.of(gain)).isEmpty());
    }
}
