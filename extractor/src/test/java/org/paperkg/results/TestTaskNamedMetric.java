package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "a ... Gnat labelling accuracy at 97.5%": a used method's name right before the metric names what is scored. */
class TestTaskNamedMetric {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00005", abstractText, links).results(extractor);
    }

    @Test
    void aUsedNameBeforeTheMetricIsNoSubject() {
        assertEquals("91.2 uas Zorb treebank -; 92.5 las Zorb treebank -; 97.5 accuracy Zorb treebank -",
                results("On the Zorb treebank, our model obtains strong UAS and LAS scores at 91.2% and 92.5%, "
                        + "respectively, giving 1.1+% absolute gains over the EmuNet parser, and also obtaining a state-of-the-art Gnat labelling accuracy at 97.5%.",
                        "PROPOSES_METHOD:owl-based parsing", "USES_METHOD:Gnat",
                        "USES_METHOD:EmuNet", "USES_DATASET:Zorb treebank"));
    }

    @Test
    void aUsedMethodAsSubjectStillOwnsNothing() {
        // the used method is the clause's subject, not a modifier of the metric: not the paper's score
        assertEquals("",
                results("On the Zorb treebank, gnat labelling obtains an accuracy of 97.5%.",
                        "PROPOSES_METHOD:owl-based parsing", "USES_METHOD:gnat labelling",
                        "USES_DATASET:Zorb treebank"));
    }

    @Test
    void aNamedSubjectBeforeTheTaskNameKeepsItsScore() {
        // the used name only qualifies the metric; the clause's subject is still another method, not the paper's
        assertEquals("",
                results("On the Zorb treebank, the EmuNet parser obtains a Gnat labelling accuracy of 97.5%.",
                        "PROPOSES_METHOD:owl-based parsing", "USES_METHOD:Gnat", "USES_METHOD:EmuNet",
                        "USES_DATASET:Zorb treebank"));
    }
}
