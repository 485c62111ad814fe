package org.paperkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestScoreText {

    @Test
    void signsFollowTheNumberAndWordsAfterASpace() {
        assertEquals("11.2%", new ScoreText("11.2", "%").text());
        assertEquals("2.3 points", new ScoreText("2.3", "points").text());
        assertEquals("0.4 dB", new ScoreText("0.4", "dB").text());
        assertEquals("0.91", new ScoreText("0.91", null).text());
    }
}
