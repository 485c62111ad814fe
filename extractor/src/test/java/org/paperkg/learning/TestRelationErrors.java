package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.paperkg.eval.GoldPaper;
import org.paperkg.mentions.EntityType;

/** The errors of a small model on an invented dev paper, counted by their relation to the paper's other names. */
class TestRelationErrors {

    private static final String TEXT = "Velvet Gorse Encoder\n\nVelvet Gorse Encoder beats Plinth Gorse on Quartz.";

    private static Candidate candidate(String text, int from, String feature) {
        int start = TEXT.indexOf(text, from);
        return new Candidate(text, start, start + text.length(), "e", List.of(feature), null);
    }

    @Test
    void countsFalseHitsAndMissesByRelation() {
        LinearClassifier types = LinearClassifier.train(new LinearClassifier.FeatureIndex(List.of("s:yes", "s:no")),
                List.of(List.of("s:yes"), List.of("s:no"), List.of("s:yes"), List.of("s:no")), new int[] {1, 0, 1, 0},
                1);
        LearnedModel model = new LearnedModel(WordStatistics.empty(), NamePrior.empty(), types, null, null, 0.5, 0.5,
                new Properties());
        List<Candidate> candidates = List.of(candidate("Velvet Gorse Encoder", 0, "s:yes"),
                candidate("Plinth Gorse", 0, "s:yes"), candidate("Quartz", 0, "s:no"));
        GoldPaper gold = new GoldPaper("z-2", "Velvet Gorse Encoder", Map.of(
                EntityType.METHOD, List.of(new GoldPaper.GoldEntity("Velvet Gorse Encoder", List.of(), true)),
                EntityType.TASK, List.of(new GoldPaper.GoldEntity("marmot herding", List.of(), false)),
                EntityType.DATASET, List.of(new GoldPaper.GoldEntity("Quartz", List.of(), false))));
        AnnotatedText paper = new AnnotatedText("z-2", "annotations", TEXT, 20, gold, null);
        RelationErrors errors = RelationErrors.of(List.of(paper), t -> candidates, model);
        assertEquals(1, errors.count(EntityType.METHOD, true, "shares a word with a gold name of its type"),
                "Plinth Gorse shares a word with the gold method");
        assertEquals(1, errors.count(EntityType.TASK, false, "no candidate"));
        assertEquals(1, errors.count(EntityType.TASK, false, "paper has no kept name of the type"));
        assertEquals(1, errors.count(EntityType.DATASET, false, "paper has no kept name of the type"));
        assertEquals(0, errors.count(EntityType.DATASET, false, "no candidate"), "Quartz is a candidate");
        String report = errors.render("a test model");
        assertTrue(report.contains("| relation | method | method right |"), report);
    }

    @Test
    void wordsInsideNeedWholeWords() {
        assertTrue(RelationErrors.inside("gorse encoder", "velvet gorse encoder"));
        assertFalse(RelationErrors.inside("orse encoder", "velvet gorse encoder"));
        assertFalse(RelationErrors.inside("gorse encoder", "gorse encoder"));
    }
}
