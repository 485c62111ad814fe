package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A finding "we" report that claims a new best result ("we show that X ..., resulting in new state-of-the-art
 * numbers of a") is the paper's own score, even when X is a lower-case technique no link names; a finding with no
 * such claim, or reported by "results", stays about the models the paper studies.
 */
class TestNewRecordClaim {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    /** A paper that links no proposed method: its own score has no method name. */
    private static String results(String sentence) {
        return InventedAbstract.of("2501.00063", "We study owl parsers for wombat calls. " + sentence,
                "USES_DATASET:Quokka Bank").results(extractor);
    }

    @Test
    void newRecordWordsAfterNew() {
        String[] w = "resulting in new state-of-the-art numbers".split(" ");
        assertTrue(NewRecordClaim.between(w, 0, w.length));
        assertTrue(NewRecordClaim.between("sets a new record of".split(" "), 0, 5));
        assertFalse(NewRecordClaim.between("a new parser reaches".split(" "), 0, 4));
        assertFalse(NewRecordClaim.between("the state-of-the-art is new".split(" "), 0, 5));
    }

    @Test
    void weShowThatANewRecordIsTheOwnScore() {
        assertEquals("71.4 f1 Quokka Bank -; 72.9 f1 Quokka Bank -",
                results("Finally, we show that joint owl decoding can help further, resulting in new state-of-the-art "
                        + "numbers on the Quokka Bank of 71.4 F1 with gold data only and 72.9 F1 with extra data."));
    }

    @Test
    void aFindingWithoutANewRecordOrNotOursIsNot() {
        assertEquals("", results("Finally, we show that existing owl parsers reach only 61.4 F1 on the Quokka Bank."));
        assertEquals("", results("Finally, results show that joint owl decoding reaches new state-of-the-art numbers "
                + "on the Quokka Bank of 71.4 F1."));
    }
}
