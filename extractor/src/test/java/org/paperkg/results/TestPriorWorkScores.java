package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An earlier work's score in brackets and a margin after "with", on invented sentences. */
class TestPriorWorkScores {

    static ValueProbe probe;

    @BeforeAll
    static void load() {
        probe = new ValueProbe(new ResultExtractor().lexicon());
    }

    @Test
    void theBeatenStateOfTheArtScoreAndTheMarginAreNotOwnScores() {
        assertEquals("miou 4.2 gain", probe.summary("Thus we clearly outperform the current published "
                + "state-of-the-art test set mIoU (61.3%) performance with 4.2%.", List.of()));
        assertEquals("accuracy 3.1 gain", probe.summary("ZorbNet surpasses the previous best accuracy (80.2%) with "
                + "3.1%.", List.of("ZorbNet")));
    }

    @Test
    void ownScoresStayScores() {
        // "achieves" is no beating: the bracketed value is the paper's
        assertEquals("accuracy 83.3", probe.summary("ZorbNet achieves the state-of-the-art accuracy (83.3%) on "
                + "Quux.", List.of("ZorbNet", "Quux")));
        assertEquals("accuracy 83.3", probe.summary("ZorbNet sets a new state-of-the-art accuracy (83.3%) on "
                + "Quux.", List.of("ZorbNet", "Quux")));
        // the metric named after the value: the own score
        assertEquals("accuracy 85.0", probe.summary("ZorbNet outperforms the baselines with 85.0% accuracy.",
                List.of("ZorbNet")));
    }
}
