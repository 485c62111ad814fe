package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bracketed comparison whose first score names its own method after "for" (invented sentences, made-up names). */
class TestCompareForOwner {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00003", abstractText, links).results(extractor);
    }

    @Test
    void theProposedMethodNamedAfterForOwnsTheFirstScore() {
        assertEquals("41.2 ap Zorb OwlLite",
                results("OwlLite suits fast detection, improving both speed and accuracy of the popular fast detector "
                        + "EmuDet (41.2% AP at 25ms for OwlLite compared to 38.5% AP at 31ms for EmuDet on Zorb).",
                        "PROPOSES_METHOD:OwlLite", "USES_METHOD:EmuDet", "USES_DATASET:Zorb"));
    }

    @Test
    void aBeatenMethodNamedAfterForKeepsItsScore() {
        // the first score is the used method's: its own, as a beaten method's, and none for the paper's method
        assertEquals("38.5 ap Zorb EmuDet",
                results("OwlLite suits fast detection, unlike the popular fast detector EmuDet (38.5% AP at 31ms for "
                        + "EmuDet compared to 41.2% AP at 25ms for OwlLite on Zorb).",
                        "PROPOSES_METHOD:OwlLite", "USES_METHOD:EmuDet", "USES_DATASET:Zorb"));
    }

    @Test
    void theFirstScoreOfAVersusPairIsNotTheMethodNamedBefore() {
        // not EmuNet's: writers put their own score first in "(a vs. b)", and the sentence does not name the owner
        assertEquals("",
                results("Meanwhile, its accuracy is comparable to the best trackers using joint owl and emu tuning "
                        + "(EmuNet) learning (61.0% MOTA vs. 63.2% MOTA on Zorb).", "USES_METHOD:EmuNet",
                        "USES_DATASET:Zorb"));
    }
}
