package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.EntityType;
import org.paperkg.papers.PaperRecord;

class TestPaperGraphMapper {

    private static final ShapesValidator SHAPES = ShapesValidator.packaged();

    /** Maps the papers in the given order (links shuffled by the caller) into a fresh dataset. */
    static DatasetGraph build(List<PaperRecord> papers, List<List<PaperLink>> links) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        EntityGraphCollector entities = new EntityGraphCollector();
        PaperGraphMapper mapper = new PaperGraphMapper(EntityLookup.of(RdfFixtures.entities()), entities, "test");
        var out = StreamRDFLib.dataset(dsg);
        for (int i = 0; i < papers.size(); i++) {
            mapper.map(papers.get(i), links.get(i), out);
        }
        entities.write(out);
        return dsg;
    }

    private static DatasetGraph corpus() {
        return build(List.of(RdfFixtures.paperA(), RdfFixtures.paperB(), RdfFixtures.paperC()),
                List.of(RdfFixtures.linksA(), RdfFixtures.linksB(), List.of()));
    }

    private static boolean ask(DatasetGraph dsg, String query) {
        String q = "PREFIX pkg: <" + PKG.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "PREFIX paper: <" + PKG.RESOURCE + "paper/> PREFIX method: <" + PKG.RESOURCE + "method/> "
                + "PREFIX task: <" + PKG.RESOURCE + "task/> PREFIX dataset: <" + PKG.RESOURCE + "dataset/> " + query;
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
            return qe.execAsk();
        }
    }

    @Test
    void everyGraphAndTheUnionConformToTheShapes() {
        DatasetGraph dsg = corpus();
        assertEquals(List.of(), SHAPES.validate(dsg));
        dsg.listGraphNodes().forEachRemaining(g -> assertEquals(List.of(), SHAPES.validate(dsg.getGraph(g)), g.toString()));
    }

    @Test
    void onePaperGraphPerPaperPlusTheEntitiesGraph() {
        DatasetGraph dsg = corpus();
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        Collections.sort(names);
        List<String> expected = new ArrayList<>(List.of(PKG.ENTITIES_GRAPH, ResourceIris.paper("2403.04567"),
                ResourceIris.paper("10.1002/(sici)1234-5678(199901)12:3<45::aid-xyz6>3.0.co;2-k"),
                ResourceIris.paper("title:3f2a9c")));
        Collections.sort(expected);
        assertEquals(expected, names);
        assertTrue(dsg.getDefaultGraph().isEmpty());
    }

    @Test
    void paperMetadata() {
        DatasetGraph dsg = corpus();
        assertTrue(ask(dsg, "ASK { GRAPH paper:2403.04567 { paper:2403.04567 a pkg:Paper ; dcterms:title ?t ; "
                + "dcterms:abstract ?a ; dcterms:issued \"2024-03-07\"^^xsd:date ; pkg:authorCount 2 ; "
                + "pkg:arxivId \"2403.04567\" ; pkg:category \"cs.CV\", \"cs.LG\" ; pkg:venue ?v ; "
                + "foaf:page <https://arxiv.org/abs/2403.04567> ; dcterms:creator ?c . "
                + "?c a pkg:Author ; foaf:name \"Ada Müller\" } FILTER NOT EXISTS { paper:2403.04567 pkg:truncatedAbstract ?x } }"));
        Node b = NodeFactory.createURI(ResourceIris.paper("10.1002/(sici)1234-5678(199901)12:3<45::aid-xyz6>3.0.co;2-k"));
        assertTrue(ask(dsg, "ASK { GRAPH " + "<" + b.getURI() + "> { <" + b.getURI() + "> pkg:doi \"10.1002/(sici)1234-5678(199901)12:3<45::aid-xyz6>3.0.co;2-k\" ; "
                + "dcterms:issued \"2023-11\"^^xsd:gYearMonth ; pkg:truncatedAbstract true ; pkg:authorCount 7 } }"));
        String c = ResourceIris.paper("title:3f2a9c");
        assertTrue(ask(dsg, "ASK { GRAPH ?g { <" + c + "> dcterms:issued \"2019\"^^xsd:gYear FILTER NOT EXISTS { <" + c
                + "> dcterms:abstract|foaf:page ?x } } }"));
    }

    @Test
    void linksArePlainTriplesAndStatementsInThePaperGraph() {
        DatasetGraph dsg = corpus();
        assertTrue(ask(dsg, "ASK { GRAPH paper:2403.04567 { paper:2403.04567 pkg:proposesMethod method:lantern-attention-network ; "
                + "pkg:addressesTask task:low-light-scene-parsing ; pkg:usesDataset dataset:duskcity ; "
                + "pkg:usesMethod method:residual-encoder ; pkg:introducesDataset dataset:nightwalk . "
                + "?s a pkg:Statement ; rdf:subject paper:2403.04567 ; rdf:predicate pkg:proposesMethod ; "
                + "rdf:object method:lantern-attention-network ; pkg:evidence ?e ; pkg:charStart ?b ; pkg:charEnd ?end ; "
                + "pkg:rule \"cue:we-propose\" ; pkg:confidence 0.9 ; prov:wasDerivedFrom paper:2403.04567 ; "
                + "prov:wasGeneratedBy <urn:paperkg:extractor:test> } }"));
        // 5 + 3 links, one statement each
        Graph union = dsg.getUnionGraph();
        assertEquals(8, union.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), PKG.Statement.asNode()).toList().size());
    }

    @Test
    void paperGraphsCarryEntityLabelsAndOnlyTheAliasesInThatPaper() {
        DatasetGraph dsg = corpus();
        // paper A uses "LAN" and "lantern attention networks"; "lantern-attention network" does not occur in it
        assertTrue(ask(dsg, "ASK { GRAPH paper:2403.04567 { method:lantern-attention-network a pkg:Method ; "
                + "skos:prefLabel \"lantern attention network\" ; skos:altLabel \"LAN\", \"lantern attention networks\" } }"));
        assertFalse(ask(dsg, "ASK { GRAPH ?g { ?e skos:altLabel \"lantern-attention network\" } }"));
        // "ResEnc" occurs in neither paper
        assertFalse(ask(dsg, "ASK { GRAPH ?g { method:residual-encoder skos:altLabel ?a } }"));
    }

    @Test
    void entitiesGraphHoldsSupportAndTheUnionOfPaperAliases() {
        DatasetGraph dsg = corpus();
        String g = "<" + PKG.ENTITIES_GRAPH + ">";
        assertTrue(ask(dsg, "ASK { GRAPH " + g + " { method:lantern-attention-network a pkg:Method ; "
                + "skos:prefLabel \"lantern attention network\" ; skos:altLabel \"LAN\" ; pkg:support 1 . "
                + "dataset:duskcity a pkg:Dataset ; pkg:support 2 . task:low-light-scene-parsing pkg:support 2 . "
                + "method:residual-encoder pkg:support 2 } }"));
        // re-derivable: support = distinct papers linking in the paper graphs
        assertFalse(ask(dsg, "ASK { GRAPH " + g + " { ?e pkg:support ?n } "
                + "{ SELECT ?e (COUNT(DISTINCT ?p) AS ?m) WHERE { GRAPH ?pg { ?p a pkg:Paper ; ?rel ?e . ?e skos:prefLabel ?l } } GROUP BY ?e } "
                + "FILTER (?n != ?m) }"));
        assertFalse(ask(dsg, "ASK { GRAPH " + g + " { ?e skos:altLabel ?a } FILTER NOT EXISTS { GRAPH ?pg { ?p a pkg:Paper . ?e skos:altLabel ?a } } }"));
    }

    @Test
    void rebuildUpdateReDerivesTheEntitiesGraphFromThePaperGraphs() {
        DatasetGraph dsg = corpus();
        Node g = NodeFactory.createURI(PKG.ENTITIES_GRAPH);
        org.apache.jena.graph.Graph written = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getGraph(g).find().forEachRemaining(written::add);
        dsg.removeGraph(g);
        org.apache.jena.update.UpdateAction.parseExecute(EntityGraphCollector.REBUILD_UPDATE, dsg);
        assertTrue(written.size() > 10);
        assertTrue(written.isIsomorphicWith(dsg.getGraph(g)));
        // and again over a store that already has it
        org.apache.jena.update.UpdateAction.parseExecute(EntityGraphCollector.REBUILD_UPDATE, dsg);
        assertTrue(written.isIsomorphicWith(dsg.getGraph(g)));
    }

    @Test
    void sameInputInAnotherOrderGivesAnIsomorphicDataset() {
        DatasetGraph one = corpus();
        List<PaperLink> a = new ArrayList<>(RdfFixtures.linksA());
        List<PaperLink> b = new ArrayList<>(RdfFixtures.linksB());
        Collections.reverse(a);
        Collections.reverse(b);
        DatasetGraph two = build(List.of(RdfFixtures.paperC(), RdfFixtures.paperB(), RdfFixtures.paperA()), List.of(List.of(), b, a));
        assertTrue(IsoMatcher.isomorphic(one, two));
    }

    @Test
    void withoutEntityLookupTheLinkLabelsAreUsed() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new PaperGraphMapper(EntityLookup.none(), null, "x").map(RdfFixtures.paperA(), RdfFixtures.linksA(), StreamRDFLib.dataset(dsg));
        assertTrue(ask(dsg, "ASK { GRAPH ?g { method:residual-encoder skos:prefLabel \"residual encoder\" } }"));
        assertFalse(ask(dsg, "ASK { GRAPH ?g { ?e skos:altLabel ?a } }"));
        assertEquals(List.of(), SHAPES.validate(dsg));
        assertEquals(EntityType.values().length, 3);
    }

    @Test
    void confidenceIsADecimalWithinZeroAndOne() {
        assertEquals("0.9", PaperGraphMapper.confidence(0.9).getLiteralLexicalForm());
        assertEquals("1.0", PaperGraphMapper.confidence(1.7).getLiteralLexicalForm());
        assertEquals("0.0", PaperGraphMapper.confidence(Double.NaN).getLiteralLexicalForm());
        assertEquals("0.333", PaperGraphMapper.confidence(1.0 / 3).getLiteralLexicalForm());
    }

    @Test
    void datesOfEveryPrecisionAndNoneForGarbage() {
        assertEquals("2024-02-29", PaperGraphMapper.issued("2024-02-29").getLiteralLexicalForm());
        assertEquals(null, PaperGraphMapper.issued("2023-02-29"));
        assertEquals(null, PaperGraphMapper.issued("Aug 6"));
        assertEquals(null, PaperGraphMapper.issued(null));
    }
}
