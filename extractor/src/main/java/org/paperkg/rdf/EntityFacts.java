package org.paperkg.rdf;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import org.paperkg.mentions.EntityType;

/**
 * What the entities graph says about one entity: type, preferred label, the union of its alternative labels and its
 * support (papers linking to it). Facts collected from parts of a corpus add up with {@link #merge}.
 *
 * @param iri       the entity's IRI
 * @param type      the IRI of its class: pkg:Method, pkg:Task, pkg:Dataset or pkg:Metric
 * @param prefLabel preferred label
 * @param altLabels alternative labels met in the papers (kept sorted)
 * @param papers    number of papers linking to the entity
 */
public record EntityFacts(String iri, String type, String prefLabel, Set<String> altLabels, long papers)
        implements Serializable {

    public EntityFacts {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = new TreeSet<>(altLabels);
    }

    /** The facts of both parts: papers added, labels united, the least preferred label should they disagree. */
    public EntityFacts merge(EntityFacts other) {
        Set<String> alts = new TreeSet<>(altLabels);
        alts.addAll(other.altLabels);
        String pref = prefLabel.compareTo(other.prefLabel) <= 0 ? prefLabel : other.prefLabel;
        return new EntityFacts(iri, type, pref, alts, papers + other.papers);
    }

    /** Whether the entity is a method, task or dataset of that type (a metric is none of them). */
    public boolean is(EntityType t) {
        return Terms.typeOf(t).getURI().equals(type);
    }

    /** Writes the facts as quads in {@link PKG#ENTITIES_GRAPH}. */
    public void write(StreamRDF out) {
        Node g = NodeFactory.createURI(PKG.ENTITIES_GRAPH);
        Node s = NodeFactory.createURI(iri);
        out.quad(Quad.create(g, s, Terms.TYPE, NodeFactory.createURI(type)));
        out.quad(Quad.create(g, s, Terms.PREF_LABEL, Terms.string(prefLabel)));
        for (String alt : altLabels) {
            if (!alt.equals(prefLabel)) {
                out.quad(Quad.create(g, s, Terms.ALT_LABEL, Terms.string(alt)));
            }
        }
        out.quad(Quad.create(g, s, PKG.support.asNode(), Terms.integer(papers)));
    }
}
