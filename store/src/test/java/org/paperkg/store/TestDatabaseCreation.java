package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDatabaseCreation {

    @TempDir
    Path dir;

    @Test
    void aDatabaseLeftHalfMadeByAKilledProcessIsMadeAgain() throws Exception {
        Path db = dir.resolve("db");
        // What a kill during TDB2's creation leaves: a database directory with some index files, no root blocks.
        Path partial = Files.createDirectories(db.resolve("tdb2.partial").resolve("Data-0001"));
        Files.write(partial.resolve("SPO.dat"), new byte[8192]);
        Files.writeString(partial.resolve("SPO.bpt"), "x");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            LoadSummary s = store.load(List.of(Path.of("src/test/resources/fixtures/papers.trig")), n -> { });
            assertTrue(s.bulk());
            assertTrue(s.quadsInStore() > 100);
        }
        assertFalse(Files.exists(db.resolve("tdb2.partial")), "the half-made database is gone");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            assertFalse(store.isEmpty(), "the renamed database opens again with its data");
        }
    }

    @Test
    void anExistingDatabaseIsLeftAlone() throws Exception {
        Path db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(Path.of("src/test/resources/fixtures/papers.trig")), n -> { });
        }
        long quads;
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            quads = store.quadCount();
        }
        DatabaseCreation.createIfAbsent(db.resolve("tdb2"));
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            assertEquals(quads, store.quadCount());
        }
    }
}
