package org.paperkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file beside the store that exists while a first (bulk) load runs. TDB2's bulk loader commits the node table,
 * the primary indexes and the other indexes one after another, each on its own: a process killed between two of
 * those commits leaves a store that is not empty but whose indexes disagree, and a graph-by-graph reload of it would
 * find its papers "unchanged". The store was empty before the bulk load, so a load that finds this mark empties the
 * store and bulk-loads again; {@code serve} refuses a store with the mark.
 */
final class FirstLoadMark {

    private static final String FILE = "first-load.unfinished";

    private final Path file;

    FirstLoadMark(Path db) {
        this.file = db.resolve(FILE);
    }

    /** True when a first load into the store started and did not finish. */
    boolean present() {
        return Files.exists(file);
    }

    /** Sets the mark, on disk before the load writes anything. */
    void set() {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the mark once the first load is complete (store, entity graph and text index). */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
