package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

class TestContributionFeatures {

    /** Tokens written "word/TAG/lemma" (lemma defaults to the lower-case word), offsets as if joined by spaces. */
    private static List<CoreLabel> sentence(int offset, String tokens) {
        List<CoreLabel> out = new ArrayList<>();
        int at = offset;
        for (String t : tokens.split(" ")) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setValue(p[0]);
            l.setTag(p[1]);
            l.setLemma(p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT));
            l.setBeginPosition(at);
            l.setEndPosition(at + p[0].length());
            at += p[0].length() + 1;
            out.add(l);
        }
        return out;
    }

    private static final List<CoreLabel> PROPOSE = sentence(0, "We/PRP propose/VBP/propose a/DT simple/JJ yet/CC "
            + "effective/JJ Zorblat/NNP ,/, a/DT lattice/NN sampler/NN ./.");

    @Test
    void theObjectOfWeProposeWithItsModifiers() {
        Set<String> cues = ContributionFeatures.occurrence(PROPOSE, 6, 7, false);
        assertTrue(cues.contains("propose-object"), cues.toString());
        assertTrue(cues.contains("propose-object-own"), cues.toString());
        assertTrue(cues.contains("apposition"), cues.toString());
        assertFalse(ContributionFeatures.occurrence(PROPOSE, 9, 11, false).contains("propose-object"),
                "the apposition's noun is not the verb's object");
    }

    @Test
    void titleHeadCalledOurAndThePassive() {
        List<CoreLabel> title = sentence(0, "Quillnet/NNP :/: Sparse/JJ Lattices/NNS for/IN Ranking/NN");
        assertTrue(ContributionFeatures.occurrence(title, 0, 1, true).contains("title-head"));
        assertFalse(ContributionFeatures.occurrence(title, 2, 4, true).contains("title-head"));
        List<CoreLabel> called = sentence(0, "a/DT sampler/NN called/VBN/call Vortex/NNP");
        assertTrue(ContributionFeatures.occurrence(called, 3, 4, false).contains("named"));
        List<CoreLabel> our = sentence(0, "our/PRP$ proposed/VBN/propose sampler/NN wins/VBZ/win");
        assertTrue(ContributionFeatures.occurrence(our, 2, 3, false).contains("our"));
        List<CoreLabel> the = sentence(0, "the/DT proposed/VBN/propose sampler/NN wins/VBZ/win");
        assertTrue(ContributionFeatures.occurrence(the, 2, 3, false).contains("the-proposed"));
        List<CoreLabel> passive = sentence(0, "a/DT lattice/NN sampler/NN is/VBZ/be introduced/VBN/introduce");
        assertTrue(ContributionFeatures.occurrence(passive, 1, 3, false).contains("propose-object"));
        List<CoreLabel> acronym = sentence(0, "We/PRP present/VBP/present lattice/NN sampling/NN (/-LRB- LSX/NNP "
                + ")/-RRB-");
        assertTrue(ContributionFeatures.occurrence(acronym, 2, 4, false).contains("acronym-when-proposing"));
    }

    @Test
    void featuresArePooledOverThePaperAndCountTheProposedTexts() {
        String text = "We propose a simple yet effective Zorblat , a lattice sampler . "
                + "Zorblat uses a lattice sampler .";
        ContributionFeatures f = ContributionFeatures.of(List.of(PROPOSE, sentence(64, "Zorblat/NNP uses/VBZ/use "
                + "a/DT lattice/NN sampler/NN ./.")), List.of(new int[] {0, 6, 7}, new int[] {1, 0, 1},
                new int[] {1, 3, 5}), text, -1);
        List<String> zorblat = f.features("Zorblat");
        assertTrue(zorblat.contains("k:propose-object/name"), zorblat.toString());
        assertTrue(zorblat.contains("k:sole-propose-object"), zorblat.toString());
        List<String> sampler = f.features("lattice sampler");
        assertFalse(sampler.stream().anyMatch(s -> s.startsWith("k:propose-object")), sampler.toString());
        assertTrue(sampler.contains("k:cues=0/phrase"), sampler.toString());
    }
}
