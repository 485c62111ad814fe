package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.papers.PaperRecord;

/** Scores written without their metric take the one metric named before them, on invented abstracts. */
class TestCarriedMetric {

    private static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static List<ResultClaim> extract(String abstractText) {
        PaperRecord paper = new PaperRecord("2501.00002", "A Test Paper", abstractText, List.of(), null, null, null,
                "2501.00002", null, null, List.of(), List.of(), false);
        List<PaperLink> ls = new ArrayList<>();
        for (String l : List.of("PROPOSES_METHOD:OwlMT", "USES_DATASET:Kestrel-9", "USES_DATASET:Emu-Set")) {
            String[] f = l.split(":", 2);
            ls.add(new PaperLink(paper.key(), Relation.valueOf(f[0]), f[1].toLowerCase(), f[1], "", -1, -1, "test",
                    0.8));
        }
        return extractor.extract(paper, ls);
    }

    /** The values whose metric is carried, as "metric value dataset". */
    private static List<String> carried(List<ResultClaim> r) {
        return read(r.stream().filter(c -> c.rule().startsWith(CarriedMetric.RULE + "+")).toList());
    }

    private static List<String> read(List<ResultClaim> r) {
        return r.stream().map(c -> c.metric().key() + " " + c.value().toPlainString() + " " + c.dataset().entityLabel())
                .toList();
    }

    @Test
    void theOneMetricNamedBeforeIsTheScoresMetric() {
        List<ResultClaim> r = extract("A plain model has a BLEU of 21.0 here. OwlMT achieves 28.4 on Kestrel-9 "
                + "and 30.1 on Emu-Set.");
        assertEquals(List.of("bleu 28.4 Kestrel-9", "bleu 30.1 Emu-Set"), carried(r));
    }

    @Test
    void aMetricEarlierInItsOwnSentenceCarriesToAScoreVerb() {
        List<ResultClaim> r = extract("OwlMT gives the best accuracy among open models on hard inputs: it reaches "
                + "81.2% on Kestrel-9, 77.5% on Emu-Set.");
        assertEquals(List.of("accuracy 81.2 Kestrel-9", "accuracy 77.5 Emu-Set"), read(r));
    }

    @Test
    void aPerformanceOfAndImprovingToAreScores() {
        assertEquals(List.of("accuracy 91.2 Kestrel-9"), carried(extract("Plain models reach 80.0% accuracy. "
                + "OwlMT attains a performance of 91.2% on Kestrel-9.")));
        assertEquals(List.of("f1 88.4 Kestrel-9"), carried(extract("Plain models reach an F1 of 80.0. OwlMT, in turn, "
                + "improves Kestrel-9 to 88.4%.")));
    }

    @Test
    void twoMetricsBeforeGiveNothing() {
        assertTrue(carried(extract("Plain models reach 80.0% accuracy and 71.0 macro F1. OwlMT achieves 84.1% on "
                + "Kestrel-9.")).isEmpty());
        assertTrue(carried(extract("Plain models reach 80.0% accuracy. Detection is scored with mAP. OwlMT achieves "
                + "84.1% on Kestrel-9.")).isEmpty());
    }

    @Test
    void noMetricBeforeOrAMetricAfterGivesNothingNew() {
        assertTrue(extract("OwlMT achieves 84.1% on Kestrel-9. We also report accuracy.").isEmpty());
        List<ResultClaim> own = extract("We report accuracy. OwlMT achieves 84.1% top-1 accuracy on Kestrel-9.");
        assertEquals(List.of("top-1-accuracy 84.1 Kestrel-9"), read(own), "the sentence's own metric wins");
    }

    @Test
    void countsSharesGainsAndOtherUnitsAreNoScores() {
        String metric = "OwlMT has an accuracy of 70.2% on Emu-Set. ";
        assertEquals(List.of("accuracy 84.1 Kestrel-9"), carried(extract(metric + "OwlMT achieves 84.1% on "
                + "Kestrel-9.")), "the plain form, for contrast");
        assertTrue(carried(extract(metric + "OwlMT achieves 12 points on Kestrel-9.")).isEmpty(), "a bare integer");
        assertTrue(carried(extract(metric + "OwlMT achieves 40% fewer errors on Kestrel-9.")).isEmpty(), "a change");
        assertTrue(carried(extract(metric + "OwlMT achieves 95% of the full model on Kestrel-9.")).isEmpty(),
                "a share");
        assertTrue(carried(extract(metric + "OwlMT achieves 4.5 ms per image on Kestrel-9.")).isEmpty(), "a speed");
        assertTrue(carried(extract(metric + "OwlMT improves on Kestrel-9 by 3.1%.")).isEmpty(), "a gain");
        assertTrue(carried(extract(metric + "OwlMT gets a final score of 0.75 on Kestrel-9.")).isEmpty(),
                "a challenge score");
        assertTrue(carried(extract(metric + "OwlMT uses 62.5% of Kestrel-9 for training.")).isEmpty(), "no score cue");
    }

    @Test
    void aMetricNamedOnlyInPassingIsNoEvaluation() {
        assertTrue(carried(extract("Such filters seldom improve accuracy. OwlMT achieves 64.1% on Kestrel-9."))
                .isEmpty());
        assertEquals(List.of("accuracy 70.2 Kestrel-9", "accuracy 64.1 Emu-Set"), read(extract("OwlMT has an "
                + "accuracy of 70.2% on Kestrel-9. It achieves 64.1% on Emu-Set.")));
    }

    @Test
    void aListEndingInAChangeOrAMeasureInWordsGivesNothing() {
        String metric = "OwlMT has an accuracy of 70.2% on Kestrel-9. ";
        assertTrue(carried(extract(metric + "OwlMT achieves 35%, 36% and 30% latency reduction on Emu-Set."))
                .isEmpty());
        assertTrue(carried(extract(metric + "OwlMT achieves 81.5% and 77.1% in terms of single and paired inputs "
                + "on Emu-Set.")).isEmpty());
    }

    @Test
    void aPercentageIsNoPerplexity() {
        String metric = "Plain models reach a perplexity of 60.5. ";
        assertTrue(carried(extract(metric + "OwlMT achieves 35.2% on Kestrel-9.")).isEmpty());
        assertEquals(List.of("perplexity 35.2 Kestrel-9"), carried(extract(metric + "OwlMT achieves 35.2 on Kestrel-9.")));
    }

    @Test
    void theScoreValueIsKeptAsWritten() {
        List<ResultClaim> r = extract("OwlMT gets 27.10 BLEU on Emu-Set. It reaches 28.40 on Kestrel-9.");
        assertEquals(List.of("bleu 28.40 Kestrel-9"), carried(r));
        assertEquals(new BigDecimal("28.40"), r.get(1).value());
    }

    @Test
    void theSecondOfASlashedPairAfterACarriedScoreIsReadToo() {
        List<ResultClaim> r = extract("OwlMT reaches 71.0% top-1 accuracy on Kestrel-9. With wider layers of 40M/90M "
                + "weights the result is further increased to 72.5%/74.1% without extra data.");
        assertTrue(carried(r).stream().anyMatch(c -> c.equals("top-1-accuracy 74.1 Kestrel-9")), carried(r).toString());
    }

    @Test
    void aSlashedPairWithoutAScoreCueTakesNoMetric() {
        List<ResultClaim> r = extract("OwlMT reaches 71.0% top-1 accuracy on Kestrel-9. The two splits hold "
                + "12.5%/30.0% of the images of Emu-Set.");
        assertEquals(List.of(), carried(r));
    }
}
