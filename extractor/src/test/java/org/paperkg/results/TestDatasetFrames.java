package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Datasets named by a stated result's frame, on invented sentences. */
class TestDatasetFrames {

    private static DatasetFrames frames;

    @BeforeAll
    static void load() {
        frames = new DatasetFrames();
    }

    private static List<String> names(String text) {
        return frames.find(text).stream().map(f -> text.substring(f.charStart(), f.charEnd())).toList();
    }

    @Test
    void nameAfterOnFollowingAScore() {
        assertEquals(List.of("WDGT '19 Klingon-Elvish"),
                names("Our system reaches a new 31.4 BLEU on WDGT '19 Klingon-Elvish translation."));
        assertEquals(List.of("QUOKKA 4.0"), names("We obtain an F1 score of 85.25 on QUOKKA 4.0, a new record."));
        assertEquals(List.of("Owlbench51"), names("It gives 48.2% accuracy on Owlbench51 action recognition."));
    }

    @Test
    void twoCorporaJoinedByAPlusAreOneName() {
        assertEquals(List.of("ChirpBank+HUMNOISE"),
                names("Tests on the ChirpBank+HUMNOISE dataset show a PESQ of 3.12 for our model."));
        assertEquals(List.of("ChirpBank + HUMNOISE"),
                names("Tests on the ChirpBank + HUMNOISE corpus show a PESQ of 3.12 for our model."));
        assertEquals(List.of("OwlSet+GullSet"), names("It reaches 77.4% accuracy on OwlSet+GullSet."));
        // a plus before a plain word or a number joins nothing: no name runs on over it
        assertEquals(List.of("OwlSet"), names("It reaches 77.4% accuracy on OwlSet + augmentation."));
        assertTrue(names("It reaches 77.4% accuracy on Owls+Gulls.").isEmpty());
    }

    @Test
    void listOfNamesAfterTheValues() {
        assertEquals(List.of("PebbleA", "PebbleB", "STONE_XY"),
                names("It reaches an MAE of 51.2, 7.7 and 80.1 on PebbleA, PebbleB and STONE_XY, respectively."));
        assertEquals(List.of("Birds300", "Vans120"),
                names("We report Recall@1 of 70.1 on the Birds300, Vans120 and other datasets."));
    }

    @Test
    void nameBeforeADataNounInASentenceWithAScore() {
        assertEquals(List.of("FrogSet-2"),
                names("On the challenging FrogSet-2 benchmark, our model achieves 77.3% mAP."));
        assertEquals(List.of("WDGet QR"), names("We win on the public WDGet QR dataset, with an AUC of 95.8%."));
    }

    @Test
    void noFrameWithoutAKnownMetricOrAShapedName() {
        assertTrue(names("We run 40 epochs on WidgetNet with 8 workers.").isEmpty());
        assertTrue(names("Our model reaches 84.1% accuracy on Birds, beating prior work.").isEmpty());
        assertTrue(names("We obtain 71.3% accuracy in Table 2.").isEmpty());
        assertTrue(names("It keeps 90.2% accuracy on V100 GPUs.").isEmpty());
        assertTrue(names("It reaches 60.2% accuracy on 7B models.").isEmpty());
        assertTrue(names("A BLEU of 30.1 on English-Elvish translation.").isEmpty());
        assertEquals(List.of("WDG"), names("It gets 94.1% LAS on the popular English WDG dataset."));
        assertTrue(names("It reaches 91.2% accuracy on a 12-object set and 1.5% higher accuracy on Part II.").isEmpty());
    }

    @Test
    void valuesFollowedByRespectivelyThenTheNames() {
        assertEquals(List.of("PEB-4", "PEB-6"),
                names("The network reaches accuracies of 98.10% and 97.70% respectively, on PEB-4 and PEB-6."));
    }

    @Test
    void namesOfAListThatAPluralDataNounCloses() {
        assertEquals(List.of("owl9"), names("It lowers the cross-entropy on the owl9 and Big Hawk Prize datasets to "
                + "1.31 bits/char and 1.22 bits/char respectively."));
        assertEquals(List.of("Pebble5", "Stone7"),
                names("We get 80.1% accuracy on 3 tasks of the Pebble5 and Stone7 benchmarks."));
        assertTrue(names("Results on the standard QG and KB benchmarks show gains of 6.1% in MRR.").isEmpty(),
                "kinds of data in capitals");
        assertTrue(names("We use 9 WDG datasets and reach 88.1% accuracy.").isEmpty(), "no list before the noun");
    }

    @Test
    void partsOfADatasetAndKindsOfDataAreNoDatasets() {
        assertEquals(List.of("WDGX"), names("It reaches an ACER of 0.42% in Protocol-2 of the WDGX dataset."));
        assertTrue(names("Results on standard QG benchmarks show gains of up to 6.1% in MRR.").isEmpty());
    }

    @Test
    void itemsThatCarryTheirValueInBrackets() {
        assertEquals(List.of("ZMT31 Elvish-Orcish", "ZMT31 Elvish-Dwarvish"),
                names("We set new records on ZMT31 Elvish-Orcish (41.8 BLEU and 43.2 BLEU with more data) and "
                        + "ZMT31 Elvish-Dwarvish (28.4 BLEU)."));
        assertEquals(List.of("OWL-50", "Petals", "Hawk Pictures"),
                names("Our nets transfer well and reach top accuracy on OWL-50 (90.7%), Petals (97.1%), Hawk Pictures "
                        + "(88.0%) and 2 other datasets."));
        assertTrue(names("Our nets beat the previous accuracy on Petals and Leaves by far (97.1%).").isEmpty(),
                "a plain word needs its own bracketed value");
        assertTrue(names("It runs on Widgets (2 GPUs) with an accuracy of 90.1%.").isEmpty(), "no value in brackets");
        assertTrue(names("We gain accuracy with Petals (97.1%) and Leaves (95.2%).").isEmpty(), "no on/in before");
    }

    @Test
    void capitalisedWordsAfterAValue() {
        assertEquals(List.of("Owl-400", "Moments in Widgets"),
                names("It reaches a top-1 accuracy of 81.3% on Owl-400 and 40.2% on Moments in Widgets, a new record."));
        assertEquals(List.of("Two Million Owls"), names("We lower the perplexity to 23.1 on Two Million Owls."));
        assertTrue(names("It reaches 81.3% accuracy on Widget Counting tasks.").isEmpty(), "a task goes on in lower case");
        assertTrue(names("It reaches 81.3% accuracy on Widgets, beating all.").isEmpty(), "one plain word");
        assertTrue(names("It reaches 81.3% accuracy in Table 4 and Figure 2.").isEmpty(), "parts of the paper");
    }

    @Test
    void nameAfterTheSplitOfIt() {
        assertEquals(List.of("Quiet Owls in the Dark", "Big Owl Faces"),
                names("We reach an accuracy of 58.1% on the validation set of Quiet Owls in the Dark (QOD 2.0) and "
                        + "87.0% on the validation set of Big Owl Faces (BOF) Database."));
        assertTrue(names("We reach an accuracy of 58.1% on the validation set of our own data.").isEmpty());
    }

    @Test
    void metricNamesAreNoDatasets() {
        assertTrue(names("It gains 2.1 points on BLEU and 1.2 on METEOR.").isEmpty());
    }

    @Test
    void shapes() {
        assertTrue(DatasetFrames.nameShaped("WidgetNet"));
        assertTrue(DatasetFrames.nameShaped("WDGT"));
        assertTrue(DatasetFrames.nameShaped("WDGet"));
        assertTrue(DatasetFrames.nameShaped("text9"));
        assertFalse(DatasetFrames.nameShaped("Widget"));
        assertFalse(DatasetFrames.nameShaped("7B"));
        assertFalse(DatasetFrames.nameShaped("2019"));
        assertFalse(DatasetFrames.nameShaped("English-Elvish"));
        assertFalse(DatasetFrames.nameShaped("12-object"));
        assertFalse(DatasetFrames.nameShaped("III"));
    }
}
