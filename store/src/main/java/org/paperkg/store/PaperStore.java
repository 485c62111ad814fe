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
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.DCTerms;
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
    /** A reload that wrote more quads than this share of the store compacts it. */
    private static final double COMPACT_FRACTION = 0.1;

    private final Dataset dataset;
    private final DatasetGraphText text;
    private final DatasetGraph base;
    private final EntityGraphStamp stamp;
    private final FirstLoadMark firstLoad;
    /** Attached to the dataset of a running server: no bulk load, no compaction, never closed here. */
    private final boolean live;

    private PaperStore(Dataset dataset, Path db, boolean live) {
        this.dataset = dataset;
        this.stamp = new EntityGraphStamp(db);
        this.firstLoad = new FirstLoadMark(db);
        this.live = live;
        if (!(dataset.asDatasetGraph() instanceof DatasetGraphText t)) {
            throw new StoreException("The Fuseki configuration's dataset is not a text dataset (text:TextDataset).");
        }
        this.text = t;
        this.base = t.getWrapped();
    }

    /** Opens (creating when needed) the store described by {@code config}. Close it when done: it holds locks. */
    public static PaperStore open(StoreConfig config) {
        try {
            return new PaperStore(config.assemble(), config.db(), false);
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

    /**
     * The store over {@code dataset}, the text dataset a running server holds for the store directory {@code db}:
     * loads replace graphs in write transactions beside the server's readers. Do not close it (the server owns it).
     */
    public static PaperStore attach(DatasetGraph dataset, Path db) {
        return new PaperStore(org.apache.jena.query.DatasetFactory.wrap(dataset), db, true);
    }

    /**
     * True when a first load into the store {@code db} was stopped before it finished: its indexes may disagree, and
     * only {@code load} (which starts that load over) should open it.
     */
    public static boolean firstLoadUnfinished(Path db) {
        return new FirstLoadMark(db).present();
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
        // Counted on TDB2's primary indexes: no node is decoded.
        return Txn.calculateRead(base, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
            return tdb.getQuadTable().getNodeTupleTable().size() + tdb.getTripleTable().getNodeTupleTable().size();
        });
    }

    /**
     * Loads RDF files. On an empty store the TDB2 bulk loader runs; otherwise every graph met in the input replaces
     * the stored graph of the same name, all in one write transaction, and graphs whose stored content is already the
     * input's are left untouched. Both ways the ontology graph is refreshed, the entity graph is brought in line with
     * the paper graphs and the text index is rebuilt when anything it covers may have changed. The entity graph is
     * always derived from the paper graphs: on an empty store the input's copy (a build writes one) goes in with the
     * bulk load and is then corrected to the derived one, which costs no writes when they agree; a reload ignores it.
     * A reload that rewrote a large part of the store compacts it afterwards, so the disk does not keep the old
     * copies. {@code progress} receives the number of quads read.
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
        boolean redo = !live && firstLoad.present();
        boolean bulk = !live && (redo || isEmpty());
        long[] read = {0};
        long graphs;
        long graphsWritten;
        boolean changed;
        long written;
        if (bulk) {
            stamp.clear();
            firstLoad.set();
            if (redo) {
                LOG.info("The first load into this store did not finish; it starts over.");
                Txn.executeWrite(base, this::clearIndexes);
            }
            graphs = bulkLoad(files, read, progress);
            LOG.debug("Bulk load: {} quads in {} s", read[0], seconds(start));
            Txn.executeWrite(base, this::updateEntityGraph);
            graphsWritten = graphs;
            changed = true;
            written = read[0];
        } else {
            GraphReplacement replacement = new GraphReplacement(base);
            boolean entitiesChanged = Txn.calculateWrite(base, () -> {
                replaceGraphs(files, replacement, read, progress);
                LOG.debug("Graphs compared: {} quads in {} s; {} graphs replaced, {} unchanged", read[0], seconds(start),
                        replacement.replaced(), replacement.unchanged());
                // No paper graph changed and the entity graph was derived by this code: it is still right.
                return (replacement.replaced() > 0 || !stamp.current()) && updateEntityGraph();
            });
            graphs = replacement.graphs();
            graphsWritten = replacement.replaced();
            changed = replacement.replaced() > 0 || entitiesChanged;
            written = replacement.written();
        }
        stamp.write();
        LOG.debug("Entity graph done at {} s", seconds(start));
        if (changed || textIndexEmpty()) {
            reindexText();
            LOG.debug("Text index rebuilt at {} s", seconds(start));
        }
        if (bulk) {
            firstLoad.clear();
        }
        progress.accept(read[0]);
        long quads = quadCount();
        if (!bulk && !live && written > COMPACT_FRACTION * quads) {
            compact();
            LOG.debug("Store compacted at {} s", seconds(start));
        }
        long entities = Txn.calculateRead(base, () -> Iter.count(base.find(ENTITIES, Node.ANY, PKG.support.asNode(), Node.ANY)));
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.debug("Counts done at {} s", seconds(start));
        return new LoadSummary(files.size(), read[0], graphs, graphsWritten, quads, entities, bulk, seconds);
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
                parse(f, new Filter(f, sink, graphs, read, progress, true));
            }
            parseOntology(new Filter(null, sink, graphs, read, progress, true));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return graphs.size();
    }

    private void replaceGraphs(List<Path> files, GraphReplacement replacement, long[] read, LongConsumer progress) {
        // Straight into TDB2, past the text index: the index is rebuilt after the load when anything changed.
        Set<Node> graphs = new HashSet<>();
        for (Path f : files) {
            parse(f, new Filter(f, replacement, graphs, read, progress, false));
            replacement.finish();
        }
        parseOntology(new Filter(null, replacement, graphs, read, progress, false));
        replacement.finish();
    }

    /**
     * Empties every quad and triple index one by one (not through the primary index: after a stopped bulk load the
     * other indexes may hold less than it). Nodes stay in the node table, unused, as after any delete.
     */
    private void clearIndexes() {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        tdb.getQuadTable().clearQuads();
        tdb.getTripleTable().clearTriples();
    }

    /**
     * Copies the live data into a fresh generation of the database and deletes the old one: TDB2 keeps every block a
     * write transaction replaced until then.
     */
    private void compact() {
        DatabaseMgr.compact(base, true);
    }

    private boolean textIndexEmpty() {
        return text.getTextIndex() instanceof TextIndexLucene lucene
                && lucene.getIndexWriter().getDocStats().numDocs == 0;
    }

    /**
     * Brings the entity graph ({@link EntityGraph}: type, labels, look-up keys and support of every linked entity,
     * co-occurrence counts, support ranks and statistics, all derived from the paper graphs) in line with the paper
     * graphs, writing only the quads that differ; true when it changed. The one place the entity graph is written.
     */
    private boolean updateEntityGraph() {
        long start = System.nanoTime();
        List<Quad> computed = EntityGraph.compute(base);
        LOG.debug("Entity graph computed in {} s", seconds(start));
        Set<Quad> missing = new HashSet<>(computed);
        List<Quad> stale = new ArrayList<>();
        base.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!missing.remove(q)) {
                stale.add(q);
            }
        });
        stale.forEach(base::delete);
        missing.forEach(base::add);
        LOG.debug("Entity graph: {} quads, {} removed, {} added", computed.size(), stale.size(), missing.size());
        return !stale.isEmpty() || !missing.isEmpty();
    }

    /**
     * Rebuilds the whole Lucene index from the store: entity labels from the entity graph only (each paper graph
     * repeats the labels of the entities it links; indexing those copies would fill a search's hits with duplicates),
     * titles from the paper graphs. Loads bypass the index, so it is rebuilt after each of them.
     */
    private void reindexText() {
        TextIndex index = text.getTextIndex();
        Node title = DCTerms.title.asNode();
        // A set: the entity map can name a field once per predicate mapped to it.
        Set<Node> predicates = new java.util.LinkedHashSet<>();
        for (String field : index.getDocDef().fields()) {
            predicates.addAll(index.getDocDef().getPredicates(field));
        }
        try {
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().deleteAll();
            }
            Txn.executeRead(base, () -> {
                for (Node p : predicates) {
                    Node graph = p.equals(title) ? Node.ANY : ENTITIES;
                    Iterator<Quad> it = base.find(graph, Node.ANY, p, Node.ANY);
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
        if (live) {
            return;
        }
        dataset.close();
        // Drop TDB2's cached database too, so a server started later in this JVM opens it afresh with its own index.
        org.apache.jena.tdb2.sys.TDBInternal.expel(base);
    }

    private static void parse(Path f, StreamRDF sink) {
        // The stream is opened here and decompressed by name: given a path and a language, RIOT reads .gz as is.
        try (InputStream in = RdfFiles.open(f)) {
            RDFParser.source(in).lang(RdfFiles.lang(f)).base(f.toUri().toString())
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerExceptionOnError()).parse(sink);
        } catch (RiotException e) {
            throw new StoreException("Cannot read " + f + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
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
     * kept or dropped, graph names collected, every quad read counted.
     */
    private static final class Filter extends StreamRDFBase {
        private final Node tripleGraph;
        private final StreamRDF sink;
        private final Set<Node> seen;
        private final long[] read;
        private final LongConsumer progress;
        private final boolean keepEntities;

        Filter(Path file, StreamRDF sink, Set<Node> seen, long[] read, LongConsumer progress, boolean keepEntities) {
            this.tripleGraph = file == null ? ONTOLOGY
                    : NodeFactory.createURI(FILE_GRAPH_NS + java.net.URLEncoder.encode(
                            file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8));
            this.sink = sink;
            this.seen = seen;
            this.read = read;
            this.progress = progress;
            this.keepEntities = keepEntities;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(tripleGraph, t));
        }

        @Override
        public void quad(Quad q) {
            if (++read[0] % PROGRESS_EVERY == 0) {
                progress.accept(read[0]);
            }
            Node g = q.isDefaultGraph() ? tripleGraph : q.getGraph();
            if (g.equals(ENTITIES)) {
                if (!keepEntities) {
                    return;
                }
            } else {
                seen.add(g);
            }
            sink.quad(q.isDefaultGraph() ? Quad.create(g, q.asTriple()) : q);
        }
    }
}
