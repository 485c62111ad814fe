package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "respectively" lists whose items hold a shorter linked name inside a longer one, on invented sentences. */
class TestRespectivelyPairing {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String text, String... links) {
        return InventedAbstract.of("2501.00003", text, links).results(extractor);
    }

    @Test
    void aShorterNameInsideAYearedNameIsNoItemOfItsOwn() {
        // "Quokka VOC" inside "Quokka VOC 2007" made two items of one: the values were paired one place off
        assertEquals("71.2 map Quokka VOC 2007 OwlHEM", results("We propose OwlHEM for detection. OwlHEM reaches 71.2% "
                        + "and 69.4% mAP on Quokka VOC 2007 and 2011 respectively.", "PROPOSES_METHOD:OwlHEM",
                "USES_DATASET:Quokka VOC", "USES_DATASET:Quokka VOC 2007", "USES_DATASET:Emu"));
    }

    @Test
    void threeNamedSplitsPairInOrder() {
        assertEquals("33.5 miou Emu validation set OwlNet; 48.1 miou Quokka test set OwlNet; 50.2 miou Wombat OwlNet",
                results("Our OwlNet reaches mIoU scores of 48.1%, 33.5% and 50.2% on the Quokka test set, the Emu "
                                + "validation set and the Wombat val set, respectively.", "PROPOSES_METHOD:OwlNet",
                        "USES_DATASET:Quokka", "USES_DATASET:Quokka test set", "USES_DATASET:Emu",
                        "USES_DATASET:Emu validation set", "USES_DATASET:Wombat"));
    }

    @Test
    void moreValuesThanItemsStayUnpaired() {
        assertEquals("", results("We propose OwlHEM for detection. OwlHEM reaches 71.2%, 70.0% and 69.4% mAP on "
                        + "Quokka VOC 2007 and Emu respectively.", "PROPOSES_METHOD:OwlHEM",
                "USES_DATASET:Quokka VOC", "USES_DATASET:Quokka VOC 2007", "USES_DATASET:Emu"));
    }

    @Test
    void aScoreListBeforeAGainListPairsWithTheDatasetsBeforeBoth() {
        assertEquals("1.38 miou Quokka RGB-D OwlFormer-L; 2.15 miou Emu2 OwlFormer-L; 51.28 miou Quokka RGB-D OwlFormer-L; "
                        + "57.95 miou Emu2 OwlFormer-L",
                results("Experiments on the Quokka RGB-D and Emu2 benchmarks show that OwlFormer-L achieves mIoU "
                                + "scores of 51.28% and 57.95%, outperforming FooFormer-L by 1.38% and 2.15%, respectively.",
                        "PROPOSES_METHOD:OwlFormer-L", "USES_DATASET:Quokka RGB-D", "USES_DATASET:Emu2",
                        "USES_METHOD:FooFormer-L"));
    }

    @Test
    void aSecondListOfAnotherCountPairsNothing() {
        assertEquals("", results("On Quokka and Emu2, OwlFormer-L reaches 51.28% and 57.95% mIoU, outperforming "
                        + "FooFormer-L by 1.1%, 0.4% and 2.3%, respectively.", "PROPOSES_METHOD:OwlFormer-L",
                "USES_DATASET:Quokka", "USES_DATASET:Emu2", "USES_METHOD:FooFormer-L"));
    }

    @Test
    void valuesOverTheSettingsOfOneDatasetAllTakeThatDataset() {
        // "respectively" pairs the values with the two protocols, both of the one dataset named before them
        assertEquals("79.6 accuracy Quokka-3D OwlNet; 84.6 accuracy Quokka-3D OwlNet", results("We propose OwlNet for "
                        + "action recognition. It achieves 79.6% and 84.6% of accuracies on Quokka-3D with cross-subject "
                        + "and cross-view protocol, respectively.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Quokka-3D"));
        assertEquals("79.6 accuracy Quokka-3D OwlNet; 84.6 accuracy Quokka-3D OwlNet", results("We propose OwlNet. "
                        + "OwlNet reaches accuracies of 79.6% and 84.6% on Quokka-3D under the easy and hard settings, "
                        + "respectively.", "PROPOSES_METHOD:OwlNet", "USES_DATASET:Quokka-3D"));
    }

    @Test
    void aSettingListOfAnotherCountOrWithANamePairsNothing() {
        assertEquals("", results("We propose OwlNet. OwlNet reaches accuracies of 79.6% and 84.6% on Quokka-3D under the "
                        + "easy, medium and hard settings, respectively.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Quokka-3D"));
        assertEquals("", results("We propose OwlNet. OwlNet reaches accuracies of 79.6% and 84.6% on Quokka-3D with "
                        + "the Emu and Wombat splits, respectively.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Quokka-3D"));
    }
}
