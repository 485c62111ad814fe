package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.paperkg.eval.GoldPaper;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Vocabulary;

/** The task errors of a dev paper: a miss tells whether some candidate matched it, a false hit its sentence. */
class TestDevErrors {

    @Test
    void listsMissesAndFalseHitsWithTheirCause() throws Exception {
        LearnedModel model = LearnedModel.committed();
        String text = "Zorblat for quillion segmentation\n\nWe propose Zorblat, a lattice network for quillion "
                + "segmentation, and evaluate it on the QuillSet-7 benchmark.";
        GoldPaper gold = new GoldPaper("z-1", "z-1", Map.of(EntityType.TASK, List.of(
                new GoldPaper.GoldEntity("marmot herding", List.of(), false))));
        AnnotatedText paper = new AnnotatedText("z-1", "annotations", text, 33, gold, null);
        PaperAnalyser analyser = new PaperAnalyser(Vocabulary.empty(), model.words(), model.prior());
        List<Candidate> candidates = analyser.analyse(text, 33).candidates();
        List<String> lines = DevErrors.lines(List.of(paper), t -> candidates, model, EntityType.TASK);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("FN\tz-1\tmarmot herding\tno-candidate\t")),
                "a task no candidate matches: " + lines);
        assertTrue(lines.stream().allMatch(l -> l.startsWith("FN\t") || l.startsWith("FP\t")), lines.toString());
        assertTrue(lines.stream().filter(l -> l.startsWith("FP\t")).allMatch(l -> l.contains("\tgold=-\t")),
                "a false hit here is no gold entity of another type: " + lines);
    }
}
