package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection looks at content only: the same bytes under any name are the same format. */
class TestListingFormat {

    @TempDir
    Path dir;

    private ListingFormat.Detection detectRenamed(String fixture) throws Exception {
        Path copy = dir.resolve("no-extension-" + fixture.hashCode());
        Files.copy(ListingFixtures.listing(fixture), copy);
        return ListingFormat.detect(copy);
    }

    @Test
    void detectsEachFormatFromContent() throws Exception {
        assertEquals(ListingFormat.AGGREGATOR_PAGE, detectRenamed("aggregator-page.txt").format());
        assertEquals(ListingFormat.DAILY_PAPERS_PAGE, detectRenamed("daily-papers-page.txt").format());
        assertEquals(ListingFormat.ARXIV_ATOM, detectRenamed("arxiv-feed.xml").format());
        assertEquals(ListingFormat.JSON_LINES, detectRenamed("scraped.jsonl").format());
        assertEquals(ListingFormat.JSON_LINES, detectRenamed("kaggle-snapshot.jsonl").format());
        assertEquals(ListingFormat.JSON_DOCUMENT, detectRenamed("arxiv-export.json").format());
        assertEquals(ListingFormat.JSON_DOCUMENT, detectRenamed("records-array.json").format());
    }

    @Test
    void problemsInsteadOfAFormat() {
        assertEquals("is empty", ListingFormat.detect(new byte[0], true).problem());
        assertEquals("is empty", ListingFormat.detect(" \n\n".getBytes(StandardCharsets.UTF_8), true).problem());
        ListingFormat.Detection bin = ListingFormat.detect(new byte[] {'a', 0, 'b'}, true);
        assertNull(bin.format());
        assertTrue(bin.problem().contains("binary"));
        assertTrue(ListingFormat.detect("\uFEFF{}".getBytes(StandardCharsets.UTF_16LE), true).problem()
                .startsWith("is UTF-16 text"));
        assertTrue(ListingFormat.detect(new byte[] {0x1F, (byte) 0x8B, 8, 0}, true).problem().startsWith("is gzip"));
        ListingFormat.Detection latin = ListingFormat.detect("a\nb\nd\u00e9j\u00e0\n".getBytes(StandardCharsets.ISO_8859_1), true);
        assertEquals(3, latin.line());
        assertTrue(latin.problem().startsWith("is not UTF-8 text"));
        // a UTF-8 sequence cut by the end of the head is not an error, one cut by the end of the file is
        byte[] cut = {'{', '"', 't', '"', ':', '"', (byte) 0xC3};
        assertEquals(ListingFormat.JSON_LINES, ListingFormat.detect(cut, false).format());
        assertTrue(ListingFormat.detect(cut, true).problem().startsWith("is not UTF-8 text"));
    }
}
