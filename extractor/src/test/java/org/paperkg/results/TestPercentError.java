package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A bare "error" right after a percentage, on invented sentences. */
class TestPercentError {

    @Test
    void theErrorOfAPercentageBeforeItsDatasetOrABracket() {
        assertTrue(PercentError.at(new String[] {"reaches", "16.0", "%", "error", "on", "Quux"}, 3));
        assertTrue(PercentError.at(new String[] {"(", "4", "%", "error", ")"}, 3));
        assertTrue(PercentError.at(new String[] {"gives", "4", "%", "error"}, 3));
    }

    @Test
    void noErrorRateWithAQualifierAChangeOrNoPercentage() {
        // a normalised mean error of face alignment, a change, error bars, an error in centimetres
        assertFalse(PercentError.at(new String[] {"3.5", "%", "mean", "error", "on"}, 3));
        assertFalse(PercentError.at(new String[] {"a", "20", "%", "error", "reduction"}, 3));
        assertFalse(PercentError.at(new String[] {"with", "5", "%", "error", "bars"}, 3));
        assertFalse(PercentError.at(new String[] {"an", "error", "of", "3", "cm"}, 1));
        assertFalse(PercentError.at(new String[] {"3", "cm", "error", "on"}, 2));
    }

    @Test
    void theValueProbeReadsAnErrorRate() {
        ValueProbe probe = new ValueProbe(MetricLexicon.load());
        assertEquals("error-rate 15.0; error-rate 3", probe.summary("ZorbNet achieves 15.0% error on the full test set "
                + "of Quux. Its result on Wren (3% error) is close to the best.", java.util.List.of()));
        assertEquals("", probe.summary("ZorbNet brings a 20% error reduction on Quux and 3.5% mean error on Wren.",
                java.util.List.of()));
    }
}
