package org.paperkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestResultOwner {

    @Test
    void aNamedMethodABaselineAndThePapersUnnamedMethod() {
        assertEquals("KiwiNet", new ResultOwner("KiwiNet", false).text());
        assertEquals("SlowNet (baseline)", new ResultOwner("SlowNet", true).text());
        assertEquals("the paper's (not named)", new ResultOwner(null, false).text());
        assertEquals("the paper's (not named)", new ResultOwner("", false).text());
    }
}
