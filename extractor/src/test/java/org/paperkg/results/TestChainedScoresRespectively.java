package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores chained before a dataset's name in a sentence whose "respectively" pairs nothing clearly, from invented text. */
class TestChainedScoresRespectively {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static String results(String text, String... links) {
        return InventedAbstract.of("2501.00047", text, links).results(extractor);
    }

    private static final String[] LINKS = {"PROPOSES_METHOD:OwlGan", "USES_DATASET:Zorb-10", "USES_DATASET:Gnat-A"};

    @Test
    void theFirstScoreOfAChainTakesTheDatasetAfterTheChain() {
        assertEquals("13.52 fid Zorb-10 OwlGan; 15.07 fid Gnat-A OwlGan; 7.41 inception-score Zorb-10 OwlGan",
                results("OwlGan reaches 7.41 IS and 13.52 FID on Zorb-10, and 15.07 FID on Gnat-A, respectively.",
                        LINKS));
        // "IS score": the metric's noun after it does not break the chain
        assertEquals("13.52 fid Zorb-10 OwlGan; 15.07 fid Gnat-A OwlGan; 7.41 inception-score Zorb-10 OwlGan",
                results("OwlGan also reaches a competitive 7.41 IS score and 13.52 FID score on Zorb-10, and 15.07 "
                        + "FID score on Gnat-A 32 x 32, respectively.", LINKS));
    }

    @Test
    void noDatasetWhenTheChainIsNoListOfScoresOrEndsInAListOfNames() {
        // two values of one metric are a list of their own, paired by "respectively": the first is not Zorb-10's
        assertEquals("15.07 fid Gnat-A OwlGan",
                results("OwlGan reaches 7.41 and 13.52 FID on Zorb-10, and 15.07 FID on Gnat-A, respectively.",
                        LINKS));
        // a comma and a clause of its own between the scores: no chain, the first score is not Zorb-10's
        assertEquals("13.52 fid Zorb-10 OwlGan; 15.07 fid Gnat-A OwlGan",
                results("A plain baseline stays at 7.41 IS, and OwlGan reaches 13.52 FID on Zorb-10, and 15.07 FID "
                        + "on Gnat-A, respectively.", LINKS));
    }
}
