package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores whose holder the sentence names outright, on an invented abstract with one own method (OwlNet). */
class TestNamedScoreHolder {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String sentence) {
        return InventedAbstract.of("2501.00057", "We propose OwlNet. " + sentence, "PROPOSES_METHOD:OwlNet",
                "USES_METHOD:FooNet", "USES_DATASET:Quokka-DB", "USES_DATASET:Emu-Set").results(extractor);
    }

    @Test
    void aPersonsOrChancesScoreIsNoMethods() {
        assertEquals("", results("The human accuracy is 90.15% on Quokka-DB."));
        assertEquals("", results("Human accuracy on Quokka-DB is 90.15%."));
        assertEquals("", results("Inter-annotator agreement is 80.1% F1 on Quokka-DB."));
    }

    @Test
    void theMetricOfANamedMethodIsThatMethods() {
        assertEquals("90.15 accuracy Quokka-DB FooNet", results("The accuracy of FooNet is 90.15% on Quokka-DB."));
        assertEquals("90.15 accuracy Quokka-DB FooNet", results("The accuracy of FooNet on Quokka-DB is 90.15%."));
        assertEquals("90.15 accuracy Quokka-DB OwlNet", results("The accuracy of OwlNet is 90.15% on Quokka-DB."));
        // a capitalised holder no link names: another system, no method to give the score to
        assertEquals("", results("The accuracy of GlimBot is 90.15% on Quokka-DB."));
    }

    @Test
    void scoresInBracketsAfterABeatenMethodAreThatMethods() {
        assertEquals("75.0 accuracy Emu-Set FooNet; 77.3 accuracy Emu-Set OwlNet; 79.1 accuracy Quokka-DB FooNet; "
                        + "81.2 accuracy Quokka-DB OwlNet",
                results("OwlNet reaches 81.2% and 77.3% accuracy on Quokka-DB and Emu-Set, surpassing FooNet "
                        + "(79.1% and 75.0%), respectively."));
    }

    @Test
    void formsThatNameNoOtherHolderAreLeftToTheSubjectRules() {
        // "of" that brings in the value, a gain of a named model, the own model after "of"
        assertEquals("88.2 accuracy Quokka-DB OwlNet", results("OwlNet reaches an accuracy of 88.2% on Quokka-DB."));
        assertEquals("", results("The accuracy of our model is 90.15% on Quokka-DB."));
        assertEquals("", results("The accuracy of FooNet with OwlNet is 90.15% on Quokka-DB."));
        assertEquals("81.2 accuracy Quokka-DB OwlNet",
                results("OwlNet reaches 81.2% accuracy on Quokka-DB, surpassing FooNet by 2.1%."));
    }
}
