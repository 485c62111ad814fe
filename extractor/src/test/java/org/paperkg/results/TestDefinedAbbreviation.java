package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A metric's abbreviation defined in brackets, the miss rate's names and a gain list closed by ", and", on invented
 * sentences.
 */
class TestDefinedAbbreviation {

    private static final ValueProbe PROBE = new ValueProbe(MetricLexicon.load());

    private static String read(String sentence, String... names) {
        return PROBE.summary(sentence, java.util.List.of(names));
    }

    @Test
    void anAbbreviationInBracketsNamesTheMetricLaterInTheSentence() {
        assertEquals("miss-rate 9.1; miss-rate 8.2; miss-rate 5.4", read("OwlDet reaches 9.1% logaverage miss "
                + "rate(MR) on the plain set, 8.2% MR on the hidden set and 5.4% MR on the open set of Quux."));
        assertEquals("miss-rate 9.1; miss-rate 8.2", read("OwlDet reaches 9.1% log-average miss rate (MR) on the "
                + "plain set and 8.2% MR on the hidden set of Quux."));
    }

    @Test
    void noAbbreviationWhoseLettersAreNotTheInitialsOrBeforeItsDefinition() {
        // "(ours)" and "(QX)" are not the initials of "accuracy"; "MR" before the brackets is not yet defined
        assertEquals("accuracy 81.2", read("OwlNet reaches 81.2% accuracy (ours) on Quux and 3.1 OURS on Wren."));
        assertEquals("accuracy 81.2", read("OwlNet reaches 81.2% accuracy (QX) on Quux and 3.1 QX on Wren."));
        assertEquals("miss-rate 9.1", read("OwlDet has 8.2 MR on Wren and 9.1% miss rate (MR) on Quux."));
    }

    @Test
    void theMissRateOfPedestrianDetectionInItsWrittenForms() {
        assertEquals("miss-rate 43.1; miss-rate 12.5; miss-rate 40.2", read("OwlDet reaches 43.1% MR -2 on "
                + "Quux, 12.5% MR^-2 on Wren and 40.2% mMR on Stoat."));
        MetricLexicon lexicon = MetricLexicon.load();
        assertEquals("miss-rate", lexicon.byName("MR^-2").orElseThrow().key());
        assertEquals("miss-rate", lexicon.byName("mMR").orElseThrow().key());
    }

    @Test
    void aGainListClosedByACommaAndStaysAGainList() {
        assertEquals("ap 3.1 gain; recall 4.2 gain; miss-rate 0.6 gain; ap 88.1; recall 91.7; miss-rate 42.8",
                read("Compared to the usual suppression, OwlDet improves by 3.1% AP, 4.2% Recall, and 0.6% MR -2 on "
                        + "Quux to 88.1% AP and 91.7% Recall, and 42.8% MR -2 respectively.", "Quux", "OwlDet"));
        // a list with no gain word before it stays a list of scores
        assertEquals("ap 88.1; recall 91.7; miss-rate 42.8", read("OwlDet reaches 88.1% AP, 91.7% Recall, and "
                + "42.8% MR -2 on Quux.", "Quux", "OwlDet"));
    }
}
