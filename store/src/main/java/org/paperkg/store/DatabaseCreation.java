package org.paperkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Creates a store's TDB2 database so that a process killed during the creation leaves no half-made database. TDB2
 * writes a new database file by file; killed half-way (seen in CrashDuringLoadIT: index files without their root
 * block), it leaves a directory the next run opens as a database and fails on ("No known block type for 0"). So the
 * database is made whole in a sibling directory and then renamed into place in one step.
 */
final class DatabaseCreation {

    private DatabaseCreation() {
    }

    /** Makes {@code tdb} an empty TDB2 database unless the directory exists. */
    static void createIfAbsent(Path tdb) {
        if (Files.isDirectory(tdb)) {
            return;
        }
        // Left by a process killed while creating: it never held data.
        Path partial = tdb.resolveSibling(tdb.getFileName() + ".partial");
        try {
            deleteTree(partial);
            Files.createDirectories(tdb.getParent());
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(partial.toString());
            TDBInternal.expel(dsg);
            Files.move(partial, tdb, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store database " + tdb + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
