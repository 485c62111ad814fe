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

    @Test
    void chunkVariantsGiveTheTaskInsideAndAroundAChunk() {
        String text = "We study robust quill sorting and evaluate on two zorb navigation tasks, including lattice "
                + "question answering.";
        List<Candidate> candidates = new PaperAnalyser(Vocabulary.empty(), WordStatistics.empty(), NamePrior.empty())
                .analyse(text, -1).candidates();
        List<String> spans = candidates.stream().map(Candidate::text).toList();
        assertTrue(spans.contains("zorb navigation"), "without the task word: " + spans);
        assertTrue(spans.contains("quill sorting") || spans.contains("quill"), spans.toString());
        assertTrue(spans.contains("lattice question answering"), "with the gerund after the noun: " + spans);
        assertTrue(candidates.stream().filter(c -> c.text().equals("zorb navigation"))
                .allMatch(c -> c.features().contains("s:variant=no-leading-word+no-task-word")),
                "marked as a variant");
    }

    @Test
    void variantsOfTaggedChunks() {
        List<CoreLabel> s = tokens("including/VBG robust/JJ multimodal/JJ reasoning/NN tasks/NNS");
        s.get(4).setLemma("task");
        List<String> kinds = ChunkVariants.of(s, 0, 5, 5).stream()
                .map(v -> v.from() + "-" + v.to() + ":" + v.kind()).toList();
        assertTrue(kinds.contains("0-4:no-task-word"), kinds.toString());
        assertTrue(kinds.contains("1-5:no-leading-word"), kinds.toString());
        assertTrue(kinds.contains("1-4:no-leading-word+no-task-word"), kinds.toString());
        List<CoreLabel> a = tokens("robust/JJ real-time/JJ zorb/NN sorting/NN");
        List<String> trimmed = ChunkVariants.of(a, 0, 4, 4).stream().map(v -> v.from() + "-" + v.to()).toList();
        assertTrue(trimmed.contains("1-4") && trimmed.contains("2-4"), "one or two adjectives dropped: " + trimmed);
        List<CoreLabel> g = tokens("question/NN answering/VBG");
        assertTrue(ChunkVariants.of(g, 0, 1, 2).stream().anyMatch(v -> v.to() == 2 && v.kind().equals("gerund-end")));
        List<CoreLabel> one = tokens("robust/JJ sorting/NN");
        assertTrue(ChunkVariants.of(one, 0, 2, 2).isEmpty(), "one noun alone stays with its adjective");
        List<CoreLabel> last = tokens("zorbs/NNS are/VBP robust/JJ");
        assertTrue(ChunkVariants.of(last, 2, 3, 3).isEmpty(), "an adjective ending the sentence has no variant");
    }
}
