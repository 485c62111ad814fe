package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.papers.Origin;
import org.paperkg.papers.PaperKeys;
import org.paperkg.papers.PaperRecord;

/** Each listing format read from a fixture written for the purpose (invented papers). */
class TestListingReaders {

    @Test
    void aggregatorPage() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("aggregator-page.txt"));
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.papers().size(), r.titles().toString());
        PaperRecord first = r.papers().get(0);
        assertEquals("Lantern Networks: Sparse Routing for Tiny Accelerators", first.title());
        assertEquals("arXiv.org Machine Learning", first.venue());
        assertTrue(first.abstractText().startsWith("We present Lantern Networks"));
        assertTrue(first.abstractText().endsWith("within one point."));
        assertEquals(List.of(new Origin(ListingFixtures.listing("aggregator-page.txt").toString(), 8, 1)), first.origins());
        assertEquals(PaperKeys.titleKey(first.title()), first.key());
        assertFalse(first.truncated());

        PaperRecord latex = r.papers().get(1);
        assertEquals("$\\alpha$-Mixing Bounds for Streaming Gradient Estimators", latex.title(), "whitespace collapsed");
        assertTrue(latex.abstractText().contains("$\\beta_k \\le C k^{-2}$"), "LaTeX kept as text");
        assertEquals("arXiv.org Statistics", latex.venue());

        PaperRecord last = r.papers().get(3);
        assertEquals("A Schr\u00f6dinger Bridge View of Tabular Data Imputation", last.title(), "Unicode in NFC");
        assertTrue(Normalizer.isNormalized(last.abstractText(), Normalizer.Form.NFC));
        assertTrue(last.truncated(), "the file stops mid-sentence");
        assertFalse(r.papers().get(2).truncated());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkReadTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        for (String fixture : List.of("aggregator-page.txt", "daily-papers-page.txt", "scraped.jsonl")) {
            String text = java.nio.file.Files.readString(ListingFixtures.listing(fixture));
            java.nio.file.Path crlf = dir.resolve("crlf-" + fixture);
            java.nio.file.Files.writeString(crlf, "\uFEFF" + text.replace("\n", "\r\n"));
            ListingFixtures.Result plain = ListingFixtures.read(ListingFixtures.listing(fixture));
            ListingFixtures.Result windows = ListingFixtures.read(crlf);
            assertEquals(List.of(), windows.problems(), fixture);
            assertEquals(plain.titles(), windows.titles(), fixture);
            for (int i = 0; i < plain.papers().size(); i++) {
                assertEquals(plain.papers().get(i).abstractText(), windows.papers().get(i).abstractText());
                assertEquals(plain.papers().get(i).date(), windows.papers().get(i).date());
                assertEquals(plain.papers().get(i).origins().get(0).line(),
                        windows.papers().get(i).origins().get(0).line());
            }
        }
    }

    @Test
    void aggregatorBlocksAreReadByPosition(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String abs = "An invented abstract that is long enough to read as prose, with more than ten words in it.";
        java.nio.file.Path page = dir.resolve("page");
        java.nio.file.Files.writeString(page, "Menu\n\n\nFirst Invented Title\n\nInvented Feed\n\n" + abs
                + "\n\n\nWithdrawn Invented Title\n\nInvented Feed\n\nWithdrawn.\n\n\nNo Source Title\n\n" + abs
                + "\n\n\nLonely line\n\n\nTwo Paragraphs Title\n\nInvented Feed\n\n" + abs + "\n\n" + abs + "\n");
        ListingFixtures.Result r = ListingFixtures.read(page);
        assertEquals(List.of("First Invented Title", "Withdrawn Invented Title", "No Source Title",
                "Two Paragraphs Title"), r.titles());
        assertEquals("Withdrawn.", r.papers().get(1).abstractText());
        assertNull(r.papers().get(2).venue());
        assertEquals(abs + " " + abs, r.papers().get(3).abstractText());
        assertEquals(1, r.problems().size());
        assertEquals(page + ":23: record 4 is incomplete: expected a title, a source line and an abstract",
                r.problems().get(0).toString());
    }

    @Test
    void dailyPapersPageMetadataBelongsToThePaperAbove() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("daily-papers-page.txt"));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("Kettle: Warm-Starting Reinforcement Learning from Logged Heuristics",
                "Orchard: Pruning Decision Forests with Learned Gates",
                "Quiet Tokens: Measuring Redundancy in Long-Context Transformers",
                "Ferry: Cross-Lingual Transfer with Bilingual Anchors",
                "Gradient Tides: Periodic Learning Rates Revisited"), r.titles());
        PaperRecord kettle = r.byTitle("Kettle");
        assertNull(kettle.authorCount());
        assertNull(kettle.date(), "the heading 'Mar 3' has no year");
        PaperRecord orchard = r.byTitle("Orchard");
        assertEquals(4, orchard.authorCount());
        assertEquals("2024-01-12", orchard.date());
        assertTrue(orchard.abstractText().endsWith("twelve tabular benchmarks."));
        PaperRecord quiet = r.byTitle("Quiet Tokens");
        assertEquals(1, quiet.authorCount());
        assertNull(quiet.date(), "'Feb 3' has no year");
        PaperRecord ferry = r.byTitle("Ferry");
        assertNull(ferry.authorCount());
        assertEquals("2023-04-05", ferry.date(), "trailing vote count dropped");
        assertNull(ferry.venue(), "an organisation is not a venue");
        assertEquals(3, r.byTitle("Gradient Tides").authorCount());
        assertEquals("2022-11-30", r.byTitle("Gradient Tides").date());
        r.papers().forEach(p -> assertFalse(p.truncated(), p.title()));
        assertEquals(13, kettle.origins().get(0).line());
    }

    @Test
    void dailyPapersMetadataWithoutSeparatorAndHeadingsWithYears(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String abs = "An invented abstract that is long enough to read as prose, with more than ten words in it.";
        java.nio.file.Path page = dir.resolve("page");
        java.nio.file.Files.writeString(page, "Daily Papers\n\nJun 4, 2024\n\nFirst Invented Title\n\n" + abs
                + "\n\n  \u2022 2 authors\nMay 29, 2023\n\nJun 3\n\nSecond Invented Title\n\n" + abs
                + "\n\n  \u2022 5 authors\n\u00b7\nJan 2, 2020 14\n\nThird Invented Title\n\n" + abs
                + "\n\nJul 1, 2024\n\nFourth Invented Title\n\n" + abs + "\n");
        ListingFixtures.Result r = ListingFixtures.read(page);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("First Invented Title", "Second Invented Title", "Third Invented Title",
                "Fourth Invented Title"), r.titles());
        assertEquals("2023-05-29", r.papers().get(0).date(), "a date right below the author count belongs to the paper");
        assertEquals(2, r.papers().get(0).authorCount());
        assertEquals("2020-01-02", r.papers().get(1).date(), "trailing vote count dropped");
        assertEquals(5, r.papers().get(1).authorCount());
        assertNull(r.papers().get(2).date(), "no metadata, and the heading 'Jun 3' above has no year");
        assertEquals("2024-07-01", r.papers().get(3).date(), "a heading with a year dates the papers below it");
    }

    @Test
    void arxivAtomFeed() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("arxiv-feed.xml"));
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.papers().size());
        PaperRecord k = r.papers().get(0);
        assertEquals("2405.01234", k.key());
        assertEquals("2405.01234", k.arxivId());
        assertEquals("Kettle: Warm-Starting Reinforcement Learning from Logged Heuristics", k.title());
        assertTrue(k.abstractText().startsWith("We study how"));
        assertEquals(List.of("Ada Quill", "Bo Lindqvist"), k.authors());
        assertEquals(2, k.authorCount());
        assertEquals("2024-05-02", k.date());
        assertEquals("10.5555/kettle.2024.17", k.doi());
        assertEquals("Journal of Invented Results 3 (2024) 1-9", k.venue());
        assertEquals(List.of("cs.LG", "cs.AI"), k.categories());
        assertEquals("http://arxiv.org/abs/2405.01234v2", k.url());
        assertEquals(7, k.origins().get(0).line());
        PaperRecord old = r.papers().get(1);
        assertEquals("hep-th/9901001", old.key());
        assertEquals("1999-01-04", old.date());
    }

    @Test
    void scrapedJsonLinesDeduplicateById() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("scraped.jsonl"));
        assertEquals(List.of(), r.problems());
        assertEquals(new ReadSummary(1, 3, 2, 1, 0), r.summary());
        PaperRecord orchard = r.papers().get(0);
        assertEquals("2403.05555", orchard.key());
        assertEquals(List.of("Mira Holt", "Tomas Verd", "Lee Park"), orchard.authors());
        assertEquals("2024", orchard.date());
        assertEquals("http://arxiv.org/abs/2403.05555v1", orchard.url());
        assertEquals(2, orchard.origins().size());
        assertEquals(3, orchard.origins().get(1).line());
        assertEquals(3, orchard.origins().get(1).record());
    }

    @Test
    void kaggleSnapshotFieldsAreMapped() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("kaggle-snapshot.jsonl"));
        assertEquals(List.of(), r.problems());
        PaperRecord p = r.papers().get(0);
        assertEquals("0704.0001", p.key());
        assertEquals("Invented Bounds on Placeholder Functions", p.title());
        assertEquals("We prove invented bounds on placeholder functions. The proof is short.", p.abstractText());
        assertEquals(List.of("Ann Example", "Bob Sample", "Cy Placeholder"), p.authors());
        assertEquals("2007-04-02", p.date(), "date of the first version");
        assertEquals("Invented J. 1 (2007) 1", p.venue());
        assertEquals("10.9999/inv.2007.1", p.doi());
        assertEquals(List.of("math.CO", "cs.DM"), p.categories());
        assertEquals("https://arxiv.org/abs/0704.0001", p.url());
    }

    @Test
    void externalIdsAreRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("s2.jsonl"),
                "{\"paperId\": \"abc\", \"title\": \"Invented\", \"year\": 2021, \"venue\": \"Invented Conf\", "
                        + "\"externalIds\": {\"ArXiv\": \"2101.00042\", \"DOI\": \"10.1234/INV\"}}\n");
        PaperRecord p = ListingFixtures.read(f).papers().get(0);
        assertEquals("2101.00042", p.key());
        assertEquals("10.1234/inv", p.doi());
        assertEquals("Invented Conf", p.venue());
        assertEquals("2021", p.date());
    }

    @Test
    void arxivExportWrapperAndPlainArray() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("arxiv-export.json"), ListingFixtures.listing("records-array.json"));
        assertEquals(List.of(), r.problems());
        assertEquals(new ReadSummary(2, 4, 3, 1, 0), r.summary());
        PaperRecord pebble = r.byTitle("Pebble");
        assertEquals("2311.07777", pebble.key());
        assertEquals("2023-11-13", pebble.date());
        assertEquals(List.of("cs.CV"), pebble.categories());
        assertNull(pebble.doi(), "an empty DOI is no DOI");
        assertNull(pebble.venue());
        assertEquals(4, pebble.origins().get(0).line());
        PaperRecord drift = r.byTitle("Drift Maps");
        assertEquals(List.of("cs.RO", "cs.LG"), drift.categories());
        assertEquals(2, drift.origins().get(0).record());
        PaperRecord sieve = r.byTitle("Sieve Attention");
        assertEquals("10.7777/sieve.2022.5", sieve.key(), "same DOI in two spellings");
        assertEquals(2, sieve.origins().size());
        assertEquals("2022-09", sieve.date());
        assertEquals("Invented Graph Workshop 2022", sieve.venue(), "missing field filled from the duplicate");
        assertEquals(List.of("Wen Li", "Oskar Berg"), sieve.authors());
    }

    @Test
    void samePaperAcrossFormatsIsOnePaperWithAllOrigins() throws Exception {
        ListingFixtures.Result r = ListingFixtures.read(ListingFixtures.listing("aggregator-page.txt"),
                ListingFixtures.listing("daily-papers-page.txt"), ListingFixtures.listing("arxiv-feed.xml"),
                ListingFixtures.listing("scraped.jsonl"), ListingFixtures.listing("kaggle-snapshot.jsonl"),
                ListingFixtures.listing("arxiv-export.json"));
        assertEquals(List.of(), r.problems());
        // Orchard: aggregator page, daily page (no ids), then JSON with an arXiv id (twice)
        PaperRecord orchard = r.byTitle("Orchard");
        assertEquals("2403.05555", orchard.key(), "the id from the JSON record becomes the key");
        assertEquals(4, orchard.origins().size());
        assertEquals("arXiv.org Machine Learning", orchard.venue());
        assertEquals("2024-01-12", orchard.date(), "the more exact date wins over the year");
        assertEquals(3, orchard.authorCount(), "names known from JSON");
        assertTrue(orchard.origins().get(0).file().endsWith("aggregator-page.txt"));
        // Kettle: daily page, Atom (id + DOI), Kaggle (id)
        PaperRecord kettle = r.byTitle("Kettle");
        assertEquals("2405.01234", kettle.key());
        assertEquals(3, kettle.origins().size());
        assertEquals("10.5555/kettle.2024.17", kettle.doi());
        long kettles = r.papers().stream().filter(p -> p.title().startsWith("Kettle")).count();
        assertEquals(1, kettles);
        assertEquals(r.summary().records() - r.summary().papers(), r.summary().mergedDuplicates());
        assertEquals(r.papers().size(), r.summary().papers());
    }

    @Test
    void folderIsReadRecursivelyInSortedOrderSkippingHiddenFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("b/inner"));
        java.nio.file.Files.createDirectories(dir.resolve(".hidden"));
        java.nio.file.Files.copy(ListingFixtures.listing("arxiv-feed.xml"), dir.resolve("b/inner/feed.xml"));
        java.nio.file.Files.copy(ListingFixtures.listing("scraped.jsonl"), dir.resolve("a.jsonl"));
        java.nio.file.Files.copy(ListingFixtures.listing("scraped.jsonl"), dir.resolve(".hidden/x.jsonl"));
        java.nio.file.Files.writeString(dir.resolve(".notes"), "not a listing");
        ListingFixtures.Result r = ListingFixtures.read(dir);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.summary().files());
        assertEquals("2403.05555", r.papers().get(0).key());
        assertEquals("2405.01234", r.papers().get(2).key());
    }
}
