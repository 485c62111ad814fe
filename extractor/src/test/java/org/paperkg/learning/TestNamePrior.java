package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How annotators named a text in other papers, left one paper out while training (invented names). */
class TestNamePrior {

    private static final int METHOD = 1;

    private static NamePrior fourPapers() {
        NamePrior.Counter counter = new NamePrior.Counter();
        counter.add(Map.of("zorblat", METHOD, "snark farming", NamePrior.NONE));
        counter.add(Map.of("zorblat", METHOD, "snark farming", NamePrior.NONE));
        counter.add(Map.of("zorblat", METHOD, "snark farming", NamePrior.PARTIAL));
        counter.add(Map.of("zorblat", NamePrior.NONE, "quux", METHOD));
        return counter.build();
    }

    @Test
    void sharesAreBucketedAndRareTextsSayNothing() {
        NamePrior prior = fourPapers();
        assertEquals(2, prior.size(), "quux is in one paper only");
        List<String> zorblat = prior.features("Zorblats");
        assertTrue(zorblat.contains("p:method=4") && zorblat.contains("p:none=2") && zorblat.contains("p:task=0")
                && zorblat.contains("p:mostly=method/4"), zorblat.toString());
        List<String> snark = prior.features("snark-farming");
        assertTrue(snark.contains("p:named=0") && snark.contains("p:partial=3"), snark.toString());
        assertEquals(List.of("p:unseen"), prior.features("Quux"));
        assertEquals(List.of(), NamePrior.empty().features("Zorblat"), "an empty prior adds nothing");
    }

    @Test
    void aPapersOwnAnnotationNeverFeedsItsFeature() {
        NamePrior prior = fourPapers();
        // in a paper that named it: 2 of the 3 other papers did
        assertTrue(prior.featuresLeavingOut("Zorblat", METHOD).contains("p:method=3"));
        // in the paper that did not: all 3 others did
        assertTrue(prior.featuresLeavingOut("Zorblat", NamePrior.NONE).contains("p:method=5"));
        // three papers minus its own leaves two: too few
        assertEquals(List.of("p:unseen"), fourPaperPrior3().featuresLeavingOut("zorblat", METHOD));
    }

    private static NamePrior fourPaperPrior3() {
        NamePrior.Counter counter = new NamePrior.Counter();
        for (int i = 0; i < 3; i++) {
            counter.add(Map.of("zorblat", METHOD));
        }
        return counter.build();
    }

    @Test
    void writesAndReadsBack() throws Exception {
        NamePrior prior = fourPapers();
        StringWriter w = new StringWriter();
        try (PrintWriter pw = new PrintWriter(w)) {
            prior.write(pw);
        }
        NamePrior back = NamePrior.read(new BufferedReader(new StringReader(w.toString())), "test");
        assertEquals(prior.features("zorblat"), back.features("zorblat"));
        assertEquals(prior.size(), back.size());
    }
}
