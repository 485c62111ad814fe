package org.paperkg.web;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.paperkg.rdf.Prefixes;

/**
 * The RDF served for a resource: a paper's whole named graph (its links, statements, authors and the entities'
 * labels); an entity's facts from the entities graph and the links pointing at it; an author's name and papers;
 * anything else, the triples it is the subject of.
 */
final class ResourceData {

    private final LocalSparql sparql;

    ResourceData(LocalSparql sparql) {
        this.sparql = sparql;
    }

    /** The description of the resource at {@code path}; empty when the store knows nothing about it. */
    Model describe(String path) {
        Map<String, RDFNode> b = Map.of("s", ResourceFactory.createResource(ResourcePaths.iri(path)));
        String query = switch (ResourcePaths.kind(path)) {
            case "paper" -> "CONSTRUCT { ?x ?p ?o } WHERE { GRAPH ?s { ?x ?p ?o } }";
            case "method", "task", "dataset" -> """
                    CONSTRUCT { ?s ?p ?o . ?paper ?rel ?s } WHERE {
                      { GRAPH <https://w3id.org/paperkg/resource/graph/entities> { ?s ?p ?o } }
                      UNION { VALUES ?rel { %s } ?paper ?rel ?s }
                    }""".formatted(TermText.RELATIONS);
            case "author" -> """
                    CONSTRUCT { ?s ?p ?o . ?paper dcterms:creator ?s ; dcterms:title ?title } WHERE {
                      { ?s ?p ?o } UNION { ?paper dcterms:creator ?s ; dcterms:title ?title }
                    }""";
            default -> "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
        };
        Model m = sparql.construct(query, b);
        m.setNsPrefixes(Prefixes.mapping());
        return m;
    }
}
