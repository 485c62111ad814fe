package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The new value of "from A to B" with its metric away from it, on invented abstracts. */
class TestFromToValues {

    static ResultExtractor extractor;
    private static final ValueProbe VALUES = new ValueProbe(MetricLexicon.load());

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00003", abstractText, links).results(extractor);
    }

    @Test
    void theMetricBeforeAListOfDatasetsEachWithFromAndTo() {
        assertEquals("86.97 accuracy Flitset ZorbNet; 90.30 accuracy Quux-Birds ZorbNet; 90.95 accuracy Zorb-200 "
                        + "ZorbNet", results("Our approach improves the best accuracies for zorb classification on "
                        + "Zorb-200 from 90.40% to 90.95%, on Quux-Birds from 89.20% to 90.30%, and on Flitset from "
                        + "84.30% to 86.97%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Zorb-200", "USES_DATASET:Quux-Birds",
                "USES_DATASET:Flitset"));
        assertEquals("69.1 f1 Brekky ZorbNet; 81.5 f1 Salads ZorbNet", results(
                "ZorbNet improves the F1 score, from 59.6% to 69.1% on Brekky and from 73.4% to 81.5% on Salads.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Brekky", "USES_DATASET:Salads"));
    }

    @Test
    void aListAfterBeatingTheBestMethodTakesTheMetricBeforeIt() {
        String list = "ZorbNet outperforms the best earlier method by large margins (e.g. for the F1@25 score, from "
                + "50.1% to 61.2% on Brekky and from 70.3% to 77.5% on Salads).";
        assertEquals("f1-at-25 61.2; f1-at-25 77.5", new ValueProbe(MetricLexicon.load()).read(list).stream()
                .map(r -> r.metric().key() + " " + r.value().toPlainString()).collect(Collectors.joining("; ")));
        // the first item, right after "outperforms ...", is the subject's too: the new value of a "from a to b"
        // (RESULTS38's MethodBinder rule)
        assertEquals("61.2 f1-at-25 Brekky ZorbNet; 77.5 f1-at-25 Salads ZorbNet", results(list,
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Brekky", "USES_DATASET:Salads"));
        // better by the direction of the metric only: a lower F1 after "outperforms" is no result
        assertEquals("", results("ZorbNet outperforms the best earlier method by large margins (e.g. for the F1@25 "
                        + "score, from 61.2% to 50.1% on Brekky and from 77.5% to 70.3% on Salads).",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Brekky", "USES_DATASET:Salads"));
    }

    @Test
    void theMetricBetweenFromAndTheOldValueOrInBracketsAfterTheNewOne() {
        assertEquals("85.8 top-1-accuracy Zorb ZorbNet", results("In particular, we improve Zorb classification from "
                        + "the best top-1 accuracy 85.5% without extra data to 85.8%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Zorb"));
        assertEquals("39.81 bleu Quux ZorbNet", results(
                "ZorbNet advances the best result on Quux from 28.65 to 39.81 (BLEU score).",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
    }

    @Test
    void noValueWithoutAnImprovementOrWhenTheMetricHasItsOwnValue() {
        // a drop is no result
        assertEquals("", results("Under attack, the accuracy of ZorbNet on Quux drops from 90.1% to 60.2%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
        // the improving words must agree with the metric's direction
        assertEquals("", results("ZorbNet improves the accuracies for zorb classification on Quux from 90.1% to 88.2%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
        // the sentence's metric has its own value: a later "from A to B" is of something else
        assertEquals("80.2 accuracy Quux ZorbNet", results(
                "ZorbNet reaches 80.2% accuracy on Quux and improves the recall share from 12.1% to 30.2%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
        // another clause speaks of something else
        assertEquals("", results("The accuracy of ZorbNet on Quux falls from 90.1% to 88.2% while improving its "
                        + "robustness from 10.1% to 40.2%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
        // the metric named after the improving word only
        assertEquals("", results("With the accuracy as the target, ZorbNet improves coverage on Quux from 10.1% to "
                        + "40.2%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
    }

    @Test
    void theMetricAsTheSubjectOfAPassiveImproving() {
        assertEquals("30.0 map Quux ZorbNet", results("Specifically, the average mAP of IoU thresholds from 0.1 to 0.7 "
                        + "on the Quux dataset is significantly improved from 27.5% to 30.0%.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
        assertEquals("15.9 fid Quux ZorbNet", results("With ZorbNet, the FID score was improved from 18.6 to 15.9 on Quux.",
                "PROPOSES_METHOD:ZorbNet", "USES_DATASET:Quux"));
        // not: worse by the metric's direction, a participle with no auxiliary, a second metric before "from"
        assertEquals(0, new ValueProbe(MetricLexicon.load()).read(
                "The accuracy on Quux is reduced from 90.1% to 60.2% by the attack.").size());
        assertEquals(0, new ValueProbe(MetricLexicon.load()).read(
                "The average mAP and the recall of ZorbNet on Quux are improved from 27.5% to 30.0%.").size());
        assertEquals(0, new ValueProbe(MetricLexicon.load()).read(
                "The average mAP of ZorbNet on Quux, improved from 27.5% to 30.0%, is a record.").size());
    }

    @Test
    void aScoreFurtherImprovedWithSomethingToANewOne() {
        // the new value is a score of the same metric, on the data of the one it improves
        assertEquals("71.6 f1 Quux ZorbTagger; 80.3 f1 Quux ZorbTagger", results("We evaluate ZorbTagger on the Quux "
                        + "corpus, where it achieves a state-of-the-art F1 of 71.6, further improved with pretrained "
                        + "embeddings (ZBERT) to 80.3.",
                "PROPOSES_METHOD:ZorbTagger", "USES_DATASET:Quux"));
        ValueProbe probe = new ValueProbe(MetricLexicon.load());
        assertEquals("f1 71.6; f1 80.3", probe.summary("ZorbTagger reaches an F1 of 71.6, and is then improved "
                + "with extra data to 80.3.", java.util.List.of("ZorbTagger")));
        // a gain ("improved by"), a worse value, no comma, another clause: nothing more is read
        assertEquals("f1 71.6", probe.summary("ZorbTagger reaches an F1 of 71.6, further improved with extra data by "
                + "2.3.", java.util.List.of("ZorbTagger")));
        assertEquals("f1 71.6", probe.summary("ZorbTagger reaches an F1 of 71.6, further improved with extra data to "
                + "70.3.", java.util.List.of("ZorbTagger")));
        assertEquals("f1 71.6", probe.summary("ZorbTagger reaches an F1 of 71.6 further improved with extra data to "
                + "80.3.", java.util.List.of("ZorbTagger")));
        assertEquals("f1 71.6", probe.summary("ZorbTagger reaches an F1 of 71.6, improved with data, but the old "
                + "tagger drops to 80.3.", java.util.List.of("ZorbTagger")));
    }

    @Test
    void aLastStepAfterAListOfChangesTakesTheMetricOfTheChangeBeforeIt() {
        assertEquals("ndcg 60.92; ndcg 66.53; ndcg 74.88", VALUES.summary("Our approach improves the best NDCG score on "
                + "Quux from 57.59 to 60.92 with a single model, from 64.47 to 66.53 with ensembles, and even to 74.88 "
                + "with extra tuning.", java.util.List.of()));
        assertEquals("accuracy 72.5; accuracy 75.0", VALUES.summary("OwlNet improves the accuracy on Quux from 70.1% "
                + "to 72.5% with the small model, and even to 75.0% with the large one.", java.util.List.of()));
    }

    @Test
    void noLastStepThatIsWorseOrAfterAnotherChange() {
        assertEquals("accuracy 72.5", VALUES.summary("OwlNet improves the accuracy on Quux from 70.1% to 72.5% with the "
                + "small model, and even to 71.0% with the large one.", java.util.List.of()));
        assertEquals("accuracy 72.5", VALUES.summary("OwlNet improves the accuracy on Quux from 70.1% to 72.5% with the "
                + "small model, and cuts the error by 40% to 3.1% on Blip.", java.util.List.of()));
    }
}
