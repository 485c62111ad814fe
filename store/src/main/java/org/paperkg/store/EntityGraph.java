package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;

/**
 * Computes the corpus-level entity graph from the paper graphs: for every entity linked from a paper, its type, its
 * preferred label (the least one, should paper graphs disagree), the union of its alternative labels, and its support
 * (number of distinct papers linking to it): the same facts the build writes for the same paper graphs.
 */
final class EntityGraph {

    private static final Node GRAPH = NodeFactory.createURI(PKG.ENTITIES_GRAPH);

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String LINKS =
            "VALUES ?link { pkg:proposesMethod pkg:usesMethod pkg:addressesTask pkg:usesDataset pkg:introducesDataset }";

    /** Support: distinct papers linking, from the paper's own graph. */
    private static final Query SUPPORT = QueryFactory.create(PREFIXES
            + "SELECT ?e (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?p { ?p a pkg:Paper ; ?link ?e } " + LINKS + " } GROUP BY ?e");

    /** Types and labels of entities, as the paper graphs give them. */
    private static final Query FACTS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e ?pred ?o {
              GRAPH ?g { ?g a pkg:Paper . ?e ?pred ?o }
              VALUES ?pred { rdf:type skos:prefLabel skos:altLabel }
              FILTER (?pred != rdf:type || ?o IN (pkg:Method, pkg:Task, pkg:Dataset))
            }""".replace("rdf:type", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"));

    private EntityGraph() {
    }

    /** The quads of the entity graph for the paper graphs now in {@code dsg} (call inside a transaction). */
    static List<Quad> compute(DatasetGraph dsg) {
        Map<Node, Long> support = new TreeMap<>(EntityGraph::compare);
        try (QueryExec qe = QueryExec.dataset(dsg).query(SUPPORT).build()) {
            qe.select().forEachRemaining(b ->
                    support.put(b.get("e"), ((Number) b.get("n").getLiteralValue()).longValue()));
        }
        Map<Node, Node> types = new HashMap<>();
        Map<Node, String> pref = new HashMap<>();
        Map<Node, TreeSet<String>> alts = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(FACTS).build()) {
            qe.select().forEachRemaining(b -> collect(b, support, types, pref, alts));
        }
        List<Quad> out = new ArrayList<>();
        for (Map.Entry<Node, Long> entry : support.entrySet()) {
            Node e = entry.getKey();
            Node type = types.get(e);
            String label = pref.get(e);
            if (type == null || label == null) {
                continue; // linked but not described as an entity: not part of the entity graph
            }
            out.add(Quad.create(GRAPH, e, RDF.type.asNode(), type));
            out.add(Quad.create(GRAPH, e, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(label)));
            for (String alt : alts.getOrDefault(e, new TreeSet<>())) {
                if (!alt.equals(label)) {
                    out.add(Quad.create(GRAPH, e, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
                }
            }
            out.add(Quad.create(GRAPH, e, PKG.support.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(entry.getValue()), XSDDatatype.XSDinteger)));
        }
        return out;
    }

    private static void collect(Binding b, Map<Node, Long> support, Map<Node, Node> types, Map<Node, String> pref,
                                Map<Node, TreeSet<String>> alts) {
        Node e = b.get("e");
        if (!support.containsKey(e)) {
            return;
        }
        Node pred = b.get("pred");
        Node o = b.get("o");
        if (pred.equals(RDF.type.asNode())) {
            // One type per entity (its IRI names the type); keep the least should graphs disagree.
            types.merge(e, o, (x, y) -> compare(x, y) <= 0 ? x : y);
        } else if (o.isLiteral()) {
            String label = o.getLiteralLexicalForm();
            if (pred.equals(SKOS.prefLabel.asNode())) {
                pref.merge(e, label, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            } else {
                alts.computeIfAbsent(e, k -> new TreeSet<>()).add(label);
            }
        }
    }

    private static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }
}
