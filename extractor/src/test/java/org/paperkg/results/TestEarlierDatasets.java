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

    @Test
    void undatedNameBesideOneDatedEditionIsThatEdition() {
        PaperLink zorb2021 = link("zorb2021", "Zorb2021");
        EarlierDatasets s = EarlierDatasets.NONE
                .after(words("Robustness across Zorb partitions lacks a careful evaluation ."), List.of(ZORB), false,
                        false)
                .after(words("We propose new folds on Zorb2021 for evaluation ."), List.of(zorb2021), false, false);
        assertEquals(zorb2021, s.only());
    }

    @Test
    void undatedNameBesideTwoDatedEditionsStaysUnclear() {
        EarlierDatasets s = EarlierDatasets.NONE
                .after(words("We evaluate OwlNet on Zorb , Zorb 2019 and Zorb 2021 ."),
                        List.of(ZORB, link("zorb2019", "Zorb 2019"), link("zorb2021", "Zorb 2021")), false, false);
        assertNull(s.only());
        assertEquals(3, s.listed().size());
    }

    @Test
    void nameWithAnotherNumberAddedIsAnotherDataset() {
        PaperLink gnat10 = link("gnat10", "Gnat-10");
        PaperLink gnat100 = link("gnat100", "Gnat-100");
        EarlierDatasets s = EarlierDatasets.NONE
                .after(words("We evaluate OwlNet on Gnat-10 and Gnat-100 ."), List.of(gnat10, gnat100), false, false);
        assertNull(s.only());
        assertEquals(List.of(gnat10, gnat100), s.listed());
    }
}
