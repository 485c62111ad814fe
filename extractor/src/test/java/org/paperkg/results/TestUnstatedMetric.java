package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.results.DatasetMetrics.Evidence;
import org.paperkg.results.DatasetMetrics.Scale;

/** A score written without any metric word takes its dataset's usual metric from the build's table, or is not read. */
class TestUnstatedMetric {

    private static ResultExtractor extractor;
    /** Kestrel-9's papers state accuracy in percent; Emu-Set's nothing. */
    private static final DatasetMetrics TABLE = DatasetMetrics.of(Map.of(
            new Evidence("kestrel-9", Scale.PERCENT, "accuracy"), 4,
            new Evidence("kestrel-9", Scale.FRACTION, "auc"), 3));

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static List<ResultClaim> extract(String text, DatasetMetrics table) {
        InventedAbstract a = InventedAbstract.of("2501.00067", text, "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kestrel-9", "USES_DATASET:Emu-Set");
        return extractor.extract(a.paper(), a.links(), l -> List.of(l.entityLabel()), table);
    }

    private static String read(List<ResultClaim> r) {
        return r.stream().map(c -> c.value().toPlainString() + " " + c.metric().key() + " " + c.dataset().entityLabel())
                .sorted().collect(Collectors.joining("; "));
    }

    @Test
    void aScoreVerbsValueTakesItsDatasetsUsualMetric() {
        List<ResultClaim> r = extract("OwlNet reaches 81.2% on Kestrel-9 and 77.5% on Emu-Set.", TABLE);
        assertEquals("81.2 accuracy Kestrel-9", read(r)); // Emu-Set has no evidence
        assertTrue(r.get(0).rule().endsWith(DatasetMetrics.FROM_CORPUS), r.get(0).rule());
        assertTrue(r.get(0).confidence() < 0.5, "below an explicit metric's");
        assertEquals(null, r.get(0).metricText());
    }

    @Test
    void noTableNoResult() {
        assertEquals("", read(extract("OwlNet reaches 81.2% on Kestrel-9.", DatasetMetrics.NONE)));
    }

    @Test
    void theScaleMustFit() {
        assertEquals("0.91 auc Kestrel-9", read(extract("OwlNet obtains a result of 0.91 on Kestrel-9.", TABLE)));
    }

    @Test
    void otherScoreFramesAreRead() {
        assertEquals("82.0 accuracy Kestrel-9", read(extract(
                "OwlNet gives the best results on Kestrel-9 (82.0%) among open models.", TABLE)));
        assertEquals("83.5 accuracy Kestrel-9", read(extract(
                "OwlNet improves the state of the art on Kestrel-9 (83.5% vs. 80.2%).", TABLE)));
    }

    @Test
    void theComparedValueOfAVersusBracketIsNotTheOwn() {
        assertEquals("", read(extract("Compared to a plain model, OwlNet helps on Kestrel-9 (80.2% vs. 83.5%).",
                TABLE)));
    }

    @Test
    void countsCostsAndNamedMeasuresAreNotRead() {
        assertEquals("", read(extract("OwlNet reduces parameters by 95% on Kestrel-9.", TABLE)));
        assertEquals("", read(extract("The average Leak Rate of OwlNet reaches 40.5% on Kestrel-9.", TABLE)));
        assertEquals("", read(extract("OwlNet increases the TPS of the decoder to 10.1 on Kestrel-9.", TABLE)));
        assertEquals("", read(extract("OwlNet was trained for 300 epochs on Kestrel-9.", TABLE)));
        assertEquals("", read(extract("OwlNet reaches 81.2% using the Q metric on Kestrel-9.", TABLE)));
        // a bracket after a lower-case phrase is not a dataset's score: here the human one
        assertEquals("", read(extract("OwlNet gives the human-level performance in matching (81.5%) on Kestrel-9.",
                TABLE)));
    }

    @Test
    void anAbstractNamingMetricsMustNameTheUsualOne() {
        assertEquals("", read(extract("We report the F1 and the recall of OwlNet. OwlNet reaches 81.2% on Kestrel-9.",
                TABLE)));
    }
}
