package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "..., starting from x and reaching a": a score participle after "and" keeps the main clause's subject. */
class TestParticipleAfterAnd {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00004", abstractText, links).results(extractor);
    }

    @Test
    void theParticipleAfterAndIsTheSubjectsOwnScore() {
        assertEquals("70.5 accuracy Gnat -; 91.2 accuracy Zorb -; 92.0 accuracy Zorb -",
                results("Specifically, we run plain owl search at a large scale to find models for the Zorb and Gnat "
                        + "sets, starting from random seeds and reaching accuracies of 91.2% (92.0% for an ensemble) "
                        + "and 70.5%, respectively.", "USES_DATASET:Zorb", "USES_DATASET:Gnat"));
    }

    @Test
    void anotherSubjectStillOwnsItsParticiple() {
        // not the paper's: the clause before "and" is about a named method the paper uses
        assertEquals("",
                results("The popular EmuNet was trained on the Zorb and Gnat sets, starting from random seeds and "
                        + "reaching accuracies of 91.2% and 70.5%, respectively.", "USES_METHOD:EmuNet",
                        "USES_DATASET:Zorb", "USES_DATASET:Gnat"));
    }
}
