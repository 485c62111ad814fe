package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.server.PaperkgServer;

class TestFirstLoadMark {

    static final Path PAPERS = Path.of("src/test/resources/fixtures/papers.trig");
    static final Path CHANGED = Path.of("src/test/resources/fixtures/changed-paper.trig");

    @TempDir
    Path dir;

    @Test
    void aStoreLeftByAStoppedFirstLoadIsEmptiedAndLoadedAgain() throws Exception {
        Path db = dir.resolve("db");
        // Stands for the quads a killed bulk load had committed: they must not survive the next load.
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(PAPERS), n -> { });
        }
        assertFalse(PaperStore.firstLoadUnfinished(db), "a finished first load leaves no mark");
        new FirstLoadMark(db).set();
        assertTrue(PaperStore.firstLoadUnfinished(db));
        assertThrows(StoreException.class, () -> PaperkgServer.create(new PaperkgServer.Options(db, null, 0, null, 1000), List.of()),
                "serve refuses the store");
        LoadSummary redo;
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            redo = store.load(List.of(CHANGED), n -> { });
        }
        assertTrue(redo.bulk(), "the first load starts over");
        assertFalse(PaperStore.firstLoadUnfinished(db));
        Path clean = dir.resolve("clean");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, clean))) {
            store.load(List.of(CHANGED), n -> { });
        }
        assertEquals(quads(clean), quads(db), "the same store as a clean first load of the same input");
    }

    static Set<String> quads(Path db) {
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Set<String> out = new TreeSet<>();
            // Through a secondary index too: every index must agree.
            Txn.executeRead(dsg, () -> {
                dsg.find().forEachRemaining(q -> out.add(q.toString()));
                dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.Node.ANY)
                        .forEachRemaining(q -> out.add("by predicate " + q));
            });
            return out;
        }
    }
}
