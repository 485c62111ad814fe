package org.paperkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates paperkg RDF against the SHACL shapes of {@code ontology/shapes.ttl} and reports violations as readable lines. */
public final class ShapesValidator {

    private final Shapes shapes;
    private final PrefixMapping prefixes = Prefixes.mapping();

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The validator with the shapes packaged with paperkg. */
    public static ShapesValidator packaged() {
        try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(PKG.SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The SHACL shapes " + PKG.SHAPES_RESOURCE + " are missing from the classpath.");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapesValidator(g);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the packaged SHACL shapes: " + e.getMessage(), e);
        }
    }

    /** The validator with shapes read from a Turtle (or other RDF) file. */
    public static ShapesValidator fromFile(Path shapesFile) {
        return new ShapesValidator(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    /** The violations in {@code data}, one readable line each; empty when it conforms. */
    public List<String> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        if (report.conforms()) {
            return lines;
        }
        for (ReportEntry entry : report.getEntries()) {
            lines.add(describe(entry));
        }
        lines.sort(null);
        return lines;
    }

    /** The violations in every graph of {@code data} validated together (the union of its graphs). */
    public List<String> validate(DatasetGraph data) {
        return validate(data.getUnionGraph());
    }

    private String describe(ReportEntry entry) {
        StringBuilder line = new StringBuilder();
        line.append(entry.severity().level().getLocalName()).append(": ").append(shortName(entry.focusNode()));
        if (entry.resultPath() != null) {
            line.append(' ').append(entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)));
        }
        if (entry.value() != null && !entry.value().equals(entry.focusNode())) {
            line.append(" = ").append(shortName(entry.value()));
        }
        line.append(": ").append(entry.message());
        return line.toString();
    }

    private String shortName(Node node) {
        if (node.isURI()) {
            String s = prefixes.shortForm(node.getURI());
            return s.equals(node.getURI()) ? "<" + s + ">" : s;
        }
        if (node.isLiteral()) {
            String dt = node.getLiteralDatatypeURI();
            if (dt != null && (dt.endsWith("#integer") || dt.endsWith("#decimal") || dt.endsWith("#boolean")
                    || dt.endsWith("#double"))) {
                return node.getLiteralLexicalForm();
            }
        }
        return node.toString(prefixes);
    }
}
