package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A bare "success" as a success rate, and a narrower success of its own, on invented sentences. */
class TestSuccessWord {

    @Test
    void aQualifierOtherThanATaskNamesAnotherSuccess() {
        assertTrue(SuccessWord.narrowed(new String[] {"60", "%", "grip", "success"}, 3));
        assertFalse(SuccessWord.narrowed(new String[] {"95", "%", "success"}, 2));
        assertFalse(SuccessWord.narrowed(new String[] {"95", "%", "task", "success"}, 3));
        assertFalse(SuccessWord.narrowed(new String[] {"improves", "average", "task", "success"}, 3));
        assertFalse(SuccessWord.narrowed(new String[] {"95", "%", "accuracy"}, 2));
    }

    @Test
    void theValueProbeReadsASuccessRateOnlyWhenPlain() {
        ValueProbe probe = new ValueProbe(MetricLexicon.load());
        assertEquals("success-rate 78.7; success-rate 91", probe.summary("OwlTrack reaches 78.7% Success on Quux. "
                + "ZorbBot achieves 91% task success on Wren.", java.util.List.of()));
        assertEquals("", probe.summary("On Wren, ZorbBot achieves 60% grip success when the goal is given.",
                java.util.List.of()));
        // a longer name still wins
        assertEquals("success-rate 80.5", probe.summary("ZorbBot has a success rate of 80.5% on Wren.", java.util.List.of()));
    }
}
