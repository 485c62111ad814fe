package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.queries.QueryCatalogue;
import org.paperkg.queries.QueryRunner;
import org.paperkg.queries.SavedQuery;
import org.paperkg.rdf.PKG;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

/**
 * The sample listings in examples/ go through the real build, load and server: the store's rebuilt entity graph is
 * the build's own, and every saved query runs over HTTP with its default parameters.
 */
class ExamplesLoadIT {

    static final Path EXAMPLES = Path.of("../examples");
    static final Node ENTITIES = NodeFactory.createURI(PKG.ENTITIES_GRAPH);

    @TempDir
    Path dir;

    @Test
    void buildLoadServeExamples() throws Exception {
        Path nq = dir.resolve("examples.nq");
        List<Object> problems = new ArrayList<>();
        BuildSummary summary;
        try (OutputStream os = Files.newOutputStream(nq)) {
            StreamRDF out = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            out.start();
            summary = new GraphBuilder(new BuildOptions(null, null, 2))
                    .build(List.of(EXAMPLES), out, problems::add, n -> { });
            out.finish();
        }
        assertTrue(problems.isEmpty(), "examples read without problems: " + problems);
        assertEquals(22, summary.papers());

        DatasetGraph built = DatasetFactory.create().asDatasetGraph();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(built);
        Graph builtEntities = GraphFactory.createDefaultGraph();
        built.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> builtEntities.add(q.asTriple()));
        assertTrue(builtEntities.size() > 0);

        Path db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(nq), n -> { });
            store.load(List.of(nq), n -> { });
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Graph stored = GraphFactory.createDefaultGraph();
            long[] figures = {0};
            Txn.executeRead(dsg, () -> dsg.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (isLoadTimeFigure(q.asTriple())) {
                    figures[0]++;
                } else {
                    stored.add(q.asTriple());
                }
            }));
            assertTrue(stored.isIsomorphicWith(builtEntities), "the store rebuilds the build's entity graph");
            assertTrue(figures[0] > builtEntities.size() / 4, "and adds its look-up keys and figures: " + figures[0]);
        }

        QueryCatalogue catalogue = QueryCatalogue.fromDirectory(Path.of("../queries"));
        PaperkgServer server = PaperkgServer.create(new PaperkgServer.Options(db, null, 0, null, 30_000), catalogue.all());
        try {
            server.start();
            QueryRunner runner = QueryRunner.remote(server.sparqlUrl());
            for (SavedQuery q : catalogue.all()) {
                ResultSetRewindable rs = runner.select(q, Map.of());
                // The defaults of the saved queries are chosen to answer on the examples.
                assertTrue(rs.size() > 0, q.name() + " answers on the examples with its defaults");
            }
        } finally {
            server.stop();
        }
    }

    /** What load adds to the build's entity graph: look-up keys, support ranks, co-occurrences, statistics. */
    private static boolean isLoadTimeFigure(org.apache.jena.graph.Triple t) {
        String p = t.getPredicate().getURI();
        String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
        return p.equals(PKG.NS + "labelKey") || p.equals(PKG.NS + "supportRank")
                || subject.startsWith(PKG.RESOURCE + "cooccurrence/") || subject.startsWith(PKG.RESOURCE + "statistics");
    }
}
