package org.paperkg.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestPaperText {

    @Test
    void cleanCollapsesWhitespaceAndComposesUnicode() {
        assertEquals("A Schr\u00f6dinger bridge", PaperText.clean("\uFEFF A\u00a0Schro\u0308dinger\n\t bridge  "));
        assertEquals("$\\alpha$-mixing {\\em rates}", PaperText.clean("$\\alpha$-mixing  {\\em rates}"));
        assertEquals("ab", PaperText.clean("a\u0007b"));
        assertNull(PaperText.clean(null));
        assertNull(PaperText.cleanOrNull("  "));
    }

    @Test
    void cutOffAbstracts() {
        assertTrue(PaperText.looksCutOff("We show that the"));
        assertTrue(PaperText.looksCutOff("We show that ..."));
        assertTrue(PaperText.looksCutOff("We show that\u2026"));
        assertTrue(PaperText.looksCutOff("bounds of the form (1.1)"));
        assertFalse(PaperText.looksCutOff("We show that it works."));
        assertFalse(PaperText.looksCutOff("It works (see the appendix.)"));
        assertFalse(PaperText.looksCutOff("Does it work?"));
    }
}
