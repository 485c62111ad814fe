package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.paperkg.papers.PaperRecord;

/** Reads the real arXiv exports in ../shared/data (skipped when absent). */
class TestArxivDailyCorpus {

    @Test
    void arxivDailyDeduplicatesByArxivIdWithoutVersion() throws Exception {
        Path dir = SharedData.require("data/arxiv-daily");
        List<Path> json;
        try (Stream<Path> s = Files.list(dir)) {
            json = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        List<ReadProblem> problems = new ArrayList<>();
        try (PaperSource source = PaperSource.open(json).onProblem(problems::add)) {
            long[] n = {0};
            source.papers().forEach(p -> {
                n[0]++;
                assertNotNull(p.arxivId(), p.title());
                assertEquals(p.arxivId(), p.key());
                assertTrue(!p.arxivId().contains("v"), p.arxivId());
                assertTrue(p.date() != null && p.date().matches("\\d{4}-\\d{2}-\\d{2}"), p.key());
                assertTrue(!p.authors().isEmpty() && p.authorCount() == p.authors().size(), p.key());
                assertTrue(!p.categories().isEmpty(), p.key());
            });
            assertEquals(List.of(), problems);
            assertEquals(3788, n[0]);
            assertEquals(new ReadSummary(json.size(), 3822, 3788, 34, 0), source.summary());
        }
    }

    @Test
    void arxivjsdataJsonLinesAreRead() throws Exception {
        Path file = SharedData.require("data/arxivjsdata").resolve("arxivjsdata_papers.jsonl");
        assertTrue(Files.exists(file), file.toString());
        try (PaperSource source = PaperSource.open(List.of(file))) {
            List<PaperRecord> some = source.papers().limit(50).collect(Collectors.toList());
            assertEquals(new ReadSummary(1, 4251, 4082, 169, 0), source.summary());
            for (PaperRecord p : some) {
                assertNotNull(p.arxivId(), p.title());
                assertTrue(p.date() != null && p.date().matches("\\d{4}"), p.key());
                assertTrue(p.authors().size() >= 1, p.key());
            }
        }
    }
}
