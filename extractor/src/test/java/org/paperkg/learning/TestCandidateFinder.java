package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;
import org.paperkg.mentions.Vocabulary;

/** Which words make a name, and when a number after one belongs to it. */
class TestCandidateFinder {

    /** Tokens "word/TAG" as CoreNLP would give them. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String t : tagged.split(" ")) {
            int slash = t.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(t.substring(0, slash));
            l.setTag(t.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    @Test
    void nameShapes() {
        assertTrue(CandidateFinder.nameShaped("QUILL"));
        assertTrue(CandidateFinder.nameShaped("ZorbNet"));
        assertTrue(CandidateFinder.nameShaped("Zorb-7"));
        assertFalse(CandidateFinder.nameShaped("Zorb"));
        assertFalse(CandidateFinder.nameShaped("360"));
    }

    @Test
    void aNumberAfterANameBelongsToIt() {
        List<CoreLabel> s = tokens("on/IN Zorb-NeRF/NNP 360/CD and/CC Quill/NNP 3/CD scenes/NNS");
        assertTrue(CandidateFinder.numberedName(s, 2), "Zorb-NeRF 360");
        assertTrue(CandidateFinder.numberedName(s, 5), "Quill 3");
    }

    @Test
    void aNumberAfterAnOrdinaryWordOrNotANumberIsNot() {
        List<CoreLabel> s = tokens("trained/VBN for/IN 360/CD epochs/NNS with/IN Zorb-NeRF/NNP v2/NN and/CC 3/CD");
        assertFalse(CandidateFinder.numberedName(s, 2), "after a preposition");
        assertFalse(CandidateFinder.numberedName(s, 6), "no bare number");
        assertFalse(CandidateFinder.numberedName(s, 0), "the first token");
        assertFalse(CandidateFinder.numberedName(s, 8), "after a conjunction");
    }

    @Test
    void candidatesKeepANamesNumberAndItsSizeWord() {
        String text = "We test large quill-gizmo models on the Zorb-NeRF 360 scenes and Quill 3.";
        List<String> spans = new PaperAnalyser(Vocabulary.empty(), WordStatistics.empty(), NamePrior.empty()).analyse(text, -1)
                .candidates().stream().map(Candidate::text).toList();
        assertTrue(spans.contains("large quill-gizmo models"), spans.toString());
        assertTrue(spans.contains("quill-gizmo models"), spans.toString());
        assertTrue(spans.contains("Zorb-NeRF 360"), spans.toString());
        assertTrue(spans.contains("Zorb-NeRF"), spans.toString());
        assertTrue(spans.contains("Quill 3"), spans.toString());
    }
}
