package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

/**
 * kill -9 of {@code paperkg load} at a random moment, on a fresh store and on a reload: the store opens afterwards,
 * and loading again gives exactly the store a clean load gives. {@code -Dpaperkg.reliability.rounds=N} kills N times
 * as often (the long form of the reliability suite).
 */
class CrashDuringLoadIT {

    static final Path FIXTURE = Path.of("../store/src/test/resources/fixtures/papers.trig");
    static final Path CHANGED = Path.of("../store/src/test/resources/fixtures/changed-paper.trig");
    static final int ROUNDS = 2 * Integer.getInteger("paperkg.reliability.rounds", 1);

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesAStoreTheNextLoadMakesWhole() throws Exception {
        Path clean = dir.resolve("clean");
        assertTrue(run(clean, FIXTURE, CHANGED).waitFor(5, TimeUnit.MINUTES));
        Set<String> fresh = quads(clean);
        assertTrue(fresh.size() > 100);
        Path cleanReload = dir.resolve("clean-reload");
        assertTrue(run(cleanReload, FIXTURE).waitFor(5, TimeUnit.MINUTES));
        assertTrue(run(cleanReload, FIXTURE, CHANGED).waitFor(5, TimeUnit.MINUTES));
        Set<String> reloaded = quads(cleanReload);
        Random random = new Random(9);
        for (int round = 0; round < ROUNDS; round++) {
            Path db = dir.resolve("db" + round);
            if (round % 2 == 1) {
                // the reload path: a store that already holds the papers
                assertEquals(0, run(db, FIXTURE).waitFor(5, TimeUnit.MINUTES) ? 0 : 1);
            }
            Process p = run(db, FIXTURE, CHANGED);
            long delay = 300 + random.nextInt(4000);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook runs
                p.waitFor();
            }
            Process again = run(db, FIXTURE, CHANGED);
            assertTrue(again.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, again.exitValue(), "the load after the kill at " + delay + " ms succeeds; its output: "
                    + java.nio.file.Files.readString(db.resolveSibling(db.getFileName() + ".log")));
            Set<String> expected = round % 2 == 1 ? reloaded : fresh;
            Set<String> got = quads(db);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(expected);
            assertTrue(missing.isEmpty() && extra.isEmpty(), "round " + round + ", killed at " + delay + " ms: missing "
                    + missing.stream().limit(5).toList() + ", extra " + extra.stream().limit(5).toList());
            System.out.println("CrashDuringLoadIT: round " + round + " killed " + (finished ? "after the end" : "at " + delay + " ms")
                    + ", reload equal to the clean load");
        }
    }

    static Process run(Path db, Path... inputs) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", "target/paperkg.jar", "load", "--db", db.toString()));
        for (Path in : inputs) {
            cmd.add(in.toString());
        }
        // The output goes beside the store, so a failed load after a kill can be read (RELIABILITY.md).
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(db.resolveSibling(db.getFileName() + ".log").toFile()))
                .start();
    }

    static Set<String> quads(Path db) {
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            Set<String> out = new TreeSet<>();
            var dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining((Quad q) -> out.add(q.toString())));
            return out;
        }
    }
}
