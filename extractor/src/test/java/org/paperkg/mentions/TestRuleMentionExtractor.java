package org.paperkg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.papers.PaperRecord;

/** Rules on invented abstracts; one CoreNLP pipeline for the class. */
class TestRuleMentionExtractor {

    private static RuleMentionExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new RuleMentionExtractor(Vocabulary.of(Map.of("sprocket alignment", EntityType.TASK)));
    }

    private static PaperRecord paper(String title, String abs) {
        return new PaperRecord("k", title, abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Optional<Mention> find(List<Mention> ms, String text, EntityType type) {
        return ms.stream().filter(m -> m.text().equals(text) && m.type() == type).findFirst();
    }

    @Test
    void acronymDefinitionsBothWaysAndContribution() {
        PaperRecord p = paper("Folded Attention for Widget Ranking",
                "Widget ranking is hard for existing recommender systems. In this paper, we propose folded attention "
                        + "networks (FANs), a neural architecture for widget ranking. We compare FANs with GBDT "
                        + "(gradient boosted decision trees) on the WidgetBench-7 dataset and on CIFAR-10.");
        List<Mention> ms = extractor.extract(p);
        Mention fan = find(ms, "folded attention networks", EntityType.METHOD).orElseThrow(() -> new AssertionError(ms));
        assertEquals("FANs", fan.acronym());
        assertEquals(MentionRole.CONTRIBUTED, fan.role());
        assertEquals(p.fullText().substring(fan.charStart(), fan.charEnd()), fan.text());
        assertTrue(find(ms, "FANs", EntityType.METHOD).isPresent(), ms.toString());
        assertTrue(find(ms, "gradient boosted decision trees", EntityType.METHOD).isPresent(), ms.toString());
        assertTrue(find(ms, "WidgetBench-7", EntityType.DATASET).isPresent(), ms.toString());
        assertTrue(find(ms, "CIFAR-10", EntityType.DATASET).isPresent(), "name kept whole and typed by context: " + ms);
        assertTrue(find(ms, "widget ranking", EntityType.TASK).isPresent()
                || find(ms, "Widget Ranking", EntityType.TASK).isPresent(), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().equalsIgnoreCase("existing recommender systems")),
                "evaluative modifiers are dropped: " + ms);
    }

    @Test
    void titleNameIsTheContributionAndDatasetTitlesIntroduceDatasets() {
        List<Mention> ms = extractor.extract(paper("Gizmoset: A Benchmark Suite for Sprocket Alignment",
                "We release Gizmoset, a collection of tasks for sprocket alignment."));
        Mention g = find(ms, "Gizmoset", EntityType.DATASET).orElseThrow(() -> new AssertionError(ms));
        assertEquals(MentionRole.CONTRIBUTED, g.role());
        assertTrue(ms.stream().anyMatch(m -> m.rule().equals("vocabulary") && m.type() == EntityType.TASK), ms.toString());
    }

    @Test
    void usedMethodsStayUsed() {
        List<Mention> ms = extractor.extract(paper("On the Stability of Widget Ranking",
                "We analyse the stability of widget ranking. We train gradient boosted decision trees and "
                        + "random forests, and show that stochastic gradient descent converges."));
        assertTrue(ms.stream().filter(m -> m.type() == EntityType.METHOD)
                .allMatch(m -> m.role() == MentionRole.USED), ms.toString());
        assertTrue(find(ms, "stochastic gradient descent", EntityType.METHOD).isPresent(), ms.toString());
    }

    @Test
    void coordinationSharesTheHead() {
        List<Mention> ms = extractor.extract(paper("Gizmos",
                "We study gizmo and sprocket distillation for widget ranking."));
        assertTrue(find(ms, "gizmo distillation", EntityType.METHOD).isPresent()
                || ms.stream().anyMatch(m -> m.rule().equals("coordination")), ms.toString());
        assertTrue(find(ms, "sprocket distillation", EntityType.METHOD).isPresent(), ms.toString());
    }

    @Test
    void dataFromAStudyIsADataset() {
        List<Mention> ms = extractor.extract(paper("Widget Survival",
                "We illustrate the model using data from a sprocket failure study and a gizmo wear trial."));
        assertTrue(find(ms, "sprocket failure study", EntityType.DATASET).isPresent(), ms.toString());
        assertTrue(find(ms, "gizmo wear trial", EntityType.DATASET).isPresent(), ms.toString());
    }

    @Test
    void emptyAbstract() {
        assertTrue(extractor.extract(paper("Notes", "")).stream().allMatch(m -> m.charEnd() <= 5));
        assertEquals("rules", extractor.name());
    }
}
