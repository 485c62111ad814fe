package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who owns a score: forms where the owner stands away from the value (invented sentences, made-up names). */
class TestValueOwners {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String abstractText, String... links) {
        return InventedAbstract.of("2501.00002", abstractText, links).results(extractor);
    }

    @Test
    void aRemarkInClosedBracketsOrBeforeASemicolonIsNotTheNextValuesCue() {
        // "previous best" inside brackets that closed after the first value says nothing of the second
        assertEquals("52.9 top-1-accuracy Gnat OwlCL; 82.4 top-1-accuracy Zorb OwlCL",
                results("With a small Emu-18 backbone, we achieve 82.4% (+5.1% over the previous best) top-1 accuracy "
                        + "on Zorb and 52.9% (+5.4%) on Gnat.", "PROPOSES_METHOD:OwlCL", "USES_METHOD:Emu-18",
                        "USES_DATASET:Zorb", "USES_DATASET:Gnat"));
        // a semicolon ends the phrase that named the earlier model
        assertEquals("52.5 miou Gnat OwlSeg; 88.1 miou Zorb OwlSeg",
                results("Our OwlSeg sets new records on two datasets: 88.1% mIoU on Zorb with half the cost of the "
                        + "previously best model; and 52.5% mIoU on Gnat.", "PROPOSES_METHOD:OwlSeg",
                        "USES_DATASET:Zorb", "USES_DATASET:Gnat"));
        // not: the cue in the value's own phrase still makes it another's
        assertEquals("",
                results("OwlCL is clearly better than the previous best of 52.9% on Gnat.", "PROPOSES_METHOD:OwlCL",
                        "USES_DATASET:Gnat"));
        assertEquals("",
                results("OwlCL reaches 60.1% (a new record) on Zorb, better than the previous best (58.0%) and 52.9% "
                        + "on Gnat.", "PROPOSES_METHOD:OwlCL", "USES_DATASET:Gnat"));
    }

    @Test
    void aDemonstrativeAfterASentenceListingTheOwnMethodsPartsIsTheOwnMethod() {
        // the used methods after the colon are parts of the proposed pipeline; "This procedure" is that pipeline
        assertEquals("71.2 top-1-accuracy Zorb -",
                results("The proposed owl learning pipeline has three steps: pretraining a wide EmuNet model with "
                        + "GlimCLR, tuning on few labels, and distillation. This procedure achieves 71.2% top-1 "
                        + "accuracy on Zorb with 1% of the labels.", "PROPOSES_METHOD:owl learning pipeline",
                        "USES_METHOD:EmuNet", "USES_METHOD:GlimCLR", "USES_DATASET:Zorb"));
        // not: a used method named before the colon may be what "This procedure" refers to
        assertEquals("",
                results("Our study reruns the EmuNet recipe in three steps: pretraining, tuning and distillation. "
                        + "This procedure achieves 71.2% top-1 accuracy on Zorb.", "PROPOSES_METHOD:owl learning pipeline",
                        "USES_METHOD:EmuNet", "USES_DATASET:Zorb"));
        // not: a sentence that opens with a used method's name
        assertEquals("",
                results("EmuNet training has three steps: pretraining with GlimCLR, tuning and distillation. "
                        + "This procedure achieves 71.2% top-1 accuracy on Zorb.", "PROPOSES_METHOD:owl learning pipeline",
                        "USES_METHOD:EmuNet", "USES_METHOD:GlimCLR", "USES_DATASET:Zorb"));
    }

    @Test
    void theOwnMethodAppliedInAnOpeningByPhraseOwnsTheScoresOfWe() {
        // the paper's method, written only as a description, applied in the opening phrase; "and C from a to b"
        // goes on with the same subject
        assertEquals("0.91 bits-per-character Zorb owl rescoring; 17.2 perplexity Gnat owl rescoring",
                results("By applying owl rescoring to EmuNet models, we improve the state of the art on Zorb from 0.97 "
                        + "to 0.91 bits/char, and Gnat from 19.0 to 17.2 perplexity points.",
                        "PROPOSES_METHOD:owl rescoring", "USES_METHOD:EmuNet", "USES_DATASET:Zorb",
                        "USES_DATASET:Gnat"));
        // not: another subject after the comma
        assertEquals("",
                results("By applying owl rescoring to EmuNet models, the EmuNet baseline improves on Zorb from 0.97 to "
                        + "0.91 bits/char.", "PROPOSES_METHOD:owl rescoring", "USES_METHOD:EmuNet",
                        "USES_DATASET:Zorb"));
        // not: a used method in the opening phrase is no owner ("we" still makes the score the paper's own, with no
        // method name, as before)
        assertEquals("0.91 bits-per-character Zorb -",
                results("By using EmuNet features, we improve the state of the art on Zorb from 0.97 to 0.91 "
                        + "bits/char.", "PROPOSES_METHOD:owl rescoring", "USES_METHOD:EmuNet", "USES_DATASET:Zorb"));
    }

    @Test
    void aScoreAtTheEndOfAnUnnamedBeatenGroupIsTheSubjects() {
        // "..., and outperforms all previous works at x": the subject before "and", the beaten methods unnamed
        assertEquals("83.4 map Zorb OwlReid",
                results("OwlReid needs no extra data, and outperforms all previous works at 83.4% mAP on the Zorb "
                        + "benchmark.", "PROPOSES_METHOD:OwlReid", "USES_DATASET:Zorb"));
        // not: the beaten methods' own score after a verb of theirs
        assertEquals("91 success-rate Zorb OwlPlan",
                results("On Zorb, OwlPlan reaches 91% success, clearly outperforming earlier methods that peak at 64% "
                        + "success.", "PROPOSES_METHOD:OwlPlan", "USES_DATASET:Zorb"));
        // not: a named beaten method before "at" (the score stays with the beaten method, as the beating rule gives it)
        assertEquals("83.4 map Zorb EmuReid",
                results("OwlReid outperforms EmuReid models at 83.4% mAP on the Zorb benchmark.",
                        "PROPOSES_METHOD:OwlReid", "USES_METHOD:EmuReid", "USES_DATASET:Zorb"));
    }

    @Test
    void thePresentedBaselineIsThePapersOwn() {
        assertEquals("88.2 f1 Zorb OwlRel",
                results("Moreover, the presented new baseline achieves an F1 of 88.2% on the cleaned Zorb dataset.",
                        "PROPOSES_METHOD:OwlRel", "USES_DATASET:Zorb"));
        // not: another baseline
        assertEquals("",
                results("Moreover, the earlier baseline achieves an F1 of 88.2% on the cleaned Zorb dataset.",
                        "PROPOSES_METHOD:OwlRel", "USES_DATASET:Zorb"));
    }

    @Test
    void aMethodTheSubjectIsLikenedToIsNoSubject() {
        // the paper's own unnamed model (its method is linked only as a description)
        assertEquals("8.12 inception-score Zorb -",
                results("Our models produce samples comparable to EmuGANs on Gnat and Zorb, achieving a new best "
                        + "inception score of 8.12 on Zorb.", "PROPOSES_METHOD:owl sampler", "USES_METHOD:EmuGANs",
                        "USES_DATASET:Zorb", "USES_DATASET:Gnat"));
        // not: the named method as the subject of its own score
        assertEquals("8.12 inception-score Zorb EmuGANs",
                results("As a reference, EmuGANs reach an inception score of 8.12 on Zorb.", "PROPOSES_METHOD:OwlGen",
                        "USES_METHOD:EmuGANs", "USES_DATASET:Zorb"));
    }

    @Test
    void aPluralDescriptionOfTheOwnMethodIsASubject() {
        assertEquals("31.4 bleu Zorb owl kernels",
                results("On the Zorb test set owl kernels achieve a new state of the art of 31.4 BLEU.",
                        "PROPOSES_METHOD:owl kernels", "USES_DATASET:Zorb"));
        // not: a plural that is no description of the paper's method
        assertEquals("",
                results("On the Zorb test set sparse kernels achieve a new state of the art of 31.4 BLEU.",
                        "PROPOSES_METHOD:owl kernels", "USES_DATASET:Zorb"));
    }

    @Test
    void ourModelInAConfigurationNoLinkNamesIsOwnButUnnamed() {
        // a configuration of the paper's model: its score, given no method name rather than the proposed one's
        assertEquals("17.2 error-rate Gnat -; 2.91 error-rate Zorb -",
                results("Our OwlRes-4-W8+SD models achieve new best results on Zorb and Gnat, with test errors 2.91% "
                        + "and 17.2%, respectively.", "PROPOSES_METHOD:OwlRes", "USES_DATASET:Zorb",
                        "USES_DATASET:Gnat"));
        // not: "our" before a name with no kind noun and result verb after it ("our EmuNet baseline reaches")
        assertEquals("",
                results("Our EmuNet baseline reaches a test error of 2.91% on Zorb.", "PROPOSES_METHOD:OwlRes",
                        "USES_DATASET:Zorb"));
    }
}
