package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Datasets given to values in forms the binder once left without one, from invented abstracts. */
class TestDatasetBinderForms {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String text, String... links) {
        return InventedAbstract.of("2501.00043", text, links).results(extractor);
    }

    @Test
    void aMethodNameWithADigitIsNoNumberInTheDatasetsClause() {
        String[] links = {"PROPOSES_METHOD:Owl2Seq", "USES_DATASET:Zorb-SQL"};
        assertEquals("48.3 accuracy Zorb-SQL Owl2Seq; 59.4 exact-match Zorb-SQL Owl2Seq",
                results("By applying reward learning with an execution engine to Zorb-SQL, Owl2Seq beats a strong "
                        + "parser, raising exact match from 35.9% to 59.4% and accuracy from 23.4% to 48.3%.", links));
        // a number in the dataset's clause is a value of its own there: the dataset frames nothing else
        assertEquals("", results("By applying reward learning to Zorb-SQL in 12 runs, Owl2Seq beats a strong parser "
                + "and is trained fast, with a final accuracy of 59.4%.", links));
        assertEquals("59.4 accuracy Zorb-SQL Owl2Seq", results("By applying reward learning to Zorb-SQL in many "
                + "runs, Owl2Seq beats a strong parser and is trained fast, with a final accuracy of 59.4%.", links));
    }

    @Test
    void aListOfScoresEachWithItsSplitTakesTheDatasetBeforeIt() {
        String[] links = {"PROPOSES_METHOD:OwlNet", "USES_DATASET:Zorb-7", "USES_DATASET:Gnat Cup"};
        assertEquals("56.4 f1 Zorb-7 OwlNet; 58 f1 Zorb-7 OwlNet; 67.9 f1 Zorb-7 OwlNet",
                results("When testing OwlNet on the Zorb-7 dataset we obtain a mean F1 of 67.9% on the val, 58% on "
                        + "the test-dev and 56.4% on the test-challenge benchmarks, taking first place in the Gnat "
                        + "Cup.", links));
        assertEquals("5.6 miss-rate Zorb-7 OwlNet; 8.7 miss-rate Zorb-7 OwlNet; 9.3 miss-rate Zorb-7 OwlNet",
                results("We reach the second best result on the Zorb-7 benchmark, i.e. 9.3% miss rate (MR) on "
                        + "reasonable set, 8.7% MR on partial set and 5.6% MR on heavy set.", links));
        // a training set is no part a score is measured on, nor is a split of another named dataset
        assertEquals("9.3 miss-rate Zorb-7 OwlNet",
                results("We reach the second best result on the Zorb-7 benchmark, i.e. 9.3% miss rate (MR) on "
                        + "reasonable set and 2.6% MR on training set.", links));
        assertEquals("67.9 f1 Zorb-7 OwlNet",
                results("When testing OwlNet on the Zorb-7 dataset we obtain a mean F1 of 67.9% on the val, and 58% "
                        + "on the test set of a private collection.", links));
    }

    @Test
    void aChainOfConjunctsTakesTheDatasetItEndsWithThoughALaterConjunctNamesAnother() {
        String[] links = {"PROPOSES_METHOD:OwlSeg", "USES_DATASET:Zorb-SEG", "USES_DATASET:Gnat-612"};
        // the second dice score's chain ends with Gnat-612, the dice score before it is Zorb-SEG's: not clear
        assertEquals("79.27 miou Zorb-SEG OwlSeg; 79.62 miou Gnat-612 OwlSeg; 81.33 dice Zorb-SEG OwlSeg",
                results("OwlSeg reaches a dice coefficient of 81.33%, and a mean Intersection over Union (mIoU) of "
                        + "79.27% for the Zorb-SEG dataset and a dice coefficient of 79.55%, and a mIoU of 79.62% "
                        + "with the Gnat-612 dataset.", links));
        // a dataset named before the value frames it; a setting of its own keeps it from the later conjunct's
        assertEquals("79.27 miou Zorb-SEG OwlSeg; 81.33 dice Gnat-612 OwlSeg",
                results("On Gnat-612, OwlSeg reaches a dice coefficient of 81.33%, and a mean IoU of 79.27% for the "
                        + "Zorb-SEG dataset and a dice coefficient of 79.55%.", links));
        assertEquals("74.2 miou Gnat-612 OwlSeg; 79.27 miou Zorb-SEG OwlSeg",
                results("OwlSeg reaches a dice coefficient of 81.33% with fewer labels, and a mean IoU of 79.27% for "
                        + "the Zorb-SEG dataset and 74.2% for the Gnat-612 dataset.", links));
    }

    @Test
    void aScoreDescribedBeforeItsValueStaysInTheChainOfScores() {
        String[] links = {"PROPOSES_METHOD:OwlGen", "USES_DATASET:Zorb-10"};
        assertEquals("2.20 fid Zorb-10 OwlGen; 2.99 bits-per-dimension Zorb-10 OwlGen; "
                        + "9.89 inception-score Zorb-10 OwlGen",
                results("We reach strong results for image synthesis on Zorb-10 with an Inception score of 9.89 and "
                        + "FID of 2.20, a competitive likelihood of 2.99 bits/dim, and show sharp samples.", links));
        // more than three words describe the score: the list ends before it
        assertEquals("2.20 fid Zorb-10 OwlGen; 9.89 inception-score Zorb-10 OwlGen",
                results("We reach strong results for image synthesis on Zorb-10 with an Inception score of 9.89 and "
                        + "FID of 2.20, a very much weaker test likelihood of 2.99 bits/dim.", links));
        // a name in the description is what the score is measured on, not a word of the item
        assertEquals("2.20 fid Zorb-10 OwlGen; 9.89 inception-score Zorb-10 OwlGen",
                results("We reach strong results for image synthesis on Zorb-10 with an Inception score of 9.89 and "
                        + "FID of 2.20, a Gnat likelihood of 2.99 bits/dim.", links));
    }

    @Test
    void respectivelyRightAfterTheValuesPairsThemWithTheListAfterIt() {
        assertEquals("47.9 pq Zorb OwlNet; 62.5 pq Gnat panoptic benchmarks OwlNet",
                results("Furthermore, we achieve the best results, which are 47.9 PQ and 62.5 PQ respectively on "
                        + "Zorb and Gnat panoptic benchmarks.", "PROPOSES_METHOD:OwlNet", "USES_DATASET:Zorb",
                        "USES_DATASET:Gnat panoptic benchmarks"));
        // an item no link gives keeps its place: the second value gets nothing
        assertEquals("99.90 accuracy Zorb-4 OwlNet",
                results("OwlNet has reached accuracies of 99.90% and 99.84% respectively, on Zorb-4 and Zorb-6, "
                        + "beating all other results.", "PROPOSES_METHOD:OwlNet", "INTRODUCES_DATASET:Zorb-4"));
        // a list of another length pairs nothing
        assertEquals("", results("OwlNet has reached accuracies of 99.90% and 99.84% respectively, on Zorb-4, Zorb-6 "
                + "and Zorb-8, beating all other results.", "PROPOSES_METHOD:OwlNet", "INTRODUCES_DATASET:Zorb-4"));
    }

    @Test
    void theSameDatasetAfterAValueIsTheOneTheSentenceNamedBefore() {
        String[] links = {"PROPOSES_METHOD:OwlSeg", "USES_DATASET:Zorb-12"};
        assertEquals("70.2 miou Zorb-12 OwlSeg; 73.5 miou Zorb-12 OwlSeg",
                results("OwlSeg reaches 70.2% mIoU on the test set of Zorb-12, while its larger variant shows 73.5% "
                        + "mIoU on the same dataset.", links));
        // what others were trained on is no place a score is measured
        assertEquals("70.2 miou Zorb-12 OwlSeg",
                results("OwlSeg reaches 70.2% mIoU on the test set of Zorb-12, while its larger variant shows 73.5% "
                        + "mIoU compared with models trained on the same data.", links));
        // two datasets named: "the same dataset" does not say which
        assertEquals("70.2 miou Zorb-12 OwlSeg; 81.0 miou Gnat-5 OwlSeg",
                results("OwlSeg reaches 70.2% mIoU on Zorb-12 and 81.0% mIoU on Gnat-5, while its larger variant "
                        + "shows 73.5% mIoU on the same dataset.", "PROPOSES_METHOD:OwlSeg", "USES_DATASET:Zorb-12",
                        "USES_DATASET:Gnat-5"));
    }

    @Test
    void aBenchmarkNamedForEvaluationAfterAnOpeningOfTaskWordsFramesTheLaterScore() {
        String[] links = {"PROPOSES_METHOD:OwlMed", "USES_DATASET:Zorb-VQA", "USES_DATASET:Gnat-1M"};
        // the opening names training data only: the first benchmark named for evaluation is where scores are
        assertEquals("81.5 accuracy Zorb-VQA OwlMed",
                results("Current widget models are pre-trained on Gnat-1M. We introduce OwlMed, a robust reasoner. "
                        + "We evaluate OwlMed on the Zorb-VQA benchmark across four kinds of images. "
                        + "Under heavy noise, OwlMed reaches 81.5% accuracy.", links));
        // a dataset named for evaluation before leaves two open
        assertEquals("", results("We test OwlMed on Gnat-1M. We evaluate OwlMed on the Zorb-VQA benchmark across "
                + "four kinds of images. Under heavy noise, OwlMed reaches 81.5% accuracy.", links));
    }
}
