package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.papers.PaperRecord;

/** The PaperSource contract: one pass, summary known before the first paper, temp files removed on close. */
class TestPaperSource {

    @TempDir
    Path tmp;

    @Test
    void summaryIsKnownBeforeTheFirstPaperIsConsumed() throws Exception {
        try (PaperSource source = PaperSource.open(List.of(ListingFixtures.listing("scraped.jsonl")))) {
            assertThrows(IllegalStateException.class, source::summary);
            try (Stream<PaperRecord> papers = source.papers()) {
                assertEquals(2, source.summary().papers());
                assertEquals(2, papers.count());
            }
            assertThrows(IllegalStateException.class, source::papers);
        }
    }

    @Test
    void closeDeletesTheSpill() throws Exception {
        Path spillDir = Files.createDirectories(tmp.resolve("spill"));
        try (PaperSource source = PaperSource.open(List.of(ListingFixtures.listing("arxiv-feed.xml"))).tempDir(spillDir)) {
            source.papers().forEach(p -> { });
            try (Stream<Path> files = Files.list(spillDir)) {
                assertEquals(1, files.count(), "records are spilled to one temp file");
            }
        }
        try (Stream<Path> files = Files.list(spillDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void progressCountsEveryRecordReadOrRejected() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"title\": \"Invented\"}\nnot json\n");
        List<Long> seen = new java.util.ArrayList<>();
        try (PaperSource source = PaperSource.open(List.of(ListingFixtures.listing("scraped.jsonl"), bad))
                .onProgress(seen::add)) {
            source.papers().close();
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seen);
    }

    @Test
    void missingPathFailsToOpen() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> PaperSource.open(List.of(tmp.resolve("absent"))));
        assertTrue(e.getMessage().contains("absent"));
    }

    @Test
    void recordOrderIsFirstSeenOrder() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("scraped.jsonl"), ListingFixtures.listing("arxiv-export.json"));
        assertEquals(List.of("2403.05555", "2311.07777", "2312.08888"),
                r.papers().stream().map(PaperRecord::key).toList());
    }
}
