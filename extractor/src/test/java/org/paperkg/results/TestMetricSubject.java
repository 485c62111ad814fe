package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences whose subject is the metric itself, on invented abstracts with two proposed methods and no main one. */
class TestMetricSubject {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String sentence) {
        return InventedAbstract.of("2501.00004", "We propose the OwlArm module and Owl-albino. " + sentence,
                "PROPOSES_METHOD:OwlArm", "PROPOSES_METHOD:Owl-albino", "USES_DATASET:Quokka-DB",
                "USES_DATASET:Emu-Net", "USES_DATASET:Wombat2013").results(extractor);
    }

    @Test
    void theMetricAsSubjectStatesThePapersOwnScores() {
        assertEquals("61.49 accuracy Emu-Net -; 70.38 accuracy Wombat2013 -; 90.15 accuracy Quokka-DB -",
                results("The validation accuracies are respectively 90.15% on Quokka-DB, 61.49% on Emu-Net, and "
                        + "70.38% on Wombat2013, exceeding current methods."));
        assertEquals("88.2 f1 Quokka-DB -", results("The final test F1 was 88.2 on Quokka-DB."));
    }

    @Test
    void anotherOwnersMetricOrAnotherFormIsNoOwnScore() {
        assertEquals("", results("The human accuracy is 90.15% on Quokka-DB."));
        assertEquals("", results("The best reported accuracy is 90.15% on Quokka-DB."));
        assertEquals("", results("The accuracy of prior models is 90.15% on Quokka-DB."));
        assertEquals("", results("The FooNet accuracy is 90.15% on Quokka-DB."));
        assertEquals("", results("Still, the accuracy is only 90.15% on Quokka-DB."));
        assertEquals("", results("The accuracy improves by 3.5% on Quokka-DB."));
    }
}
