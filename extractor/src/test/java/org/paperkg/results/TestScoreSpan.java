package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both ends of a span of scores of a model family, on invented abstracts; a change "from a to b" is left as it was. */
class TestScoreSpan {

    static ResultExtractor extractor;
    static ValueProbe probe;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
        probe = new ValueProbe(extractor.lexicon());
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00009", abstractText, links).results(extractor);
    }

    @Test
    void aFamilyReachesAMetricFromAToB() {
        // the dataset after the upper end is the lower end's too
        assertEquals("71.2 top-1-accuracy Quuxnet ZorbNets; 78.4 top-1-accuracy Quuxnet ZorbNets", results(
                "Our searched model family, ZorbNets, achieves top-1 accuracy from 71.2% to 78.4% on Quuxnet, and "
                        + "outperforms earlier models.", "PROPOSES_METHOD:ZorbNets", "USES_DATASET:Quuxnet"));
    }

    @Test
    void aMetricRangingFromAToB() {
        assertEquals("70.5 top-1-accuracy Quuxnet ZorbNets; 79.9 top-1-accuracy Quuxnet ZorbNets", results(
                "We present ZorbNets. On Quuxnet, our discovered model family achieve top-1 accuracies ranging from "
                        + "70.5% to 79.9%, surpassing prior models.",
                "PROPOSES_METHOD:ZorbNets", "USES_DATASET:Quuxnet"));
        assertEquals("error-rate 3.1; error-rate 7.2", probe.summary("The Gnat models reach error rates varying "
                + "from 3.1% to 7.2%.", List.of()));
    }

    @Test
    void aChangeFromAToBKeepsOnlyTheNewValue() {
        assertEquals("62.9 accuracy Quuxnet ZorbNet", results("ZorbNet improves the accuracy from 58.1% to 62.9% on "
                + "Quuxnet.", "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quuxnet"));
        // a gain word between the metric and "from": margins, not scores
        assertEquals("", probe.summary("The accuracy gains ranging from 1.2% to 3.4% hold on Quux.", List.of()));
        // the beaten methods' scores, after a word of beating in the clause
        assertEquals("accuracy 79.7", probe.summary("ZorbNet reaches 84.1% on Quux, outperforming earlier methods "
                + "with accuracies ranging from 65.5% to 79.7%.", List.of("ZorbNet", "Quux")));
        // no score verb before the metric and no word of ranging: no span
        assertEquals("", probe.summary("The accuracy of the models goes from 71.2% to 78.4% on Quux.",
                List.of("Quux")));
    }

    @Test
    void aSpanOverSeveralDatasetsIsNotRead() {
        // which end is which dataset's is not said
        assertEquals("", probe.summary("ZorbNet reaches accuracies ranging from 0.71 to 0.84 across datasets.",
                List.of("ZorbNet")));
        assertEquals("", probe.summary("ZorbNet reaches accuracies ranging from 71% to 84% on the five tasks.",
                List.of("ZorbNet")));
    }
}
