package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.papers.PaperRecord;

/** Bad input: each case gives one problem naming file and line or record, and everything else still goes through. */
class TestBadInput {

    private static final String GOOD_JSON_LINE = "{\"arxiv_id\": \"2401.00001\", \"title\": \"An Invented Good Paper\", "
            + "\"abstract\": \"A short invented abstract.\"}";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadProblem only(ListingFixtures.Result r) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0);
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.jsonl", "  \n\n \n");
        ListingFixtures.Result r = ListingFixtures.read(empty, blank, ListingFixtures.listing("scraped.jsonl"));
        assertEquals(2, r.problems().size());
        assertEquals(empty + ":0: the file is empty", r.problems().get(0).toString());
        assertEquals(blank + ":0: the file is empty", r.problems().get(1).toString());
        assertEquals(new ReadSummary(3, 3, 2, 1, 2), r.summary());
    }

    @Test
    void aListingThatStatesItIsEmptyIsNoRejection() throws Exception {
        Path day = write("quiet-day.json", "{\n  \"count\": 0,\n  \"papers\": []\n}\n");
        Path array = write("none.json", "[]\n");
        ListingFixtures.Result r = ListingFixtures.read(day, array);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), r.papers());
    }

    @Test
    void binaryFile() throws Exception {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path bin = write("model.bin", bytes);
        ReadProblem p = only(ListingFixtures.read(bin));
        assertEquals(bin.toString(), p.file());
        assertEquals("the file is a binary file, not a listing", p.message());
    }

    @Test
    void nonUtf8TextNamesTheLine() throws Exception {
        byte[] latin1 = ("Goto\n\nTitle One\n\nSource\n\nAbstract with caf\u00e9 in it and enough words to count as prose text "
                + "for the page reader here.\n").getBytes(StandardCharsets.ISO_8859_1);
        Path f = write("latin1.txt", latin1);
        ListingFixtures.Result r = ListingFixtures.read(f, ListingFixtures.listing("arxiv-feed.xml"));
        ReadProblem p = only(r);
        assertEquals(7, p.line());
        assertTrue(p.message().contains("is not UTF-8 text"), p.message());
        assertEquals(2, r.papers().size(), "the other file still goes through");
    }

    @Test
    void nonUtf8AfterTheDetectedHeadKeepsWhatCameBefore() throws Exception {
        Path f = dir.resolve("late-latin1.jsonl");
        int good = 0;
        try (var out = Files.newOutputStream(f)) {
            while (Files.size(f) < ListingFormat.HEAD + 10_000) {
                good++;
                out.write(("{\"title\": \"Invented paper number " + good + "\", \"abstract\": \"Text.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write("{\"title\": \"Caf\u00e9 paper\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write("{\"title\": \"After the bad line\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        ListingFixtures.Result r = ListingFixtures.read(f);
        ReadProblem p = only(r);
        assertEquals(good + 1, p.line());
        assertEquals(good + 1, p.record());
        assertEquals("line " + (good + 1) + " is not valid UTF-8 text and was skipped (record " + (good + 1) + ")",
                p.message());
        assertEquals(good + 1, r.papers().size(), "the line after the bad one is read");
    }

    @Test
    void truncatedJsonArrayKeepsTheRecordsBeforeTheCut() throws Exception {
        String whole = Files.readString(ListingFixtures.listing("arxiv-export.json"));
        Path f = write("cut.json", whole.substring(0, whole.indexOf("Drift Maps") + 5));
        ListingFixtures.Result r = ListingFixtures.read(f);
        ReadProblem p = only(r);
        assertEquals(2, p.record());
        assertTrue(p.line() > 10, p.toString());
        assertTrue(p.message().startsWith("is not valid JSON at line"), p.message());
        assertTrue(p.message().contains("after 1 records"), p.message());
        assertEquals(List.of("Pebble: A Tiny Benchmark for Stone Counting"), r.titles());
    }

    @Test
    void truncatedAtomFeedKeepsTheEntriesBeforeTheCut() throws Exception {
        String whole = Files.readString(ListingFixtures.listing("arxiv-feed.xml"));
        Path f = write("cut.xml", whole.substring(0, whole.indexOf("Invented Strings")));
        ListingFixtures.Result r = ListingFixtures.read(f);
        ReadProblem p = only(r);
        assertEquals(2, p.record());
        assertTrue(p.message().startsWith("is not well-formed XML at line"), p.message());
        assertEquals(1, r.papers().size());
    }

    @Test
    void truncatedPagesLoseOnlyTheCutRecord() throws Exception {
        String agg = Files.readString(ListingFixtures.listing("aggregator-page.txt"));
        Path a = write("cut-aggregator.txt", agg.substring(0, agg.indexOf("Orchard") + 40));
        String daily = Files.readString(ListingFixtures.listing("daily-papers-page.txt"));
        Path d = write("cut-daily.txt", daily.substring(0, daily.indexOf("Gradient Tides") + 50));
        Path inAbstract = write("cut-daily-abstract.txt", daily.substring(0, daily.indexOf("implicit averaging")));
        ListingFixtures.Result r = ListingFixtures.read(a, d, inAbstract);
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(a + ":22: record 3 is incomplete: the file ends before its abstract",
                r.problems().get(0).toString());
        assertEquals(d + ":43: record 5 is incomplete: the file ends before its abstract",
                r.problems().get(1).toString());
        assertEquals(2 + 4 + 5, r.summary().records());
        PaperRecord cut = r.byTitle("Gradient Tides");
        assertTrue(cut.truncated(), "cut inside its abstract: kept and flagged");
        assertTrue(cut.abstractText().endsWith("comes from"), cut.abstractText());
    }

    @Test
    void malformedJsonLineIsRejectedAlone() throws Exception {
        Path f = write("bad.jsonl", GOOD_JSON_LINE + "\n{\"title\": \"Broken\", \"abstract\": \n"
                + "{\"abstract\": \"no title here\"}\n[1, 2]\n"
                + GOOD_JSON_LINE.replace("2401.00001", "2401.00002").replace("Good", "Second"));
        ListingFixtures.Result r = ListingFixtures.read(f);
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().startsWith("record 2 is not valid JSON"), r.problems().toString());
        assertEquals(f + ":3: record 3 has no title", r.problems().get(1).toString());
        assertEquals(f + ":4: record 4 is not a JSON object", r.problems().get(2).toString());
        assertEquals(2, r.papers().size());
    }

    @Test
    void malformedXmlNamesTheLine() throws Exception {
        Path f = write("bad.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n"
                + "<id>http://arxiv.org/abs/2402.00003v1</id><title>Invented</title></entry>\n"
                + "<entry><title>Unclosed</summary></entry>\n</feed>\n");
        ListingFixtures.Result r = ListingFixtures.read(f);
        ReadProblem p = only(r);
        assertEquals(5, p.line());
        assertEquals(1, r.papers().size());
    }

    @Test
    void fiftyMegabyteLineIsRejectedWithoutStoppingTheRest() throws Exception {
        char[] chunk = new char[1 << 16];
        Arrays.fill(chunk, 'x');
        int chunks = 50 * 16; // 50 MiB
        Path jsonl = dir.resolve("huge.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            w.write(GOOD_JSON_LINE + "\n{\"title\": \"Huge\", \"abstract\": \"");
            for (int i = 0; i < chunks; i++) {
                w.write(chunk);
            }
            w.write("\"}\n" + GOOD_JSON_LINE.replace("2401.00001", "2401.00009") + "\n");
        }
        // an aggregator page whose second abstract is one 50 MiB line
        String agg = Files.readString(ListingFixtures.listing("aggregator-page.txt"));
        int cut = agg.indexOf("We derive");
        Path page = dir.resolve("huge-page.txt");
        try (BufferedWriter w = Files.newBufferedWriter(page)) {
            w.write(agg.substring(0, cut));
            for (int i = 0; i < chunks; i++) {
                w.write(chunk);
            }
            w.write(agg.substring(agg.indexOf('\n', cut)));
        }
        // one line of 50 MiB and nothing else
        Path single = dir.resolve("single-line.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(single)) {
            w.write("{\"title\": \"");
            for (int i = 0; i < chunks; i++) {
                w.write(chunk);
            }
        }
        assertTrue(Files.size(jsonl) > 50_000_000L);
        ListingFixtures.Result r = ListingFixtures.read(jsonl, page, single);
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertEquals(jsonl + ":2: line 2 is longer than " + TextLines.MAX_LINE
                + " bytes and was skipped (record 2)", r.problems().get(0).toString());
        assertEquals(page + ":19: line 19 is longer than " + TextLines.MAX_LINE
                + " bytes and was skipped (record 2)", r.problems().get(1).toString());
        assertEquals(single + ":1: line 1 is longer than " + TextLines.MAX_LINE
                + " bytes and was skipped (record 1)", r.problems().get(2).toString());
        assertEquals(new ReadSummary(3, 5, 5, 0, 3), r.summary());
    }

    @Test
    void unknownFormat() throws Exception {
        Path prose = write("notes.txt", "Some notes about nothing in particular.\nA second line.\n");
        Path html = write("page.html", "<!DOCTYPE html>\n<html><body>hello</body></html>\n");
        Path number = write("number.json", "42\n");
        Path status = write("status.json", "{\n  \"status\": \"ok\",\n  \"items\": 3\n}\n");
        ListingFixtures.Result r = ListingFixtures.read(prose, html, number, status, ListingFixtures.listing("scraped.jsonl"));
        assertEquals(4, r.problems().size());
        assertEquals(prose + ":0: the file is in a format paperkg does not know (expected a listing page, an arXiv "
                + "Atom feed, JSON Lines or JSON)", r.problems().get(0).toString());
        assertTrue(r.problems().get(1).message().contains("not an arXiv Atom feed"));
        assertTrue(r.problems().get(2).message().contains("format paperkg does not know"));
        assertTrue(r.problems().get(3).toString().startsWith(status + ":1: is JSON but holds no paper records"),
                r.problems().get(3).toString());
        assertEquals(2, r.papers().size());
    }
}
