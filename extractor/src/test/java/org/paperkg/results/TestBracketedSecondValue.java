package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "METRIC of a (b) on the A (B) dataset": b is the metric's value on B, on invented sentences. */
class TestBracketedSecondValue {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String text, String... links) {
        return InventedAbstract.of("2501.00043", text, links).results(extractor);
    }

    private static final String[] LINKS = {"PROPOSES_METHOD:OwlNet", "USES_DATASET:Zorb-12", "USES_DATASET:Zorb-40"};

    @Test
    void theBracketedValueTakesTheBracketedName() {
        assertEquals("0.377 nmi Zorb-40 OwlNet; 0.612 nmi Zorb-12 OwlNet",
                results("In short, OwlNet reaches an NMI of 0.612 (0.377) on the Zorb-12 (Zorb-40) dataset, which is "
                        + "a gain of up to 11% (25%) over the best baseline.", LINKS));
        assertEquals("71.5 accuracy Zorb-40 OwlNet; 80.2 accuracy Zorb-12 OwlNet",
                results("OwlNet obtains an accuracy of 80.2% (71.5%) on Zorb-12 (Zorb-40).", LINKS));
    }

    @Test
    void aBracketedNumberWithoutMirroredNamesIsASecondReading() {
        // another average or a spread of the same score: not read
        assertEquals("80.2 accuracy Zorb-12 OwlNet",
                results("OwlNet obtains an accuracy of 80.2% (79.6%) on the Zorb-12 dataset.", LINKS));
        assertEquals("0.612 nmi Zorb-12 OwlNet",
                results("OwlNet reaches an NMI of 0.612 (0.377) on Zorb-12 and on Zorb-40.", LINKS));
    }

    @Test
    void anAbbreviationInBracketsIsNoSecondDataset() {
        assertEquals("80.2 accuracy Zorb-12 OwlNet",
                results("OwlNet obtains an accuracy of 80.2% (79.6%) on Zorb-12 (Zorb-12) data.",
                        LINKS));
    }
}
