package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class TestShapesValidator {

    private static final ShapesValidator SHAPES = ShapesValidator.packaged();

    private static final String PREFIXES = """
            @prefix pkg: <https://w3id.org/paperkg/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix paper: <https://w3id.org/paperkg/resource/paper/> .
            @prefix method: <https://w3id.org/paperkg/resource/method/> .
            @prefix task: <https://w3id.org/paperkg/resource/task/> .
            @prefix statement: <https://w3id.org/paperkg/resource/statement/> .
            """;

    private static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + body).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static String joined(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void aBrokenGraphGivesOneReadableLinePerViolation() {
        Graph g = turtle("""
                paper:1234.56789 a pkg:Paper ; dcterms:issued "last year" ;
                    pkg:proposesMethod task:image-segmentation .
                task:image-segmentation a pkg:Task ; skos:prefLabel "image segmentation", "segmentation" .
                statement:00ff a pkg:Statement ; rdf:subject paper:1234.56789 ; rdf:predicate pkg:usesMethod ;
                    rdf:object task:image-segmentation ; pkg:evidence "x" ; pkg:charStart 9 ; pkg:charEnd 4 ;
                    pkg:rule "r" ; pkg:confidence 1.5 ; prov:wasDerivedFrom paper:1234.56789 ;
                    prov:wasGeneratedBy <urn:paperkg:extractor:t> .
                """);
        List<String> lines = SHAPES.validate(g);
        String all = joined(lines);
        assertTrue(all.contains("paper:1234.56789 dcterms:title: A paper has exactly one non-empty dcterms:title."), all);
        assertTrue(all.contains("dcterms:issued"), all);
        assertTrue(all.contains("pkg:proposesMethod = task:image-segmentation"), all);
        assertTrue(all.contains("exactly one non-empty skos:prefLabel"), all);
        assertTrue(all.contains("not after pkg:charEnd"), all);
        assertTrue(all.contains("pkg:confidence = 1.5"), all);
        assertTrue(all.contains("also asserted as a plain triple"), all);
        lines.forEach(l -> assertTrue(l.startsWith("Violation: "), l));
    }

    @Test
    void untypedLinkTargetsAreCaught() {
        Graph g = turtle("""
                paper:1 a pkg:Paper ; dcterms:title "T" ; pkg:usesMethod method:m .
                """);
        String all = joined(SHAPES.validate(g));
        assertTrue(all.contains("method:m rdf:type"), all);
    }

    @Test
    void validatingStreamChecksEachGraphAndPassesEverythingOn() {
        var dsg = TestPaperGraphMapper.build(List.of(RdfFixtures.paperA(), RdfFixtures.paperB()),
                List.of(RdfFixtures.linksA(), RdfFixtures.linksB()));
        var copy = DatasetGraphFactory.createTxnMem();
        List<String> violations = new ArrayList<>();
        ValidatingStream v = new ValidatingStream(StreamRDFLib.dataset(copy), SHAPES, violations::add);
        v.start();
        dsg.listGraphNodes().forEachRemaining(g -> dsg.find(g, null, null, null).forEachRemaining(v::quad));
        // a broken extra graph
        var bad = org.apache.jena.graph.NodeFactory.createURI(PKG.RESOURCE + "paper/broken");
        v.quad(org.apache.jena.sparql.core.Quad.create(bad, bad, org.apache.jena.vocabulary.RDF.type.asNode(), PKG.Paper.asNode()));
        v.finish();
        assertEquals(4, v.graphs());
        assertEquals(1, v.invalidGraphs());
        assertEquals(1, violations.size(), joined(violations));
        assertTrue(violations.get(0).startsWith("graph <" + PKG.RESOURCE + "paper/broken> Violation: "), violations.get(0));
        assertEquals(dsg.stream().count() + 1, copy.stream().count());
    }
}
