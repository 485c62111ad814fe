package org.paperkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

import org.paperkg.mentions.EntityType;

/**
 * Collects, from the paper graphs as they are written, the corpus-level entities graph
 * ({@link PKG#ENTITIES_GRAPH}): each entity's type, preferred label, the union of its alternative labels and its
 * support (the number of distinct papers that link to it); metrics (pkg:Metric) count the papers reporting a result in them. It holds exactly what the union of the paper graphs
 * implies, so a store can re-derive it after loading papers incrementally. Memory grows with entities, not papers.
 */
public final class EntityGraphCollector {

    private final Map<String, Facts> entities = new TreeMap<>();

    /**
     * SPARQL Update that rebuilds the entities graph from the paper graphs of a store (graphs named by a
     * {@code pkg:Paper} they describe): type, preferred label (the least, should paper graphs ever disagree),
     * the union of the alternative labels, and support = distinct papers linking. Gives exactly what
     * {@link #write} gives for the same paper graphs.
     */
    public static final String REBUILD_UPDATE = """
            PREFIX pkg:  <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            DROP SILENT GRAPH <%1$s> ;
            INSERT { GRAPH <%1$s> { ?e a ?type ; skos:prefLabel ?pref ; pkg:support ?support } }
            WHERE {
              { SELECT ?e (COUNT(DISTINCT ?p) AS ?support) WHERE {
                  VALUES ?rel { pkg:proposesMethod pkg:usesMethod pkg:addressesTask pkg:usesDataset pkg:introducesDataset }
                  { GRAPH ?p { ?p a pkg:Paper ; ?rel ?e } }
                  UNION { GRAPH ?p { ?p a pkg:Paper ; pkg:reportsResult/pkg:metric ?e } }
                } GROUP BY ?e }
              { SELECT ?e (SAMPLE(?t) AS ?type) (MIN(STR(?label)) AS ?pref) WHERE {
                  VALUES ?t { pkg:Method pkg:Task pkg:Dataset pkg:Metric }
                  GRAPH ?g { ?g a pkg:Paper . ?e a ?t ; skos:prefLabel ?label }
                } GROUP BY ?e }
            } ;
            INSERT { GRAPH <%1$s> { ?e skos:altLabel ?alt } }
            WHERE {
              GRAPH <%1$s> { ?e skos:prefLabel ?pref }
              GRAPH ?g { ?g a pkg:Paper . ?e skos:altLabel ?alt }
              FILTER (STR(?alt) != ?pref)
            }
            """.formatted(PKG.ENTITIES_GRAPH);

    /** Records that one more paper links to the entity, naming it with these labels. Call once per paper and entity. */
    public synchronized void record(String iri, EntityType type, String prefLabel, Set<String> altLabels) {
        record(iri, Terms.typeOf(type), prefLabel, altLabels);
    }

    /** Like {@link #record(String, EntityType, String, Set)} for an entity of any class, e.g. a pkg:Metric. */
    synchronized void record(String iri, Node type, String prefLabel, Set<String> altLabels) {
        Facts facts = entities.computeIfAbsent(iri, k -> new Facts(type, prefLabel));
        facts.papers++;
        facts.altLabels.addAll(altLabels);
    }

    /** Number of distinct entities recorded. */
    public synchronized int size() {
        return entities.size();
    }

    /** Number of distinct entities of one type. */
    public synchronized long count(EntityType type) {
        Node t = Terms.typeOf(type);
        return entities.values().stream().filter(f -> f.type.equals(t)).count();
    }

    /** Writes the entities graph as quads in {@link PKG#ENTITIES_GRAPH}, in IRI order. */
    public synchronized void write(StreamRDF out) {
        for (EntityFacts f : facts()) {
            f.write(out);
        }
    }

    /** The facts recorded so far, in IRI order: what {@link #write} writes, for adding up parts of a corpus. */
    public synchronized List<EntityFacts> facts() {
        List<EntityFacts> result = new ArrayList<>(entities.size());
        entities.forEach((iri, f) -> result.add(new EntityFacts(iri, f.type.getURI(), f.prefLabel, f.altLabels,
                f.papers)));
        return result;
    }

    private static final class Facts {
        final Node type;
        final String prefLabel;
        final Set<String> altLabels = new TreeSet<>();
        long papers;

        Facts(Node type, String prefLabel) {
            this.type = type;
            this.prefLabel = prefLabel;
        }
    }
}
