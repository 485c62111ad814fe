package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PKG;

class TestPaperStore {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final Node ENTITIES = NodeFactory.createURI(PKG.ENTITIES_GRAPH);

    @TempDir
    Path dir;

    static long support(PaperStore store, String entity) {
        Node e = NodeFactory.createURI(PKG.RESOURCE + entity);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(ENTITIES, e, PKG.support.asNode(), Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
        });
    }

    @Test
    void bulkLoadThenReloadIsIdempotent() {
        StoreConfig config = StoreConfig.load(null, dir);
        long first;
        try (PaperStore store = PaperStore.open(config)) {
            assertTrue(store.isEmpty());
            LoadSummary s = store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
            assertTrue(s.bulk());
            first = s.quadsInStore();
            assertTrue(first > 100, "quads: " + first);
            assertEquals(3, support(store, "method/sparse-routing-transformer"));
            assertEquals(2, support(store, "dataset/tabqa-bench"));
            assertEquals(10, s.entities());
            LoadSummary again = store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
            assertFalse(again.bulk());
            assertEquals(first, again.quadsInStore());
        }
        // Re-open: data persisted, a third load still the same.
        try (PaperStore store = PaperStore.open(config)) {
            assertEquals(first, store.quadCount());
        }
    }

    @Test
    void changedPaperReplacesItsGraphAndSupportFollows() {
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, dir))) {
            store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
            assertEquals(2, support(store, "dataset/tabqa-bench"));
            assertEquals(1, support(store, "method/graph-diffusion-network"));
            store.load(List.of(FIXTURES.resolve("changed-paper.trig")), n -> { });
            assertEquals(1, support(store, "dataset/tabqa-bench"));
            assertEquals(2, support(store, "method/graph-diffusion-network"));
            assertEquals(2, support(store, "method/sparse-routing-transformer"));
        }
    }

    @Test
    void dumpRoundTrips() {
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, dir))) {
            store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.dump(out, RDFFormat.TRIG_BLOCKS);
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.TRIG).parse(ds);
            long n = org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().find());
            assertEquals(store.quadCount(), n);
        }
    }

    @Test
    void rejectsNonRdfFile() throws Exception {
        Path listing = Files.writeString(dir.resolve("listing.txt"), "not rdf");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, dir.resolve("db")))) {
            StoreException e = assertThrows(StoreException.class, () -> store.load(List.of(listing), n -> { }));
            assertTrue(e.getMessage().contains("listing.txt"));
        }
    }

    @Test
    void badRdfNamesFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.nq"), "<http://a> <http://b> <http://c> <http://g> .\n<http://a> <http://b> oops .\n");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, dir.resolve("db")))) {
            StoreException e = assertThrows(StoreException.class, () -> store.load(List.of(bad), n -> { }));
            assertTrue(e.getMessage().contains("bad.nq") && e.getMessage().contains("line: 2"), e.getMessage());
        }
    }

    static long count(DatasetGraph dsg, Quad q) {
        return 0;
    }
}
