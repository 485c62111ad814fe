package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No readable input is lost: standard input, pipes, shuffled pages, unreadable folders, broken links and loops. */
class TestInputLoss {

    @TempDir
    Path tmp;

    @Test
    void standardInputReadsLikeTheFile() throws Exception {
        Path file = ListingFixtures.listing("scraped.jsonl");
        ListingFixtures.Result direct = ListingFixtures.read(file);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
            ListingFixtures.Result piped = ListingFixtures.read(Path.of("-"));
            assertEquals(direct.titles(), piped.titles());
            assertEquals(List.of(), piped.problems());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aNamedPipeReadsLikeTheFile() throws Exception {
        Path fifo = tmp.resolve("feed");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        Path file = ListingFixtures.listing("arxiv-feed.xml");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        ListingFixtures.Result piped = ListingFixtures.read(fifo);
        writer.join();
        assertEquals(ListingFixtures.read(file).titles(), piped.titles());
        assertTrue(!piped.papers().isEmpty());
    }

    @Test
    void aShuffledListingPageIsNeverASilentEmptyRead() throws Exception {
        for (String name : List.of("aggregator-page.txt", "daily-papers-page.txt")) {
            List<String> lines = Files.readAllLines(ListingFixtures.listing(name));
            for (int seed = 0; seed < 20; seed++) {
                List<String> shuffled = new ArrayList<>(lines);
                Collections.shuffle(shuffled, new Random(seed));
                Path f = Files.write(tmp.resolve(name + "-" + seed), shuffled);
                ListingFixtures.Result r = ListingFixtures.read(f);
                assertTrue(!r.papers().isEmpty() || !r.problems().isEmpty(), name + " seed " + seed + ": nothing and no reason");
            }
        }
    }

    @Test
    void unreadableEntriesBrokenLinksAndLoopsAreReportedAndTheRestRead() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("feed"));
        Files.copy(ListingFixtures.listing("scraped.jsonl"), root.resolve("a.jsonl"));
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.copy(ListingFixtures.listing("records-array.json"), sub.resolve("b.json"));
        Files.createSymbolicLink(root.resolve("broken.jsonl"), tmp.resolve("missing.jsonl"));
        Files.createSymbolicLink(sub.resolve("loop"), root);
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.copy(ListingFixtures.listing("arxiv-feed.xml"), locked.resolve("c.xml"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean root0 = Files.isReadable(locked); // true when the tests run as root: permissions do not apply
        try {
            ListingFixtures.Result r = ListingFixtures.read(root);
            ListingFixtures.Result a = ListingFixtures.read(ListingFixtures.listing("scraped.jsonl"), ListingFixtures.listing("records-array.json"));
            for (String title : a.titles()) {
                assertTrue(r.titles().contains(title), "still read: " + title);
            }
            List<String> messages = r.problems().stream().map(ReadProblem::toString).toList();
            assertTrue(messages.stream().anyMatch(m -> m.contains("broken.jsonl") && m.contains("broken symbolic link")), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.contains("loop") && m.contains("(a loop)")), messages.toString());
            if (!root0) {
                assertTrue(messages.stream().anyMatch(m -> m.contains("locked") && m.contains("permission denied")), messages.toString());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void documentationBesideTheDataIsSkippedInAFolderButReadWhenNamed() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("dataset"));
        Files.copy(ListingFixtures.listing("scraped.jsonl"), root.resolve("papers.jsonl"));
        Files.writeString(root.resolve("SOURCE.md"), "# Where these records come from\n\nAn invented note.\n");
        Files.writeString(root.resolve("README"), "Invented read-me text.\n");
        ListingFixtures.Result r = ListingFixtures.read(root);
        assertEquals(ListingFixtures.read(root.resolve("papers.jsonl")).titles(), r.titles());
        assertEquals(List.of(), r.problems());
        ListingFixtures.Result named = ListingFixtures.read(root.resolve("SOURCE.md"));
        assertEquals(1, named.problems().size(), "a file named on the command line is read (and rejected) as given");
    }

    @Test
    void onlyDocumentationNamesCountAsDocumentation() {
        assertTrue(InputFiles.documentation(Path.of("data/SOURCE.md")));
        assertTrue(InputFiles.documentation(Path.of("README.txt")));
        assertTrue(InputFiles.documentation(Path.of("LICENSE")));
        assertEquals(false, InputFiles.documentation(Path.of("seeds/000_abc.txt")));
        assertEquals(false, InputFiles.documentation(Path.of("papers.jsonl.gz")));
        assertEquals(false, InputFiles.documentation(Path.of("readme-papers.json")));
    }
}
