package org.paperkg.store;

import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.rdf.Prefixes;

/** Streams a whole dataset to RDF inside one read transaction, never building it in memory. */
public final class Dumper {

    private Dumper() {
    }

    /**
     * Writes {@code dsg} to {@code out}: every graph for quad formats (N-Quads, TriG), the union of the graphs for
     * triple formats (Turtle, N-Triples). Starts its own read transaction.
     */
    public static void write(DatasetGraph dsg, OutputStream out, RDFFormat format) {
        Txn.executeRead(dsg, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
            w.start();
            Prefixes.mapping().getNsPrefixMap().forEach(w::prefix);
            if (RdfFiles.isQuads(format.getLang())) {
                StreamRDFOps.sendQuadsToStream(dsg.find(), w);
            } else {
                Iterator<Triple> it = dsg.getUnionGraph().find();
                it.forEachRemaining(w::triple);
            }
            w.finish();
        });
    }
}
