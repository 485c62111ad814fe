package org.paperkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;

/**
 * The size of the graph, written at load time into the entities graph as a VoID description of the resource
 * {@value #IRI}: {@code void:triples} (distinct triples of the union graph), one {@code void:classPartition} per
 * class with {@code void:entities} (metrics and results too) and one {@code void:propertyPartition} per paper-to-entity property (and pkg:reportsResult) with
 * {@code void:triples}.
 */
public final class GraphStatistics {

    /** The resource the figures describe. */
    public static final String IRI = PKG.RESOURCE + "statistics";
    static final String VOID = "http://rdfs.org/ns/void#";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphStatistics.class);
    private static final Node GRAPH = NodeFactory.createURI(PKG.ENTITIES_GRAPH);
    private static final Node SELF = NodeFactory.createURI(IRI);
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DATASET = NodeFactory.createURI(VOID + "Dataset");
    private static final Node TRIPLES = NodeFactory.createURI(VOID + "triples");
    private static final Node CLASS_PARTITION = NodeFactory.createURI(VOID + "classPartition");
    private static final Node CLASS = NodeFactory.createURI(VOID + "class");
    private static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");
    private static final Node PROPERTY_PARTITION = NodeFactory.createURI(VOID + "propertyPartition");
    private static final Node PROPERTY = NodeFactory.createURI(VOID + "property");
    private static final List<Node> LINKS = List.of(PKG.proposesMethod.asNode(), PKG.usesMethod.asNode(),
            PKG.addressesTask.asNode(), PKG.usesDataset.asNode(), PKG.introducesDataset.asNode(),
            PKG.reportsResult.asNode());

    private static final Set<Node> ENTITY_TYPES = EntityGraph.ENTITY_TYPES;

    private GraphStatistics() {
    }

    /**
     * The statistics quads. {@code papers}: distinct papers in any graph; {@code entities}: entities of the entity
     * graph per class; {@code entityGraph}: the derived entity-graph quads (whatever the store's entity graph holds is not counted).
     * Counts: papers and entities as given, statements ({@code pkg:Statement} typings) and links over all named
     * graphs, triples of the union graph once the entity graph is added (these figures' own triples not counted).
     */
    static List<Quad> compute(DatasetGraph dsg, long papers, Map<Node, Long> entities, List<Quad> entityGraph) {
        List<Quad> out = new ArrayList<>();
        out.add(Quad.create(GRAPH, SELF, TYPE, DATASET));
        classPartition(out, PKG.Paper.asNode(), papers);
        for (Node c : List.of(PKG.Method.asNode(), PKG.Task.asNode(), PKG.Dataset.asNode(), PKG.Metric.asNode())) {
            classPartition(out, c, entities.getOrDefault(c, 0L));
        }
        classPartition(out, PKG.Statement.asNode(), count(dsg, TYPE, PKG.Statement.asNode()));
        classPartition(out, PKG.Result.asNode(), count(dsg, TYPE, PKG.Result.asNode()));
        for (Node p : LINKS) {
            Node part = NodeFactory.createURI(IRI + "/property/" + p.getLocalName());
            out.add(Quad.create(GRAPH, SELF, PROPERTY_PARTITION, part));
            out.add(Quad.create(GRAPH, part, PROPERTY, p));
            out.add(Quad.create(GRAPH, part, TRIPLES, EntityGraph.integer(count(dsg, p, Node.ANY))));
        }
        // The entity graph's types and labels are read from the paper graphs, so the union already has them; the rest
        // (look-up keys, support, co-occurrences) is new.
        long added = 0;
        for (Quad q : entityGraph) {
            Node p = q.getPredicate();
            boolean copied = p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())
                    || p.equals(TYPE) && ENTITY_TYPES.contains(q.getObject());
            if (!copied) {
                added++;
            }
        }
        long start = System.nanoTime();
        long union = unionTriples(dsg);
        LOG.debug("Statistics: {} distinct triples counted in {} ms", union, (System.nanoTime() - start) / 1_000_000);
        out.add(Quad.create(GRAPH, SELF, TRIPLES, EntityGraph.integer(union + added)));
        return out;
    }

    private static void classPartition(List<Quad> out, Node c, long n) {
        Node part = NodeFactory.createURI(IRI + "/class/" + c.getLocalName());
        out.add(Quad.create(GRAPH, SELF, CLASS_PARTITION, part));
        out.add(Quad.create(GRAPH, part, CLASS, c));
        out.add(Quad.create(GRAPH, part, ENTITIES, EntityGraph.integer(n)));
    }

    /** Quads of the named graphs with predicate {@code p} and object {@code o} (may be ANY); on TDB2 without decoding nodes. */
    private static long count(DatasetGraph dsg, Node p, Node o) {
        if (TDBInternal.isTDB2(dsg)) {
            return Iter.count(TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable()
                    .findAsNodeIds(Node.ANY, Node.ANY, p, o));
        }
        return Iter.count(dsg.findNG(Node.ANY, Node.ANY, p, o));
    }

    /**
     * Distinct triples of the named graphs but the entity graph (which may still hold the previous derivation). On
     * TDB2 a walk over the SPOG index counting distinct subject, predicate, object ids (no node is decoded: several
     * times faster than finding the triples of the union graph).
     */
    private static long unionTriples(DatasetGraph dsg) {
        if (TDBInternal.isTDB2(dsg)) {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            NodeId entityGraph = quads.getNodeTable().getNodeIdForNode(GRAPH);
            for (TupleIndex index : quads.getTupleTable().getIndexes()) {
                if (index.getName().equalsIgnoreCase("SPOG")) {
                    long n = 0;
                    Tuple<NodeId> last = null;
                    Iterator<Tuple<NodeId>> it = index.all();
                    while (it.hasNext()) {
                        Tuple<NodeId> t = it.next(); // primary order: G S P O
                        if (t.get(0).equals(entityGraph)) {
                            continue;
                        }
                        if (last == null || !t.get(1).equals(last.get(1)) || !t.get(2).equals(last.get(2))
                                || !t.get(3).equals(last.get(3))) {
                            n++;
                        }
                        last = t;
                    }
                    return n;
                }
            }
        }
        return Iter.count(Iter.distinct(Iter.map(Iter.filter(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                q -> !q.getGraph().equals(GRAPH)), Quad::asTriple)));
    }
}
