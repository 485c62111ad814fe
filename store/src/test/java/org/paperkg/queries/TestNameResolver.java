package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

class TestNameResolver {

    static final String RES = "https://w3id.org/paperkg/resource/";

    @TempDir
    static Path dir;

    static PaperStore store;
    static NameResolver resolver;

    @BeforeAll
    static void load() {
        store = PaperStore.open(StoreConfig.load(null, dir.resolve("db")));
        store.load(List.of(Path.of("src/test/resources/fixtures/papers.trig")), n -> { });
        resolver = new NameResolver(QueryRunner.local(store.dataset())::rows);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void canonicalFormIgnoresCaseHyphensSpacesAndPlurals() {
        assertEquals(NameResolver.canonical("time series forecasting"), NameResolver.canonical("Time-Series Forecastings"));
        assertEquals(NameResolver.canonical("graph neural networks"), NameResolver.canonical("Graph Neural Network"));
        assertEquals(NameResolver.canonical("studies"), NameResolver.canonical("study"));
        assertNotEquals(NameResolver.canonical("speech recognition"), NameResolver.canonical("speech synthesis"));
    }

    @Test
    void entitiesResolveTheWayPeopleTypeThem() {
        assertEquals(RES + "task/speech-recognition", resolver.entity("task", "  SPEECH recognition ", "Task").iri());
        assertEquals(RES + "task/speech-recognition", resolver.entity("task", "speech-recognitions", "Task").iri());
        assertEquals(RES + "method/sparse-routing-transformer",
                resolver.entity("method", "Sparse Routing-Transformers", "Method").iri());
        assertEquals(RES + "method/sparse-routing-transformer", resolver.entity("entity", "srt", null).iri());
    }

    @Test
    void unknownNamesComeWithTheClosest() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> resolver.entity("task", "recognition", "Task"));
        assertEquals("task", e.parameter());
        assertTrue(e.suggestions().contains("speech recognition"), e.getMessage());
        assertTrue(e.getMessage().startsWith("No task is named \"recognition\""), e.getMessage());
    }

    @Test
    void papersResolveByIriArxivIdAndTitle() {
        String iri = RES + "paper/2401.00001";
        assertEquals(iri, resolver.paper("paper", iri).iri());
        assertEquals(iri, resolver.paper("paper", "<" + iri + ">").iri());
        assertEquals(iri, resolver.paper("paper", "arXiv:2401.00001v3").iri());
        assertEquals(iri, resolver.paper("paper", "http://localhost:3030/page/paper/2401.00001").iri());
        assertEquals(iri, resolver.paper("paper", "sparse routing transformers for low-resource speech recognition").iri());
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> resolver.paper("paper", "speech transformers"));
        assertTrue(!e.suggestions().isEmpty(), e.getMessage());
    }

    @Test
    void savedQueriesResolveGivenNamesAndLeaveDefaults() {
        SavedQuery q = SavedQuery.parse("m", """
                # @param task string "nothing like this" -- a task
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?t { BIND(?task AS ?t) }
                """, "m.rq");
        QueryRunner runner = QueryRunner.local(store.dataset());
        assertEquals(Map.of("task", "speech recognition"), runner.resolve(q, Map.of("task", "Speech-Recognition")));
        assertEquals(Map.of(), runner.resolve(q, Map.of()));
    }
}
