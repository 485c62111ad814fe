package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import org.paperkg.rdf.ShapesValidator;

/**
 * With paperkg's own extractor and resolver (CoreNLP, hence an IT): the same listings read in another order, on
 * another number of threads, give an isomorphic dataset that conforms to the shapes.
 */
class GraphBuilderOrderIT {

    private static Path resource(String name) throws Exception {
        return Path.of(GraphBuilderOrderIT.class.getResource("/pipeline/" + name).toURI());
    }

    private static DatasetGraph build(List<Path> files, int threads) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        BuildSummary s = new GraphBuilder(new BuildOptions(null, null, threads)).build(files, out, p -> { }, n -> { });
        out.finish();
        assertEquals(3, s.papers());
        assertTrue(s.linkCount() > 0, s.describe());
        return dsg;
    }

    @Test
    void sameListingsInAnotherOrderGiveAnIsomorphicGraph() throws Exception {
        DatasetGraph one = build(List.of(resource("part-1.jsonl"), resource("part-2.jsonl")), 1);
        DatasetGraph two = build(List.of(resource("part-2.jsonl"), resource("part-1.jsonl")), 2);
        assertEquals(List.of(), ShapesValidator.packaged().validate(one));
        assertTrue(IsoMatcher.isomorphic(one, two));
    }
}
