package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.queries.QueryCatalogue;
import org.paperkg.queries.QueryRunner;
import org.paperkg.queries.SavedQuery;
import org.paperkg.store.LoadSummary;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

/** End to end: load the fixture graph, serve it on a free port, run every saved query over HTTP, dump, auth, timeout. */
class PaperkgServerIT {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final String PAPER = "https://w3id.org/paperkg/resource/paper/";

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void loadServeQueryDumpAuthTimeout() throws Exception {
        Path db = dir.resolve("db");
        long quads;
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            LoadSummary first = store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
            LoadSummary second = store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
            assertEquals(first.quadsInStore(), second.quadsInStore(), "loading twice gives the same quads");
            quads = second.quadsInStore();
        }
        Path passwd = Files.writeString(dir.resolve("passwd"), "writer: s3cret\n");
        QueryCatalogue catalogue = QueryCatalogue.fromDirectory(Path.of("../queries"));
        PaperkgServer server = PaperkgServer.create(
                new PaperkgServer.Options(db, null, 0, passwd, 1500), catalogue.all());
        try {
            server.start();
            assertTrue(server.port() > 0);
            runEverySavedQuery(catalogue, server.sparqlUrl());
            checkDump(server.baseUrl() + "/dump/paperkg.nq.gz", null, Lang.NQUADS, quads);
            checkDump(server.baseUrl() + "/dump", "application/trig", Lang.TRIG, quads);
            checkVoidAndLandingPage(server, catalogue);
            checkUpdateNeedsCredentials(server);
            checkLongQueryIsCancelled(server.sparqlUrl());
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutPasswordFileTheServerIsReadOnlyAndListensWhereTold() throws Exception {
        Path db = dir.resolve("db2");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(FIXTURES.resolve("papers.trig")), n -> { });
        }
        PaperkgServer server = PaperkgServer.create(
                new PaperkgServer.Options(db, null, 0, dir.resolve("no-such-passwd"), 30_000, "127.0.0.1"), List.of());
        try {
            server.start();
            assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), server.baseUrl());
            assertFalse(server.writable());
            HttpResponse<String> r = post(server.baseUrl() + "/papers/update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                    "application/sparql-update", null);
            assertTrue(r.statusCode() >= 400, "update refused: " + r.statusCode());
            HttpResponse<String> q = get(server.baseUrl() + "/papers/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "application/sparql-results+json");
            assertEquals(200, q.statusCode());
        } finally {
            server.stop();
        }
    }

    private void runEverySavedQuery(QueryCatalogue catalogue, String endpoint) {
        Map<String, Map<String, String>> params = new HashMap<>();
        Map<String, Consumer<List<QuerySolution>>> checks = new HashMap<>();
        // Any case, any spacing: names are found by their look-up key.
        params.put("methods-for-task", Map.of("task", " Speech   RECOGNITION "));
        checks.put("methods-for-task", rows -> {
            assertEquals(2, rows.size());
            assertEquals("sparse routing transformer", str(rows.get(0), "label"));
            assertEquals(2, rows.get(0).getLiteral("papers").getInt());
        });
        params.put("datasets-for-task", Map.of("task", "table question answering"));
        checks.put("datasets-for-task", rows -> {
            assertEquals(1, rows.size());
            assertEquals("TabQA-Bench", str(rows.get(0), "label"));
            assertEquals(2, rows.get(0).getLiteral("papers").getInt());
        });
        params.put("papers-using-dataset", Map.of("dataset", "tabqa-bench"));
        checks.put("papers-using-dataset", rows -> {
            assertEquals(2, rows.size());
            assertEquals(PAPER + "2402.00005", rows.get(0).getResource("paper").getURI());
        });
        params.put("methods-proposed-for-task", Map.of("task", "Speech Recognition"));
        checks.put("methods-proposed-for-task", rows -> {
            assertEquals(1, rows.size());
            assertEquals(PAPER + "2401.00001", rows.get(0).getResource("paper").getURI());
        });
        checks.put("top-methods", rows -> {
            assertEquals(3, rows.size());
            assertEquals("sparse routing transformer", str(rows.get(0), "label"));
            assertEquals(3, rows.get(0).getLiteral("support").getInt());
        });
        params.put("top-tasks", Map.of("min_support", "2"));
        checks.put("top-tasks", rows -> assertEquals(2, rows.size()));
        checks.put("top-datasets", rows -> {
            assertEquals(4, rows.size());
            assertEquals("TabQA-Bench", str(rows.get(0), "label"));
        });
        params.put("method-task-cooccurrence", Map.of("min_papers", "2"));
        checks.put("method-task-cooccurrence", rows -> {
            assertEquals(1, rows.size());
            assertEquals("sparse routing transformer", str(rows.get(0), "methodLabel"));
            assertEquals("speech recognition", str(rows.get(0), "taskLabel"));
        });
        params.put("label-search", Map.of("text", "routing"));
        checks.put("label-search", rows -> {
            assertEquals(1, rows.size());
            assertEquals("sparse routing transformer", str(rows.get(0), "label"));
        });
        params.put("title-search", Map.of("text", "molecule"));
        checks.put("title-search", rows -> {
            assertEquals(1, rows.size());
            assertEquals(PAPER + "2302.00004", rows.get(0).getResource("paper").getURI());
        });
        params.put("entity-trend", Map.of("entity", "SRT"));
        checks.put("entity-trend", rows -> {
            assertEquals(1, rows.size());
            assertEquals("2024", str(rows.get(0), "year"));
            assertEquals(3, rows.get(0).getLiteral("papers").getInt());
        });
        params.put("paper-profile", Map.of("paper", PAPER + "2401.00001"));
        checks.put("paper-profile", rows -> {
            assertEquals(3, rows.size());
            rows.forEach(r -> assertNotNull(r.get("evidence"), "evidence for " + r));
        });
        params.put("entity-profile", Map.of("entity", "gdn"));
        checks.put("entity-profile", rows -> {
            assertEquals(1, rows.size());
            assertEquals("graph diffusion network", str(rows.get(0), "label"));
            assertEquals("GDN", str(rows.get(0), "aliases"));
        });
        // A paper by its arXiv id, with a version: resolved to its IRI.
        params.put("similar-papers", Map.of("paper", "arXiv:2401.00001v2"));
        checks.put("similar-papers", rows -> {
            assertEquals(2, rows.size());
            assertEquals(PAPER + "2401.00002", rows.get(0).getResource("other").getURI());
            assertEquals(2, rows.get(0).getLiteral("shared").getInt());
        });
        // Plural and hyphenated: resolved to "speech recognition".
        params.put("authors-for-task", Map.of("task", "Speech-Recognitions"));
        checks.put("authors-for-task", rows -> assertTrue(rows.size() <= 10, "authors " + rows));
        checks.put("graph-statistics", rows -> {
            QuerySolution r = rows.get(0);
            assertEquals(5, r.getLiteral("papers").getInt());
            assertEquals(3, r.getLiteral("methods").getInt());
            assertEquals(3, r.getLiteral("tasks").getInt());
            assertEquals(4, r.getLiteral("datasets").getInt());
            assertEquals(16, r.getLiteral("links").getInt());
            assertEquals(19, r.getLiteral("statements").getInt(), "16 link statements and 3 result statements");
            assertTrue(r.getLiteral("triples").getInt() > 100, "triples");
        });
        resultQueries(params, checks);
        assertTrue(catalogue.all().size() >= 12, "at least 12 saved queries");
        QueryRunner runner = QueryRunner.remote(endpoint);
        for (SavedQuery q : catalogue.all()) {
            Consumer<List<QuerySolution>> check = checks.get(q.name());
            if (check == null) {
                fail("No expected answer for saved query " + q.name());
            }
            ResultSetRewindable rs = runner.select(q, params.getOrDefault(q.name(), Map.of()));
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            try {
                check.accept(rows);
            } catch (AssertionError e) {
                throw new AssertionError("saved query " + q.name() + ": " + e.getMessage() + " rows=" + rows, e);
            }
        }
    }

    /** The result queries over the fixture's three VoxBank results (two scores, one improvement). */
    static void resultQueries(Map<String, Map<String, String>> params, Map<String, Consumer<List<QuerySolution>>> checks) {
        params.put("leaderboard", Map.of("dataset", "voxbank", "metric", "WER", "task", ""));
        checks.put("leaderboard", rows -> {
            assertEquals(2, rows.size(), "the improvement is no score");
            assertEquals("10.8", str(rows.get(0), "value"), "lower is better for an error rate");
            assertEquals(PAPER + "2401.00002", rows.get(0).getResource("paper").getURI());
            assertEquals("sparse routing transformer", str(rows.get(0), "methodLabel"));
            assertEquals("11.2", str(rows.get(1), "value"));
            assertEquals("test", str(rows.get(1), "split"), "the split the sentence names");
            assertFalse(rows.get(0).contains("split"), "none named");
        });
        params.put("sota-progress", Map.of("dataset", "VoxBank", "metric", "word error rate"));
        checks.put("sota-progress", rows -> {
            assertEquals(2, rows.size());
            assertEquals("11.2", str(rows.get(0), "value"));
            assertEquals("10.8", str(rows.get(1), "value"));
        });
        params.put("results-of-paper", Map.of("paper", PAPER + "2401.00001"));
        checks.put("results-of-paper", rows -> {
            assertEquals(2, rows.size());
            assertEquals("word error rate", str(rows.get(0), "metricLabel"));
            assertEquals("On the VoxBank test set SRT reaches 11.2% WER.", str(rows.get(0), "evidence"));
            assertEquals("test", str(rows.get(0), "split"));
            assertEquals("true", str(rows.get(1), "improvement"));
        });
        params.put("metrics-for-dataset", Map.of("dataset", "VoxBank"));
        checks.put("metrics-for-dataset", rows -> {
            assertEquals(1, rows.size());
            assertEquals(2, rows.get(0).getLiteral("results").getInt());
            assertEquals("10.8", str(rows.get(0), "best"));
        });
    }

    private static String str(QuerySolution r, String var) {
        return r.get(var).asLiteral().getLexicalForm();
    }

    private void checkDump(String url, String accept, Lang lang, long quads) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        DatasetGraph dsg = DatasetFactory.create().asDatasetGraph();
        try (InputStream in = new GZIPInputStream(r.body())) {
            RDFParser.source(in).lang(lang).parse(dsg);
        }
        assertEquals(quads, Iter.count(dsg.find()), "dump " + url);
    }

    private void checkVoidAndLandingPage(PaperkgServer server, QueryCatalogue catalogue) throws Exception {
        HttpResponse<String> v = get(server.baseUrl() + "/void", "text/turtle");
        assertEquals(200, v.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(v.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, m.createProperty(VoidServlet.VOID, "sparqlEndpoint"), m.createResource(server.sparqlUrl())));
        assertTrue(m.listObjectsOfProperty(m.createProperty(VoidServlet.VOID, "triples")).hasNext());
        assertTrue(m.listObjectsOfProperty(m.createProperty(VoidServlet.VOID, "dataDump")).hasNext());

        HttpResponse<String> home = get(server.baseUrl() + "/", "text/html");
        assertEquals(200, home.statusCode());
        for (SavedQuery q : catalogue.all()) {
            assertTrue(home.body().contains(LandingPageServlet.esc(q.title())), "landing page lists " + q.name());
        }
        assertTrue(home.body().contains("/dump/paperkg.nq.gz"));
        assertTrue(home.body().contains("id=\"leaderboards\""), "the landing page links the leaderboards");
        assertTrue(home.body().contains("<svg") && home.body().contains("<path d=\"M"), "with a chart drawn on the server");
        assertTrue(home.body().contains("leaderboards?dataset=VoxBank&amp;metric=word+error+rate"), home.body());
        HttpResponse<String> board = get(server.baseUrl() + "/leaderboards?dataset=VoxBank&metric=word+error+rate", "text/html");
        assertEquals(200, board.statusCode());
        assertTrue(board.body().contains("<svg") && board.body().contains("10.8%"), board.body());
        assertTrue(board.body().contains("<td>VoxBank (test)</td>"), "the split beside the dataset: " + board.body());
        assertEquals(404, get(server.baseUrl() + "/$/datasets", "application/json").statusCode(), "no admin API");
    }

    private void checkUpdateNeedsCredentials(PaperkgServer server) throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"x\" } }";
        String url = server.baseUrl() + "/papers/update";
        assertEquals(401, post(url, update, "application/sparql-update", null).statusCode());
        assertEquals(401, post(url, update, "application/sparql-update", "writer:wrong").statusCode());
        int ok = post(url, update, "application/sparql-update", "writer:s3cret").statusCode();
        assertTrue(ok == 200 || ok == 204, "update with credentials: " + ok);
        // The public endpoints accept no update.
        int open = post(server.baseUrl() + "/papers", update, "application/sparql-update", null).statusCode();
        assertTrue(open >= 400, "update on the service root: " + open);
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query("ASK { GRAPH <urn:test:g> { ?s ?p ?o } }").build()) {
            assertTrue(qe.execAsk());
        }
    }

    private void checkLongQueryIsCancelled(String endpoint) {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        long start = System.nanoTime();
        org.apache.jena.sparql.engine.http.QueryExceptionHTTP e = assertThrows(
                org.apache.jena.sparql.engine.http.QueryExceptionHTTP.class, () -> {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(heavy).build()) {
                qe.execSelect().forEachRemaining(r -> { });
            }
        });
        assertEquals(503, e.getStatusCode(), "Fuseki answers a cancelled query with 503: " + e.getMessage());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 60, "cancelled after " + seconds + " s");
        // The service is still there.
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query("ASK { ?s ?p ?o }").build()) {
            assertTrue(qe.execAsk());
        }
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body, String type, String userPass) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (userPass != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
