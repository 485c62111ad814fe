package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paperkg.eval.DocumentEvaluator.Predicted;
import org.paperkg.mentions.EntityType;

class TestDocumentEvaluator {

    private static List<GoldPaper> gold() throws Exception {
        return GoldPaper.read(Path.of(TestDocumentEvaluator.class.getResource("tiny-gold.json").toURI()));
    }

    private static Predicted p(boolean proposed, String... names) {
        return new Predicted(List.of(names), proposed);
    }

    @Test
    void readsGold() throws Exception {
        List<GoldPaper> g = gold();
        assertEquals(2, g.size());
        assertEquals(List.of("folded attention", "FA"), g.get(0).entities().get(EntityType.METHOD).get(1).names());
        assertTrue(g.get(0).entities().get(EntityType.METHOD).get(0).proposed());
    }

    @Test
    void countsExactAndPartialMatches() throws Exception {
        Map<EntityType, List<Predicted>> t1 = Map.of(
                EntityType.METHOD, List.of(p(true, "Quillon"), p(false, "FA"), p(false, "gradient boosting")),
                EntityType.TASK, List.of(p(false, "fast widget ranking")),
                EntityType.DATASET, List.of());
        // T2 not predicted at all: its gold counts as missed, and it is listed as not found
        DocumentReport r = DocumentEvaluator.score(gold(),
                Map.of(DocumentEvaluator.titleKey("Quillon: fast widget ranking with folded attention"), t1));
        Scores me = r.exact().get(EntityType.METHOD);
        assertEquals(new Scores(2, 3, 2, 3), me); // Quillon, FA (alias); gradient boosting false; SGM missed
        assertEquals(2.0 / 3, me.precision(), 1e-9);
        assertEquals(2.0 / 3, me.recall(), 1e-9);
        // "fast widget ranking" vs "widget ranking": same head, token subset -> partial only
        assertEquals(new Scores(0, 1, 0, 1), r.exact().get(EntityType.TASK));
        assertEquals(new Scores(1, 1, 1, 1), r.partial().get(EntityType.TASK));
        assertEquals(new Scores(0, 0, 0, 1), r.partial().get(EntityType.DATASET));
        assertEquals(0.0, r.partial().get(EntityType.DATASET).f1());
        assertEquals(1.0, r.proposedExact().recall());
        assertEquals(List.of("A Study of Sparse Gizmo Models"), r.missingPapers());
        assertEquals(new Scores(2, 4, 2, 5), r.exactAll());
        assertTrue(r.table().contains("method"));
    }

    @Test
    void matchingIsOneToOne() throws Exception {
        // two predictions matching the same gold entity: one is a false hit
        Map<EntityType, List<Predicted>> t1 = Map.of(EntityType.METHOD,
                List.of(p(false, "folded attention"), p(false, "folded attention layer")));
        DocumentReport r = DocumentEvaluator.score(gold().subList(0, 1),
                Map.of(DocumentEvaluator.titleKey(gold().get(0).title()), t1));
        assertEquals(new Scores(1, 2, 1, 2), r.partial().get(EntityType.METHOD));
    }

    @Test
    void nameMatching() {
        assertTrue(NameMatcher.exact("The Sparse Gizmo Models", "sparse gizmo model"));
        assertTrue(NameMatcher.exact("widget-ranking", "Widget ranking"));
        assertFalse(NameMatcher.exact("widget ranking", "widget scoring"));
        assertTrue(NameMatcher.partial("deep gizmo network", "gizmo network"));
        assertFalse(NameMatcher.partial("gizmo network", "gizmo"));            // heads differ, Jaccard 0.5
        assertTrue(NameMatcher.partial("ensemble gizmo sampling", "ensemble gizmo sampling approach")); // Jaccard 0.75
        assertEquals(0.0, new Scores(0, 0, 0, 0).f1());
    }
}
