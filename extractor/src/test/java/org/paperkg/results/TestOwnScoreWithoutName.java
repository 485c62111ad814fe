package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paper's own score in a paper whose links single out no own method (two proposed descriptions): a gerund as
 * subject, "we" before a list in brackets. The score gets no method's name rather than a guessed one.
 */
class TestOwnScoreWithoutName {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String sentence) {
        return InventedAbstract.of("2501.00058", "We study owl pre-training and owl self-training. " + sentence,
                "PROPOSES_METHOD:owl pre-training", "PROPOSES_METHOD:owl self-training", "USES_METHOD:FooNet",
                "USES_DATASET:Quokka-DB").results(extractor);
    }

    @Test
    void aGerundSubjectIsThePapersOwnStep() {
        assertEquals("2.5 word-error-rate Quokka-DB -",
                results("Training on all labeled data of Quokka-DB achieves a WER of 2.5%."));
        assertEquals("61.2 perplexity Quokka-DB -",
                results("On Quokka-DB, simply deepening the stack lowers the perplexity to 61.2."));
    }

    @Test
    void aGerundWithAnotherSubjectOrAPrepositionIsNot() {
        // a named method in the gerund's phrase is the subject: its score, not the paper's unnamed one
        assertEquals("2.5 word-error-rate Quokka-DB FooNet",
                results("Training FooNet on Quokka-DB achieves a WER of 2.5%."));
        assertEquals("", results("Using all labeled data of Quokka-DB achieves a WER of 2.5%."));
        assertEquals("", results("Training on Quokka-DB, earlier systems achieve a WER of 2.5%."));
    }

    @Test
    void weBeforeAListInBracketsIsStillTheSubject() {
        assertEquals("95.4 accuracy Quokka-DB -",
                results("We sorted six species (Owl, Emu, Kiwi, Moa, Tui and Kea) with an accuracy of 95.4% on the "
                        + "Quokka-DB dataset."));
        // not: a subject of its own after the brackets
        assertEquals("", results("We sorted six species (Owl, Emu and Kea), and earlier systems reach an accuracy "
                + "of 95.4% on the Quokka-DB dataset."));
    }

    @Test
    void weInASentenceGluedBeforeIsNoSubject() {
        assertEquals("", results("We need better tools.Quokka-DB is hard: large models reach an accuracy of 6.9%."));
    }
}
