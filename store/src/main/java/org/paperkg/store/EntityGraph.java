package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.paperkg.rdf.PKG;

/**
 * Computes the corpus-level entity graph from the paper graphs: for every entity linked from a paper, its type, one
 * preferred label (the one most papers use), the other names as alternative labels, and its support (number of
 * distinct papers linking to it).
 */
final class EntityGraph {

    private static final Node GRAPH = NodeFactory.createURI(PKG.ENTITIES_GRAPH);

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String LINKS =
            "VALUES ?link { pkg:proposesMethod pkg:usesMethod pkg:addressesTask pkg:usesDataset pkg:introducesDataset pkg:mentionsEntity }";

    private static final Query SUPPORT = QueryFactory.create(PREFIXES + """
            SELECT ?e ?type (COUNT(DISTINCT ?p) AS ?n) {
              GRAPH ?p { ?p a pkg:Paper ; ?link ?e . ?e a ?type }
              VALUES ?type { pkg:Method pkg:Task pkg:Dataset }
            """ + LINKS + "} GROUP BY ?e ?type");

    private static final Query LABELS = QueryFactory.create(PREFIXES + """
            SELECT ?e ?pred ?l (COUNT(DISTINCT ?p) AS ?n) {
              GRAPH ?p { ?p a pkg:Paper ; ?link ?e . ?e ?pred ?l }
              VALUES ?pred { skos:prefLabel skos:altLabel }
            """ + LINKS + "} GROUP BY ?e ?pred ?l");

    private EntityGraph() {
    }

    /** The quads of the entity graph for the paper graphs now in {@code dsg} (call inside a transaction). */
    static List<Quad> compute(DatasetGraph dsg) {
        Map<Node, List<Node>> types = new TreeMap<>(EntityGraph::compare);
        Map<Node, Long> support = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(SUPPORT).build()) {
            qe.select().forEachRemaining(b -> {
                Node e = b.get("e");
                types.computeIfAbsent(e, k -> new ArrayList<>()).add(b.get("type"));
                support.merge(e, ((Number) b.get("n").getLiteralValue()).longValue(), Math::max);
            });
        }
        // Preferred label: the prefLabel used by most papers, ties broken by the smaller string.
        Map<Node, Node> pref = new HashMap<>();
        Map<Node, Long> prefCount = new HashMap<>();
        Map<Node, TreeSet<String>> names = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(LABELS).build()) {
            qe.select().forEachRemaining(b -> collectLabel(b, pref, prefCount, names));
        }
        List<Quad> out = new ArrayList<>();
        Node supportP = PKG.support.asNode();
        for (Map.Entry<Node, List<Node>> entry : types.entrySet()) {
            Node e = entry.getKey();
            for (Node t : entry.getValue()) {
                out.add(Quad.create(GRAPH, e, RDF.type.asNode(), t));
            }
            Node p = pref.get(e);
            if (p != null) {
                out.add(Quad.create(GRAPH, e, SKOS.prefLabel.asNode(), p));
            }
            for (String alt : names.getOrDefault(e, new TreeSet<>())) {
                if (p == null || !alt.equals(p.getLiteralLexicalForm())) {
                    out.add(Quad.create(GRAPH, e, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
                }
            }
            out.add(Quad.create(GRAPH, e, supportP,
                    NodeFactory.createLiteralDT(Long.toString(support.get(e)), XSDDatatype.XSDinteger)));
        }
        return out;
    }

    private static void collectLabel(Binding b, Map<Node, Node> pref, Map<Node, Long> prefCount,
                                     Map<Node, TreeSet<String>> names) {
        Node e = b.get("e");
        Node l = b.get("l");
        if (!l.isLiteral()) {
            return;
        }
        names.computeIfAbsent(e, k -> new TreeSet<>()).add(l.getLiteralLexicalForm());
        if (b.get("pred").equals(SKOS.prefLabel.asNode())) {
            long n = ((Number) b.get("n").getLiteralValue()).longValue();
            Node old = pref.get(e);
            long oldN = prefCount.getOrDefault(e, -1L);
            if (old == null || n > oldN
                    || (n == oldN && l.getLiteralLexicalForm().compareTo(old.getLiteralLexicalForm()) < 0)) {
                pref.put(e, NodeFactory.createLiteralString(l.getLiteralLexicalForm()));
                prefCount.put(e, n);
            }
        }
    }

    private static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }
}
