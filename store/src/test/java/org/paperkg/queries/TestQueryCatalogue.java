package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TestQueryCatalogue {

    static final Path QUERIES = Path.of("../queries");

    @Test
    void everySavedQueryHasTitleDescriptionAndParsesWithItsDefaults() {
        QueryCatalogue c = QueryCatalogue.fromDirectory(QUERIES);
        assertTrue(c.all().size() >= 12, "saved queries: " + c.all().size());
        for (SavedQuery q : c.all()) {
            assertFalse(q.title().equals(q.name()), q.name() + " has a title");
            assertFalse(q.description().isBlank(), q.name() + " has a description");
            assertTrue(q.query(q.name()).isSelectType(), q.name());
            q.bindings(Map.of());
        }
    }

    @Test
    void packagedQueriesAreFound() {
        assertEquals(QueryCatalogue.fromDirectory(QUERIES).all().size(), QueryCatalogue.packaged().all().size());
    }

    @Test
    void headerIsParsed() {
        SavedQuery q = SavedQuery.parse("t", """
                # @title A test
                # @description First line,
                # @description second line.
                # @param label string "a \\"quoted\\" name" -- a label
                # @param n integer 3 -- a number
                # @param p iri <http://example.org/x>
                SELECT ?s { ?s ?p ?label FILTER(?s != ?p && ?n > 0) }
                """, "t.rq");
        assertEquals("A test", q.title());
        assertEquals("First line, second line.", q.description());
        assertEquals(3, q.parameters().size());
        assertEquals("a \"quoted\" name", q.parameters().get(0).defaultValue());
        Map<String, Node> b = q.bindings(Map.of("n", "7"));
        assertEquals("7", b.get("n").getLiteralLexicalForm());
        assertTrue(b.get("p").isURI());
    }

    @Test
    void badValuesAndUnknownParametersFailPlainly() {
        SavedQuery q = QueryCatalogue.fromDirectory(QUERIES).get("top-methods");
        QueryException bad = assertThrows(QueryException.class, () -> q.bindings(Map.of("min_support", "many")));
        assertTrue(bad.getMessage().contains("min_support"));
        QueryException unknown = assertThrows(QueryException.class, () -> q.bindings(Map.of("nope", "1")));
        assertTrue(unknown.getMessage().contains("nope"));
        assertThrows(QueryException.class, () -> QueryCatalogue.fromDirectory(QUERIES).get("no-such-query"));
    }

    @Test
    void valuesAreBoundNotSpliced() {
        // A value that would break out of a string literal if it were pasted into the text stays one literal.
        Dataset ds = DatasetFactory.createTxnMem();
        Model m = ds.getDefaultModel();
        String tricky = "x\" } UNION { ?s ?p ?o } #";
        m.add(m.createResource("urn:e"), SKOS.prefLabel, tricky);
        m.add(m.createResource("urn:f"), SKOS.prefLabel, "other");
        SavedQuery q = SavedQuery.parse("s", """
                # @title s
                # @description s
                # @param name string "x" -- a label
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?e { ?e skos:prefLabel ?l FILTER(STR(?l) = ?name) }
                """, "s.rq");
        ResultSetRewindable rs = QueryRunner.local(ds).select(q, Map.of("name", tricky));
        assertEquals(1, rs.size());
        assertEquals("urn:e", rs.next().getResource("e").getURI());
    }
}
