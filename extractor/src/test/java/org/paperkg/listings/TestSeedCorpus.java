package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.paperkg.papers.PaperRecord;

/** Reads the real listing pages in ../shared/seeds (skipped when absent). */
class TestSeedCorpus {

    @Test
    void seedsGive129RecordsAnd125Papers() throws Exception {
        Path seeds = SharedData.require("seeds");
        List<ReadProblem> problems = new ArrayList<>();
        try (PaperSource source = PaperSource.open(List.of(seeds)).onProblem(problems::add)) {
            List<PaperRecord> papers = source.papers().collect(Collectors.toList());
            assertEquals(List.of(), problems);
            assertEquals(new ReadSummary(5, 129, 125, 4, 0), source.summary());
            assertEquals(125, papers.size());
            for (PaperRecord p : papers) {
                assertFalse(p.title().isBlank(), p.key());
                assertTrue(p.abstractText().length() > 100, p.title());
                assertTrue(p.key().startsWith("title:"), p.key());
            }
            // the last record of 000* is cut off mid-sentence and flagged
            List<PaperRecord> truncated = papers.stream().filter(PaperRecord::truncated).collect(Collectors.toList());
            assertEquals(1, truncated.size(), truncated.toString());
            assertTrue(truncated.get(0).origins().get(0).file().contains("000_"));
            // daily pages: author counts and dates from the metadata below each paper
            long withCount = papers.stream().filter(p -> p.authorCount() != null).count();
            assertEquals(30, withCount);
            long withDate = papers.stream().filter(p -> p.date() != null).count();
            assertEquals(30, withDate);
            PaperRecord noYear = papers.stream().filter(p -> p.authorCount() != null && p.date() == null)
                    .findFirst().orElseThrow();
            assertNull(noYear.date(), "a date without a year stays unknown");
            papers.forEach(p -> assertNotNull(p.origins()));
        }
    }
}
