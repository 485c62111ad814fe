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

    private static List<String> read(List<ResultClaim> r) {
        return r.stream().map(c -> c.metric().key() + " " + c.value().toPlainString() + " " + c.dataset().entityLabel())
                .toList();
    }

    @Test
    void theOneMetricNamedBeforeIsTheScoresMetric() {
        List<ResultClaim> r = extract("We measure translation quality with BLEU. OwlMT achieves 28.4 on Kestrel-9 "
                + "and 30.1 on Emu-Set.");
        assertEquals(List.of("bleu 28.4 Kestrel-9", "bleu 30.1 Emu-Set"), read(r));
        assertEquals(CarriedMetric.RULE, r.get(0).rule().replaceAll("\\+.*", ""));
    }

    @Test
    void aMetricEarlierInItsOwnSentenceCarriesToAScoreVerb() {
        List<ResultClaim> r = extract("OwlMT gives the best accuracy among open models on hard inputs: it reaches "
                + "81.2% on Kestrel-9, 77.5% on Emu-Set.");
        assertEquals(List.of("accuracy 81.2 Kestrel-9", "accuracy 77.5 Emu-Set"), read(r));
    }

    @Test
    void aPerformanceOfAndImprovingToAreScores() {
        assertEquals(List.of("accuracy 91.2 Kestrel-9"), read(extract("Accuracy is the main measure of this task. "
                + "OwlMT attains a performance of 91.2% on Kestrel-9.")));
        assertEquals(List.of("f1 88.4 Kestrel-9"), read(extract("We report F1 throughout. OwlMT, in turn, "
                + "improves Kestrel-9 to 88.4%.")));
    }

    @Test
    void twoMetricsBeforeGiveNothing() {
        assertTrue(extract("We report accuracy and macro F1. OwlMT achieves 84.1% on Kestrel-9.").isEmpty());
        assertTrue(extract("We report accuracy. Detection is scored with mAP. OwlMT achieves 84.1% on Kestrel-9.")
                .isEmpty());
    }

    @Test
    void noMetricBeforeOrAMetricAfterGivesNothingNew() {
        assertTrue(extract("OwlMT achieves 84.1% on Kestrel-9. We also report accuracy.").isEmpty());
        List<ResultClaim> own = extract("We report accuracy. OwlMT achieves 84.1% top-1 accuracy on Kestrel-9.");
        assertEquals(List.of("top-1-accuracy 84.1 Kestrel-9"), read(own), "the sentence's own metric wins");
    }

    @Test
    void countsSharesGainsAndOtherUnitsAreNoScores() {
        String metric = "Accuracy is the main measure. ";
        assertTrue(extract(metric + "OwlMT achieves 12 points on Kestrel-9.").isEmpty(), "a bare integer");
        assertTrue(extract(metric + "OwlMT achieves 40% fewer errors on Kestrel-9.").isEmpty(), "a change");
        assertTrue(extract(metric + "OwlMT achieves 95% of the full model on Kestrel-9.").isEmpty(), "a share");
        assertTrue(extract(metric + "OwlMT achieves 4.5 ms per image on Kestrel-9.").isEmpty(), "a speed");
        assertTrue(extract(metric + "OwlMT improves on Kestrel-9 by 3.1%.").isEmpty(), "a gain");
        assertTrue(extract(metric + "OwlMT gets a final score of 0.75 on Kestrel-9.").isEmpty(), "a challenge score");
        assertTrue(extract(metric + "OwlMT uses 62.5% of Kestrel-9 for training.").isEmpty(), "no score cue");
    }

    @Test
    void aPercentageIsNoPerplexity() {
        assertTrue(extract("We report perplexity. OwlMT achieves 35.2% on Kestrel-9.").isEmpty());
        assertEquals(List.of("perplexity 35.2 Kestrel-9"),
                read(extract("We report perplexity. OwlMT achieves 35.2 on Kestrel-9.")));
    }

    @Test
    void theScoreValueIsKeptAsWritten() {
        List<ResultClaim> r = extract("Results are given in BLEU. OwlMT reaches 28.40 on Kestrel-9.");
        assertEquals(new BigDecimal("28.40"), r.get(0).value());
    }
}
