package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.Relation;

class TestOntology {

    static Model load(String resource) throws Exception {
        try (InputStream in = TestOntology.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is packaged");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        }
    }

    @Test
    void ontologyParsesAndDeclaresTheContractClasses() throws Exception {
        Model m = load(PKG.ONTOLOGY_RESOURCE);
        for (Resource c : List.of(PKG.Paper, PKG.Method, PKG.Task, PKG.Dataset, PKG.Statement, PKG.Author, PKG.Entity)) {
            assertTrue(m.contains(c, RDF.type, OWL.Class), c.toString());
            assertTrue(m.contains(c, RDFS.label), c + " has a label");
            assertTrue(m.contains(c, RDFS.comment), c + " has a comment");
        }
    }

    @Test
    void everyRelationIsAContractPropertyUnderOneSuperProperty() throws Exception {
        Model m = load(PKG.ONTOLOGY_RESOURCE);
        for (Relation r : Relation.values()) {
            Property p = m.createProperty(PKG.NS + r.localName());
            assertTrue(m.contains(p, RDF.type, OWL.ObjectProperty), p.toString());
            assertTrue(m.contains(p, RDFS.subPropertyOf, PKG.mentionsEntity), p.toString());
            assertTrue(m.contains(p, RDFS.domain, PKG.Paper), p.toString());
            assertTrue(m.contains(p, RDFS.range, m.createResource(Terms.typeOf(r.type()).getURI())), p.toString());
            assertTrue(m.contains(p, RDFS.label) && m.contains(p, RDFS.comment), p.toString());
        }
    }

    @Test
    void everyPkgTermUsedInCodeIsDeclared() throws Exception {
        Model m = load(PKG.ONTOLOGY_RESOURCE);
        for (var field : PKG.class.getFields()) {
            Object value = field.get(null);
            if (value instanceof Resource r && r.getURI().startsWith(PKG.NS)) {
                assertTrue(m.contains(r, RDF.type), r + " is declared in the ontology");
            }
        }
    }

    @Test
    void shapesParse() throws Exception {
        Model m = load(PKG.SHAPES_RESOURCE);
        Shapes shapes = Shapes.parse(m.getGraph());
        assertFalse(shapes.getTargetShapes().isEmpty());
        // paper, linking paper, author, entity, statement, co-occurrence, result, metric
        assertEquals(8, shapes.getTargetShapes().size());
    }
}
