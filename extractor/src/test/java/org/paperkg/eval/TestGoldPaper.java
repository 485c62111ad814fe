package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.mentions.EntityType;

class TestGoldPaper {

    @TempDir
    Path dir;

    @Test
    void readsJsonLinesOfIdOnlyRecordsMatchedByArxivId() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, """
                {"id": "2101.00001", "methods": [{"name": "folded attention", "aliases": ["FA"], "proposed": true}], "tasks": [], "datasets": []}

                {"id": "2101.00002", "methods": [], "tasks": [{"name": "widget ranking", "aliases": []}], "datasets": []}
                """);
        List<GoldPaper> gold = GoldPaper.read(file);
        assertEquals(2, gold.size());
        assertNull(gold.get(0).title());
        assertEquals("arxiv:2101.00001", gold.get(0).matchKey());
        assertEquals(List.of("folded attention", "FA"), gold.get(0).entities().get(EntityType.METHOD).get(0).names());
        assertTrue(gold.get(0).entities().get(EntityType.METHOD).get(0).proposed());
    }

    @Test
    void aRecordWithoutTitleOrArxivIdIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": \"P7\", \"methods\": []}\n");
        IOException e = assertThrows(IOException.class, () -> GoldPaper.read(file));
        assertTrue(e.getMessage().contains("bad.jsonl"), e.getMessage());
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() throws IOException {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"id\": \"2101.00001\"}\n{\"id\": \n");
        IOException e = assertThrows(IOException.class, () -> GoldPaper.read(file));
        assertTrue(e.getMessage().contains("broken.jsonl:2"), e.getMessage());
    }

    @Test
    void agreementScoresTheSharedPapersOnly() throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Files.writeString(a, """
                {"id": "2101.00001", "methods": [{"name": "folded attention", "aliases": [], "proposed": true}], "tasks": [], "datasets": []}
                {"id": "2101.00002", "methods": [], "tasks": [{"name": "widget ranking", "aliases": []}], "datasets": []}
                """);
        Files.writeString(b, """
                {"id": "2101.00001", "methods": [{"name": "Folded Attention", "aliases": [], "proposed": true}, {"name": "gradient descent", "aliases": [], "proposed": false}], "tasks": [], "datasets": []}
                """);
        DocumentReport r = DocumentEvaluator.agreement(GoldPaper.read(a), GoldPaper.read(b));
        assertEquals(1, r.goldPapers());
        assertEquals(new Scores(1, 2, 1, 1), r.exactAll());
        assertEquals(1.0, r.proposedPartial().recall(), 1e-9);
    }
}
