package org.paperkg.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.paperkg.rdf.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paperkg TDB2 store with its Lucene text index: loads RDF (bulk on an empty store, graph-by-graph replacement
 * otherwise), rebuilds the entity graph, and dumps.
 */
public final class PaperStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaperStore.class);
    private static final Node ENTITIES = NodeFactory.createURI(PKG.ENTITIES_GRAPH);
    private static final Node ONTOLOGY = NodeFactory.createURI(PKG.ONTOLOGY_GRAPH);
    /** Triples from triple-only files (Turtle, N-Triples) go to one graph per file under this namespace. */
    public static final String FILE_GRAPH_NS = PKG.RESOURCE + "graph/file/";
    private static final int PROGRESS_EVERY = 5_000;

    private final Dataset dataset;
    private final DatasetGraphText text;
    private final DatasetGraph base;

    private PaperStore(Dataset dataset) {
        this.dataset = dataset;
        if (!(dataset.asDatasetGraph() instanceof DatasetGraphText t)) {
            throw new StoreException("The Fuseki configuration's dataset is not a text dataset (text:TextDataset).");
        }
        this.text = t;
        this.base = t.getWrapped();
    }

    /** Opens (creating when needed) the store described by {@code config}. Close it when done: it holds locks. */
    public static PaperStore open(StoreConfig config) {
        try {
            return new PaperStore(config.assemble());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("lock")) {
                    throw new StoreException("The store " + config.db() + " is in use by another process (a running "
                            + "`paperkg serve`?); stop it first, or query it with --endpoint.", e);
                }
            }
            throw e;
        }
    }

    /** The dataset (text index over TDB2); use it inside transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /** True when the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(text, () -> !text.find().hasNext());
    }

    /** Number of quads stored (all named graphs plus the stored default graph). */
    public long quadCount() {
        return Txn.calculateRead(text, () -> Iter.count(text.find()));
    }

    /**
     * Loads RDF files. On an empty store the TDB2 bulk loader runs, then the text index is built; otherwise every graph
     * met in the input replaces the stored graph of the same name, all in one write transaction. Both ways the
     * ontology graph is refreshed and the entity graph is rebuilt from the paper graphs. Quads for the entity graph
     * in the input are ignored (it is always rebuilt). {@code progress} receives the number of quads read so far.
     */
    public LoadSummary load(List<Path> files, LongConsumer progress) {
        long start = System.nanoTime();
        for (Path f : files) {
            if (RdfFiles.lang(f) == null) {
                throw new StoreException(f + " is not an RDF file paperkg can load (.nq .trig .ttl .nt .jsonld, optionally .gz).");
            }
            if (!Files.isReadable(f)) {
                throw new StoreException("Cannot read " + f + ".");
            }
        }
        boolean bulk = isEmpty();
        long[] read = {0};
        long graphs;
        if (bulk) {
            graphs = bulkLoad(files, read, progress);
            LOG.debug("Bulk load: {} quads in {} s", read[0], seconds(start));
            Txn.executeWrite(base, () -> rebuildEntityGraph(base));
            LOG.debug("Entity graph rebuilt at {} s", seconds(start));
            reindexText();
            LOG.debug("Text index rebuilt at {} s", seconds(start));
        } else {
            graphs = Txn.calculateWrite(text, () -> {
                long g = replaceGraphs(files, read, progress);
                LOG.debug("Graphs replaced: {} quads in {} s", read[0], seconds(start));
                rebuildEntityGraph(text);
                LOG.debug("Entity graph rebuilt at {} s", seconds(start));
                return g;
            });
        }
        progress.accept(read[0]);
        long quads = quadCount();
        long entities = Txn.calculateRead(text, () -> Iter.count(text.find(ENTITIES, Node.ANY, PKG.support.asNode(), Node.ANY)));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadSummary(files.size(), read[0], graphs, quads, entities, bulk, seconds);
    }

    private static String seconds(long start) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
    }

    private long bulkLoad(List<Path> files, long[] read, LongConsumer progress) {
        DataLoader loader = LoaderFactory.createLoader(base, MonitorOutputs.nullOutput());
        Set<Node> graphs = new HashSet<>();
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            for (Path f : files) {
                parse(f, new Filter(f, sink, graphs, read, progress, null));
            }
            parseOntology(new Filter(null, sink, graphs, read, progress, null));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return graphs.size();
    }

    private long replaceGraphs(List<Path> files, long[] read, LongConsumer progress) {
        Set<Node> graphs = new HashSet<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                text.add(quad);
            }
        };
        for (Path f : files) {
            parse(f, new Filter(f, sink, graphs, read, progress, this::clearGraph));
        }
        parseOntology(new Filter(null, sink, graphs, read, progress, this::clearGraph));
        return graphs.size();
    }

    /** Deletes every quad of graph {@code g} quad by quad, so the text index drops their entries too. */
    private void clearGraph(Node g) {
        while (true) {
            List<Quad> batch = new ArrayList<>();
            Iterator<Quad> it = text.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext() && batch.size() < 10_000) {
                batch.add(it.next());
            }
            Iter.close(it);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(text::delete);
        }
    }

    /** Replaces the entity graph: type, preferred and alternative labels, and support of every linked entity. */
    private void rebuildEntityGraph(DatasetGraph dsg) {
        if (dsg == base) {
            base.deleteAny(ENTITIES, Node.ANY, Node.ANY, Node.ANY);
        } else {
            clearGraph(ENTITIES);
        }
        List<Quad> quads = EntityGraph.compute(dsg);
        quads.forEach(dsg::add);
        LOG.debug("Entity graph rebuilt: {} quads", quads.size());
    }

    /** Rebuilds the whole Lucene index from the store (after a bulk load, which bypasses the index). */
    private void reindexText() {
        TextIndex index = text.getTextIndex();
        List<Node> predicates = new ArrayList<>();
        for (String field : index.getDocDef().fields()) {
            predicates.addAll(index.getDocDef().getPredicates(field));
        }
        try {
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().deleteAll();
            }
            Txn.executeRead(base, () -> {
                for (Node p : predicates) {
                    Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), it.next());
                        if (e != null) {
                            index.addEntity(e);
                        }
                    }
                }
            });
            index.prepareCommit();
            index.commit();
        } catch (java.io.IOException | RuntimeException e) {
            index.rollback();
            throw new StoreException("Building the text index failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the whole store to {@code out} in {@code format}, streaming inside one read transaction. Quad formats
     * get every graph; triple formats get the union of the graphs.
     */
    public void dump(OutputStream out, RDFFormat format) {
        Dumper.write(text, out, format);
    }

    @Override
    public void close() {
        dataset.close();
        // Drop TDB2's cached database too, so a server started later in this JVM opens it afresh with its own index.
        org.apache.jena.tdb2.sys.TDBInternal.expel(base);
    }

    private static void parse(Path f, StreamRDF sink) {
        try {
            RDFParser.source(f).lang(RdfFiles.lang(f))
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerExceptionOnError()).parse(sink);
        } catch (RiotException e) {
            throw new StoreException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static void parseOntology(StreamRDF sink) {
        try (InputStream in = PaperStore.class.getClassLoader().getResourceAsStream(PKG.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                LOG.warn("The ontology resource {} is missing; the store has no ontology graph.", PKG.ONTOLOGY_RESOURCE);
                return;
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(sink);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read the packaged ontology: " + e.getMessage(), e);
        }
    }

    /**
     * Routes parsed data into the store: triples into the file's graph (or the ontology graph), entity-graph quads
     * dropped, and each graph cleared the first time it is met (when {@code clear} is given).
     */
    private static final class Filter extends StreamRDFBase {
        private final Node tripleGraph;
        private final StreamRDF sink;
        private final Set<Node> seen;
        private final long[] read;
        private final LongConsumer progress;
        private final java.util.function.Consumer<Node> clear;

        Filter(Path file, StreamRDF sink, Set<Node> seen, long[] read, LongConsumer progress,
               java.util.function.Consumer<Node> clear) {
            this.tripleGraph = file == null ? ONTOLOGY
                    : NodeFactory.createURI(FILE_GRAPH_NS + java.net.URLEncoder.encode(
                            file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8));
            this.sink = sink;
            this.seen = seen;
            this.read = read;
            this.progress = progress;
            this.clear = clear;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(tripleGraph, t));
        }

        @Override
        public void quad(Quad q) {
            Node g = q.isDefaultGraph() ? tripleGraph : q.getGraph();
            if (g.equals(ENTITIES)) {
                return;
            }
            if (seen.add(g) && clear != null) {
                clear.accept(g);
            }
            sink.quad(q.isDefaultGraph() ? Quad.create(g, q.asTriple()) : q);
            if (++read[0] % PROGRESS_EVERY == 0) {
                progress.accept(read[0]);
            }
        }
    }
}
