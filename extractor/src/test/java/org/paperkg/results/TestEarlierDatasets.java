package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;

class TestEarlierDatasets {

    private static final PaperLink ZORB = link("zorb", "Zorb");
    private static final PaperLink GNAT = link("gnat", "Gnat");

    private static PaperLink link(String key, String label) {
        return new PaperLink("p1", Relation.USES_DATASET, key, label, null, -1, -1, null, 1);
    }

    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    /** A background sentence that names a dataset no score can be on, as the field's opening often does. */
    private static EarlierDatasets afterBackground() {
        return EarlierDatasets.NONE.after(words("Widget models are popular for question answering ."), List.of(),
                true, false);
    }

    @Test
    void firstEvaluationSentenceStartsAfreshAfterBackground() {
        EarlierDatasets s = afterBackground().after(words("We evaluate OwlNet on the Zorb benchmark ."),
                List.of(ZORB), false, false);
        assertEquals(ZORB, s.only());
    }

    @Test
    void datasetNamedBeforeKeepsBothOpen() {
        EarlierDatasets s = EarlierDatasets.NONE
                .after(words("We run experiments on Gnat ."), List.of(GNAT), false, false)
                .after(words("We evaluate OwlNet on the Zorb benchmark ."), List.of(ZORB), false, false);
        assertNull(s.only());
    }

    @Test
    void pluralBenchmarksStayUnclear() {
        EarlierDatasets s = afterBackground().after(words("We evaluate OwlNet on Zorb and two other benchmarks ."),
                List.of(ZORB), false, false);
        assertNull(s.only());
    }

    @Test
    void studyOnANamedDatasetStartsAfreshAfterAPluralInTheOpening() {
        EarlierDatasets s = EarlierDatasets.NONE
                .after(words("Widget models struggle with large corpora and long contexts ."), List.of(), false, false)
                .after(words("We perform a broad study of gating on the Zorb benchmark ."), List.of(ZORB), false,
                        false);
        assertEquals(ZORB, s.only());
    }

    @Test
    void studyOnADatasetAfterAnotherDatasetStaysUnclear() {
        EarlierDatasets s = EarlierDatasets.NONE
                .after(words("We evaluate OwlNet on Gnat ."), List.of(GNAT), false, false)
                .after(words("We also study gating on Zorb ."), List.of(ZORB), false, false);
        assertNull(s.only());
    }

    @Test
    void sentenceWithoutEvaluationWordDoesNotStartAfresh() {
        EarlierDatasets s = afterBackground().after(words("Zorb holds many photos of owls ."), List.of(ZORB),
                false, false);
        assertNull(s.only());
    }

    @Test
    void trainingDataInTheSameSentenceStaysUnclear() {
        EarlierDatasets s = afterBackground().after(words("We train on Gnat and evaluate OwlNet on Zorb ."),
                List.of(ZORB), true, false);
        assertNull(s.only());
    }
}
