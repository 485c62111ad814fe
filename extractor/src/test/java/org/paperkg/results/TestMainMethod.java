package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;

/** The paper's main proposed method among several, from invented titles and abstracts. */
class TestMainMethod {

    /** Links named "label" or "label=alias1|alias2"; a trailing "!" makes the link unusable. */
    private static String main(String title, String abstractText, String... links) {
        List<PaperLink> proposed = new ArrayList<>();
        Map<PaperLink, Collection<String>> names = new HashMap<>();
        List<PaperLink> unusable = new ArrayList<>();
        for (String l : links) {
            boolean bad = l.endsWith("!");
            String[] f = (bad ? l.substring(0, l.length() - 1) : l).split("=", 2);
            PaperLink link = new PaperLink("p", Relation.PROPOSES_METHOD, f[0].toLowerCase(), f[0], "", -1, -1,
                    "test", 0.8);
            proposed.add(link);
            List<String> all = new ArrayList<>(List.of(f[0]));
            if (f.length > 1) {
                all.addAll(List.of(f[1].split("\\|")));
            }
            names.put(link, all);
            if (bad) {
                unusable.add(link);
            }
        }
        String text = title + "\n\n" + abstractText;
        PaperLink m = MainMethod.of(proposed, l -> !unusable.contains(l), names::get, title, text);
        return m == null ? "none" : m.entityLabel();
    }

    @Test
    void theMethodTheTitleAndTheProposalNameIsTheMain() {
        assertEquals("Quokka Gate Network", main("Parsing Wombat Calls with a Quokka Gate Network",
                "We propose the Quokka Gate Network (QGN), which adds a kelp filter to a plain reader. "
                        + "QGN reaches 71.2% accuracy on Fern-QA.",
                "Quokka Gate Network=QGN", "kelp filter"));
    }

    @Test
    void aNameAfterCalledIsTheProposedOneEvenFarFromTheVerb() {
        assertEquals("OtterMix", main("Mixing Otters for Better Wombat Parsing",
                "In this paper we present a simple and cheap data augmentation scheme for wombat corpora called "
                        + "OtterMix. We also use a kelp filter. OtterMix improves accuracy by 2.1% on Fern-QA.",
                "OtterMix", "kelp filter"));
    }

    @Test
    void aNameInsideALongerDescriptionAfterTheVerbIsNotTheProposedOne() {
        // only the count fact is left for the kelp filter: one fact is not enough
        assertEquals("none", main("A Framework for Wombat Parsing",
                "This paper proposes a framework that integrates a kelp filter and a reed sampler. The kelp filter "
                        + "prunes calls; the kelp filter also ranks them. Our framework reaches 71.2% on Fern-QA.",
                "kelp filter", "reed sampler"));
    }

    @Test
    void twoCandidatesWithAsManyFactsGiveNone() {
        // the title and the proposal for one, a defined short form and the most mentions for the other
        assertEquals("none", main("Otter Gates for Wombat Parsing",
                "We propose Otter Gates, trained with a Reed Sampler (RS). The RS draws calls and the RS ranks "
                        + "them. Our model reaches 71.2% on Fern-QA.",
                "Otter Gates", "Reed Sampler=RS"));
    }

    @Test
    void aSurveyHasNoMainMethod() {
        assertEquals("none", main("A Survey of Quokka Gate Networks for Wombat Parsing",
                "We introduce the Quokka Gate Network (QGN) taxonomy. QGN variants reach 71.2% on Fern-QA.",
                "Quokka Gate Network=QGN", "kelp filter"));
    }

    @Test
    void aPaperThatAnnouncesABenchmarkOrDatasetHasNoMainMethod() {
        assertEquals("none", main("Fern-QA: A Benchmark for Wombat Parsing with Quokka Gate Networks",
                "We introduce Fern-QA and the Quokka Gate Network (QGN) baseline. QGN reaches 41.2% on Fern-QA.",
                "Quokka Gate Network=QGN", "kelp filter"));
    }

    @Test
    void aMainMethodThatCannotCarryAResultLeavesNoneToTheOthers() {
        assertEquals("none", main("Parsing Wombat Calls with Quokka Gate Networks",
                "We propose Quokka Gate Networks (QGN), trained with a kelp filter. QGN reach 71.2% on Fern-QA.",
                "Quokka Gate Networks=QGN!", "kelp filter"));
    }

    @Test
    void aMainNameInsideAnotherCandidatesNameIsNotClear() {
        assertEquals("none", main("A Quokka Gate-Based Framework for Wombat Parsing",
                "This paper proposes a Quokka Gate (QG)-based framework. QG layers are stacked; QG weights are "
                        + "shared. The method reaches 71.2% on Fern-QA.",
                "Quokka Gate=QG", "Quokka Gate-Based Framework"));
    }

    @Test
    void oneCandidateIsLeftToThePapersOwnMethod() {
        assertNull(MainMethod.of(List.of(new PaperLink("p", Relation.PROPOSES_METHOD, "x", "OtterMix", "", -1, -1,
                "test", 0.8)), l -> true, l -> Set.of(l.entityLabel()), "OtterMix", "OtterMix reaches 5%."));
    }
}
