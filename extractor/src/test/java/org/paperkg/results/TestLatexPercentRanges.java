package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** LaTeX's "\%", which the tokenizer cuts into a backslash and a percent sign, in "from A to B" and ranges. */
class TestLatexPercentRanges {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    private static String read(String text) {
        return PROBE.summary(text, List.of("Quux", "OwlNet"));
    }

    @Test
    void theNewValueOfFromToIsRead() {
        assertEquals("success-rate 38.64",
                read("On Quux, OwlNet raises task success rates from 14.23\\% to 38.64\\% without any help."));
        assertEquals("error-rate 3.1", read("OwlNet lowers the error rate on Quux from 4.5\\% down to 3.1\\%."));
    }

    @Test
    void rangesStaySkipped() {
        assertEquals("", read("OwlNet scores between 14.23\\% and 38.64\\% accuracy on Quux."));
        assertEquals("", read("OwlNet reaches 14.23\\% to 38.64\\% accuracy on Quux."));
    }
}
