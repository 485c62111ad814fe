package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the corpus-level entity graph from the paper graphs: for every entity linked from a paper, its type, its
 * preferred label (the least one, should paper graphs disagree; metrics of the papers' results count as entities), the union of its alternative labels, a look-up key
 * per name ({@code pkg:labelKey}), and its support (number of distinct papers linking to it); plus the figures the
 * saved queries read instead of scanning the store: the method-task pairs with the most shared papers
 * ({@code pkg:MethodTaskCooccurrence}) and the graph statistics ({@link GraphStatistics}).
 */
final class EntityGraph {

    private static final Logger LOG = LoggerFactory.getLogger(EntityGraph.class);
    private static final Node GRAPH = NodeFactory.createURI(PKG.ENTITIES_GRAPH);

    /** Look-up key of an entity name: its lower-cased form, whitespace collapsed (see {@link #labelKey}). */
    static final Node LABEL_KEY = NodeFactory.createURI(PKG.NS + "labelKey");
    static final Node COOCCURRENCE = NodeFactory.createURI(PKG.NS + "MethodTaskCooccurrence");
    static final Node COOCCURRING_METHOD = NodeFactory.createURI(PKG.NS + "cooccurringMethod");
    static final Node COOCCURRING_TASK = NodeFactory.createURI(PKG.NS + "cooccurringTask");
    static final Node SHARED_PAPERS = NodeFactory.createURI(PKG.NS + "sharedPapers");
    /** IRIs of the co-occurrence records: this namespace plus a hash of the method and task IRIs. */
    static final String COOCCURRENCE_NS = PKG.RESOURCE + "cooccurrence/";
    /**
     * The co-occurrence records kept: every pair with at least as many shared papers as the pair ranked this far
     * (ties included). The saved query shows at most this many pairs, so it answers exactly, for any minimum.
     */
    static final int TOP_PAIRS = 200;
    /** Rank of an entity in its class by support (ties by preferred label), written for this many of each class. */
    static final Node SUPPORT_RANK = NodeFactory.createURI(PKG.NS + "supportRank");
    static final int RANKED = 100;

    // SPARQL's \s is [ \t\n\r] (XPath regular expressions); the saved queries normalise with the same class.
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r]+");

    private static final Node TYPE = RDF.type.asNode();
    private static final Node PAPER = PKG.Paper.asNode();
    private static final Set<Node> LINKS = Set.of(PKG.proposesMethod.asNode(), PKG.usesMethod.asNode(),
            PKG.addressesTask.asNode(), PKG.usesDataset.asNode(), PKG.introducesDataset.asNode());
    private static final Set<Node> METHOD_LINKS = Set.of(PKG.proposesMethod.asNode(), PKG.usesMethod.asNode());
    private static final Node TASK_LINK = PKG.addressesTask.asNode();
    static final Set<Node> ENTITY_TYPES = Set.of(PKG.Method.asNode(), PKG.Task.asNode(), PKG.Dataset.asNode(),
            PKG.Metric.asNode());
    private static final Node REPORTS_RESULT = PKG.reportsResult.asNode();
    private static final Node METRIC = PKG.metric.asNode();

    private EntityGraph() {
    }

    /**
     * The look-up key of a name: lower-cased (root locale), runs of spaces, tabs and line breaks made one space,
     * trimmed. The saved queries compute the same key from their parameter with
     * {@code LCASE(REPLACE(REPLACE(STR(?x), "^[ \t\n\r]+|[ \t\n\r]+$", ""), "[ \t\n\r]+", " "))}.
     */
    static String labelKey(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * The quads of the entity graph for the paper graphs now in {@code dsg} (call inside a transaction, with the
     * entity graph already cleared).
     */
    static List<Quad> compute(DatasetGraph dsg) {
        long start = System.nanoTime();
        Links links = Links.read(dsg);
        LOG.debug("Entity graph: links, types and labels of {} papers read in {} ms", links.papers,
                (System.nanoTime() - start) / 1_000_000);
        Map<Node, Node> types = links.types;
        Map<Node, String> pref = links.pref;
        Map<Node, TreeSet<String>> alts = links.alts;
        List<Quad> out = new ArrayList<>();
        Map<Node, Long> perClass = new HashMap<>();
        Set<Node> described = new HashSet<>();
        for (Map.Entry<Node, Long> entry : links.support.entrySet()) {
            Node e = entry.getKey();
            Node type = types.get(e);
            String label = pref.get(e);
            if (type == null || label == null) {
                continue; // linked but not described as an entity: not part of the entity graph
            }
            described.add(e);
            perClass.merge(type, 1L, Long::sum);
            out.add(Quad.create(GRAPH, e, TYPE, type));
            out.add(Quad.create(GRAPH, e, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(label)));
            Set<String> keys = new TreeSet<>();
            keys.add(labelKey(label));
            for (String alt : alts.getOrDefault(e, new TreeSet<>())) {
                if (!alt.equals(label)) {
                    out.add(Quad.create(GRAPH, e, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
                    keys.add(labelKey(alt));
                }
            }
            for (String key : keys) {
                out.add(Quad.create(GRAPH, e, LABEL_KEY, NodeFactory.createLiteralString(key)));
            }
            out.add(Quad.create(GRAPH, e, PKG.support.asNode(), integer(entry.getValue())));
        }
        ranks(links.support, types, pref, described, out);
        cooccurrences(links.pairs, described, out);
        LOG.debug("Entity graph: co-occurrences of {} pairs at {} ms", links.pairs.size(), (System.nanoTime() - start) / 1_000_000);
        out.addAll(GraphStatistics.compute(dsg, links.papers, perClass, out));
        LOG.debug("Entity graph: statistics at {} ms", (System.nanoTime() - start) / 1_000_000);
        return out;
    }

    /** Writes {@code pkg:supportRank} for the {@link #RANKED} most supported entities of each class. */
    private static void ranks(Map<Node, Long> support, Map<Node, Node> types, Map<Node, String> pref,
                              Set<Node> described, List<Quad> out) {
        Map<Node, List<Node>> byClass = new HashMap<>();
        for (Node e : described) {
            byClass.computeIfAbsent(types.get(e), k -> new ArrayList<>()).add(e);
        }
        // The saved top-* queries' order: support descending, then label (SPARQL compares strings as Java does).
        java.util.Comparator<Node> order = java.util.Comparator.<Node>comparingLong(support::get).reversed()
                .thenComparing(pref::get).thenComparing(EntityGraph::compare);
        for (List<Node> entities : byClass.values()) {
            entities.sort(order);
            for (int i = 0; i < Math.min(RANKED, entities.size()); i++) {
                out.add(Quad.create(GRAPH, entities.get(i), SUPPORT_RANK, integer(i + 1)));
            }
        }
    }

    /** Writes the co-occurrence records of the pairs that can be among the {@link #TOP_PAIRS} most shared. */
    private static void cooccurrences(Map<List<Node>, Long> pairs, Set<Node> described, List<Quad> out) {
        List<Map.Entry<List<Node>, Long>> kept = new ArrayList<>();
        for (Map.Entry<List<Node>, Long> p : pairs.entrySet()) {
            if (described.contains(p.getKey().get(0)) && described.contains(p.getKey().get(1))) {
                kept.add(p);
            }
        }
        kept.sort(Map.Entry.<List<Node>, Long>comparingByValue().reversed());
        long least = kept.size() < TOP_PAIRS ? 0 : kept.get(TOP_PAIRS - 1).getValue();
        for (Map.Entry<List<Node>, Long> p : kept) {
            if (p.getValue() < least) {
                break;
            }
            Node m = p.getKey().get(0);
            Node t = p.getKey().get(1);
            Node pair = NodeFactory.createURI(COOCCURRENCE_NS + hash(m.getURI() + " " + t.getURI()));
            out.add(Quad.create(GRAPH, pair, TYPE, COOCCURRENCE));
            out.add(Quad.create(GRAPH, pair, COOCCURRING_METHOD, m));
            out.add(Quad.create(GRAPH, pair, COOCCURRING_TASK, t));
            out.add(Quad.create(GRAPH, pair, SHARED_PAPERS, integer(p.getValue())));
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static String hash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds one fact about an entity: its type or one of its labels. */
    private static void collect(Node e, Node pred, Node o, Map<Node, Node> types, Map<Node, String> pref,
                                Map<Node, TreeSet<String>> alts) {
        if (pred.equals(TYPE)) {
            if (ENTITY_TYPES.contains(o)) {
                // One type per entity (its IRI names the type); keep the least should graphs disagree.
                types.merge(e, o, (x, y) -> compare(x, y) <= 0 ? x : y);
            }
        } else if (o.isLiteral()) {
            String label = o.getLiteralLexicalForm();
            if (pred.equals(SKOS.prefLabel.asNode())) {
                pref.merge(e, label, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            } else if (pred.equals(SKOS.altLabel.asNode())) {
                alts.computeIfAbsent(e, k -> new TreeSet<>()).add(label);
            }
        }
    }

    private static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }

    /**
     * One pass over the papers' own graphs (graph named by the paper): support per entity (distinct papers linking
     * it), type and labels of every linked entity as the graphs linking it state them, papers shared per method-task
     * pair, and the number of distinct papers in any graph.
     */
    private record Links(Map<Node, Long> support, Map<Node, Node> types, Map<Node, String> pref,
                         Map<Node, TreeSet<String>> alts, Map<List<Node>, Long> pairs, long papers) {

        static Links read(DatasetGraph dsg) {
            Map<Node, Long> support = new TreeMap<>(EntityGraph::compare);
            Map<Node, Node> types = new HashMap<>();
            Map<Node, String> pref = new HashMap<>();
            Map<Node, TreeSet<String>> alts = new HashMap<>();
            Map<List<Node>, Long> pairs = new HashMap<>();
            Set<Node> papers = new HashSet<>();
            Iterator<Quad> typed = dsg.findNG(Node.ANY, Node.ANY, TYPE, PAPER);
            while (typed.hasNext()) {
                Quad q = typed.next();
                Node p = q.getSubject();
                papers.add(p);
                if (!q.getGraph().equals(p)) {
                    continue;
                }
                Set<Node> entities = new HashSet<>();
                Set<Node> methods = new HashSet<>();
                Set<Node> tasks = new HashSet<>();
                Iterator<Quad> it = dsg.find(p, p, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad l = it.next();
                    Node pred = l.getPredicate();
                    if (pred.equals(REPORTS_RESULT)) {
                        // a metric counts the papers reporting a result in it
                        dsg.find(p, l.getObject(), METRIC, Node.ANY).forEachRemaining(m -> entities.add(m.getObject()));
                        continue;
                    }
                    if (!LINKS.contains(pred)) {
                        continue;
                    }
                    entities.add(l.getObject());
                    if (METHOD_LINKS.contains(pred)) {
                        methods.add(l.getObject());
                    } else if (pred.equals(TASK_LINK)) {
                        tasks.add(l.getObject());
                    }
                }
                for (Node e : entities) {
                    support.merge(e, 1L, Long::sum);
                    Iterator<Quad> facts = dsg.find(p, e, Node.ANY, Node.ANY);
                    while (facts.hasNext()) {
                        Quad f = facts.next();
                        collect(e, f.getPredicate(), f.getObject(), types, pref, alts);
                    }
                }
                for (Node m : methods) {
                    for (Node t : tasks) {
                        pairs.merge(List.of(m, t), 1L, Long::sum);
                    }
                }
            }
            return new Links(support, types, pref, alts, pairs, papers.size());
        }
    }
}
