package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.paperkg.eval.GoldPaper;
import org.paperkg.mentions.EntityType;

class TestCandidateLabeller {

    private static Candidate candidate(String text, int start) {
        return new Candidate(text, start, start + text.length(), "", List.of("s:len=1"), null);
    }

    @Test
    void documentGoldLabelsByNameAndLeavesOutPartialMatches() {
        GoldPaper gold = new GoldPaper("p1", "p1", Map.of(
                EntityType.METHOD, List.of(new GoldPaper.GoldEntity("Zorblat network", List.of("ZN"), true)),
                EntityType.TASK, List.of(new GoldPaper.GoldEntity("quillion segmentation", List.of(), false)),
                EntityType.DATASET, List.of()));
        AnnotatedText text = new AnnotatedText("p1", "annotations", "x", -1, gold, null);
        List<LabelledCandidate> l = CandidateLabeller.label(text, List.of(candidate("zorblat networks", 0),
                candidate("ZN", 20), candidate("Quillion Segmentation", 30), candidate("segmentation", 60),
                candidate("weather", 80)));
        assertEquals(4, l.size(), "the partial match 'segmentation' is left out: " + l);
        assertEquals(List.of(1, 1, 2, 0), l.stream().map(LabelledCandidate::label).toList());
        assertEquals(List.of(1, 1, -1, -1), l.stream().map(LabelledCandidate::proposed).toList());
    }

    @Test
    void mentionGoldLabelsExactSpansAndLeavesOutOverlaps() {
        AnnotatedText text = new AnnotatedText("d", "scier-fulltext", "We train Zorblat on QuillSet .", -1, null,
                List.of(new AnnotatedText.GoldSpan(9, 16, EntityType.METHOD),
                        new AnnotatedText.GoldSpan(20, 28, EntityType.DATASET)));
        List<LabelledCandidate> l = CandidateLabeller.label(text, List.of(candidate("Zorblat", 9),
                candidate("Zorblat on", 9), candidate("QuillSet", 20), candidate("We", 0)));
        assertEquals(List.of(1, 3, 0), l.stream().map(LabelledCandidate::label).toList());
    }
}
