package org.paperkg.listings;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutator over the listing fixtures: every mutant is read without a crash, a hang or an exception
 * escaping, and a mutant that gives no paper always gives a reason. {@code -Dpaperkg.reliability.rounds=N} reads N
 * times as many mutants (the long form of the reliability suite).
 */
class TestListingFuzz {

    static final int MUTANTS = 200 * Integer.getInteger("paperkg.reliability.rounds", 1);
    static final List<String> SEEDS = List.of("aggregator-page.txt", "daily-papers-page.txt", "arxiv-feed.xml",
            "scraped.jsonl", "records-array.json", "arxiv-export.json", "kaggle-snapshot.jsonl");
    static final byte[][] TOKENS = {"{".getBytes(), "}".getBytes(), "[".getBytes(), "\"".getBytes(), "\n\n\n".getBytes(),
        "<entry>".getBytes(), "</feed>".getBytes(), "\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        {(byte) 0xC3}, {0}, "null".getBytes(), "\"title\":".getBytes(), "2024-13-45".getBytes()};

    @TempDir
    Path tmp;

    @Test
    void mutantsAreReadOrRejectedWithAReason() throws Exception {
        Random random = new Random(13);
        int silentlyEmpty = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] seed = Files.readAllBytes(ListingFixtures.listing(SEEDS.get(i % SEEDS.size())));
            Path f = Files.write(tmp.resolve("mutant-" + i), mutate(seed, random));
            ListingFixtures.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ListingFixtures.read(f), "mutant " + i);
            if (r.papers().isEmpty() && r.problems().isEmpty()) {
                silentlyEmpty++;
            }
        }
        assertTrue(silentlyEmpty == 0, silentlyEmpty + " mutants gave no paper and no reason");
    }

    static byte[] mutate(byte[] in, Random random) {
        byte[] out = in;
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(5)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = splice(out, at, Math.min(out.length, at + random.nextInt(200)), new byte[0]);
                case 2 -> out = splice(out, at, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> out = java.util.Arrays.copyOf(out, at);
                default -> {
                    int len = Math.min(out.length - at, random.nextInt(300));
                    out = splice(out, at, at, java.util.Arrays.copyOfRange(out, at, at + len));
                }
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }
}
