package org.paperkg.rdf;

import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Passes quads on unchanged and validates each named graph against the SHACL shapes when the next graph begins
 * (paperkg writes every graph's quads together), so validation streams: memory holds one graph at a time.
 * The ontology graph is passed through unchecked. Violations go to {@code violations}, prefixed with the graph.
 */
public final class ValidatingStream extends StreamRDFWrapper {

    private final ShapesValidator validator;
    private final Consumer<String> violations;
    private Node current;
    private Graph buffer = GraphFactory.createDefaultGraph();
    private long graphs;
    private long invalidGraphs;

    public ValidatingStream(StreamRDF out, ShapesValidator validator, Consumer<String> violations) {
        super(out);
        this.validator = Objects.requireNonNull(validator, "validator");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(current)) {
            check();
            current = g;
        }
        if (!PKG.ONTOLOGY_GRAPH.equals(g.isURI() ? g.getURI() : null)) {
            buffer.add(quad.asTriple());
        }
        super.quad(quad);
    }

    @Override
    public void finish() {
        check();
        super.finish();
    }

    /** Validates the graph collected so far (called at the end too); safe to call more than once. */
    public void check() {
        if (current != null && !buffer.isEmpty()) {
            graphs++;
            var lines = validator.validate(buffer);
            if (!lines.isEmpty()) {
                invalidGraphs++;
                String name = current.isURI() ? current.getURI() : current.toString();
                lines.forEach(l -> violations.accept("graph <" + name + "> " + l));
            }
        }
        buffer = GraphFactory.createDefaultGraph();
        current = null;
    }

    /** Graphs validated so far. */
    public long graphs() {
        return graphs;
    }

    /** Graphs with at least one violation. */
    public long invalidGraphs() {
        return invalidGraphs;
    }
}
