package org.paperkg.spark;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.util.LongAccumulator;

/** Counts the quads and triples passing through into a Spark accumulator, for the build summary. */
final class QuadCounter extends StreamRDFWrapper {

    private final LongAccumulator count;

    QuadCounter(StreamRDF out, LongAccumulator count) {
        super(out);
        this.count = count;
    }

    @Override
    public void quad(Quad quad) {
        count.add(1);
        super.quad(quad);
    }

    @Override
    public void triple(Triple triple) {
        count.add(1);
        super.triple(triple);
    }
}
