package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.paperkg.listings.ReadProblem;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.ShapesValidator;

/** Builds the shared seed listings with paperkg's own extractor and checks the graph against the shapes. */
class SeedsBuildIT {

    static Path seeds() {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(cwd.resolve("../extractor")) ? cwd.getParent() : cwd;
        Path dir = root.resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(dir), "skipped: the shared seeds " + dir
                + " are absent (corpus tests need ../shared beside the project)");
        return dir;
    }

    @Test
    void seedsBuildConformsToTheShapes() throws Exception {
        Path seeds = seeds();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<ReadProblem> problems = new ArrayList<>();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        BuildSummary summary = new GraphBuilder(new BuildOptions(null, null, 2))
                .build(List.of(seeds), out, problems::add, n -> { });
        out.finish();

        assertEquals(List.of(), problems);
        assertEquals(125, summary.papers());
        Node paper = PKG.Paper.asNode();
        assertEquals(125, dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), paper).toList().size());
        assertEquals(List.of(), ShapesValidator.packaged().validate(dsg));
        // every paper graph on its own too, as `build --validate` checks them
        dsg.listGraphNodes().forEachRemaining(g ->
                assertEquals(List.of(), ShapesValidator.packaged().validate(dsg.getGraph(g)), g.getURI()));
        assertTrue(summary.seconds() > 0);
        // methods, tasks and datasets linked under the contract terms
        for (org.paperkg.mentions.EntityType t : org.paperkg.mentions.EntityType.values()) {
            assertTrue(summary.entities().get(t) > 0, t + " entities: " + summary.describe());
        }
        for (org.paperkg.entities.Relation r : List.of(org.paperkg.entities.Relation.PROPOSES_METHOD,
                org.paperkg.entities.Relation.USES_METHOD, org.paperkg.entities.Relation.ADDRESSES_TASK,
                org.paperkg.entities.Relation.USES_DATASET)) {
            Node p = org.apache.jena.graph.NodeFactory.createURI(PKG.NS + r.localName());
            assertTrue(dsg.getUnionGraph().find(Node.ANY, p, Node.ANY).hasNext(), r.localName());
        }
        // one statement per link, and one per reported result (results carry their evidence the same way)
        long statements = dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), PKG.Statement.asNode()).toList().size();
        long results = dsg.getUnionGraph().find(Node.ANY, PKG.reportsResult.asNode(), Node.ANY).toList().size();
        assertEquals(summary.linkCount() + results, statements);
    }
}
