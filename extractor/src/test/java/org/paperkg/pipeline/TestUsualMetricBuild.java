package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;

import org.paperkg.papers.PaperRecord;
import org.paperkg.rdf.PKG;
import org.paperkg.results.DatasetMetrics;

/**
 * A build reads a score written without a metric word under its dataset's usual metric only when other papers of the
 * same build state results on that dataset with that metric.
 */
class TestUsualMetricBuild {

    private static final PaperRecord OWN = TestGraphBuilder.paper("2201.00010", "Ember Networks for Glacier Retrieval",
            "In this paper we propose Ember Networks (EN) for glacier retrieval. With EN, we reach 85.2% on FrostBench.");

    private static PaperRecord evidence(int i) {
        return TestGraphBuilder.paper("2201.0002" + i, "Glacier Retrieval Study " + i,
                "We test a plain model on FrostBench, where it reaches an accuracy of 7" + i + ".5%.");
    }

    /** The values of the results whose metric came from the corpus, with their metric's IRI. */
    private static List<String> fromCorpus(List<PaperRecord> papers) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        new GraphBuilder(new BuildOptions(null, null, 2), TestGraphBuilder.WordListExtractor::new,
                TestGraphBuilder.SimpleResolver::new).build(papers.stream(), out, n -> { });
        out.finish();
        List<String> rules = new ArrayList<>();
        dsg.find(null, null, PKG.rule.asNode(), null).forEachRemaining(q -> {
            if (q.getObject().getLiteralLexicalForm().endsWith(DatasetMetrics.FROM_CORPUS)) {
                rules.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return rules;
    }

    @Test
    void threeOtherPapersGiveTheMetric() throws Exception {
        assertEquals(1, fromCorpus(List.of(evidence(1), OWN, evidence(2), evidence(3))).size());
    }

    @Test
    void twoOtherPapersAreNotEnough() throws Exception {
        assertEquals(List.of(), fromCorpus(List.of(evidence(1), OWN, evidence(2))));
    }
}
