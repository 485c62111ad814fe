package org.paperkg.server.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.server.PaperkgServer;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

/**
 * A slow query whose client closes its connection is stopped soon after, long before the timeout, and the server
 * answers the next queries. The timeout here is 10 minutes, so only the disconnect can stop the query within the
 * bound. {@code -Dpaperkg.reliability.rounds=N} repeats it (the long form of the reliability suite).
 */
class ClientDisconnectIT {

    static final long TIMEOUT_MS = 600_000;
    /** Generous: the server looks at a running query's connection every quarter second. */
    static final long BOUND_MS = 15_000;
    static final int ROUNDS = Integer.getInteger("paperkg.reliability.rounds", 1);

    @TempDir
    static Path dir;

    static PaperkgServer server;

    @BeforeAll
    static void start() {
        Path db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(Path.of("src/test/resources/fixtures/papers.trig")), n -> { });
        }
        server = PaperkgServer.create(new PaperkgServer.Options(db, null, 0, null, TIMEOUT_MS, "127.0.0.1"), List.of())
                .start();
        HostileRequestsIT.server = server;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        HostileRequestsIT.server = null;
    }

    @Test
    void aQueryWhoseClientLeavesIsStopped() throws Exception {
        String text = "a".repeat(63) + "b";
        List<String> slow = List.of(
                // a backtracking regular expression: one match never returns to Jena's iterators
                "SELECT * WHERE { VALUES ?x { \"" + text + "\" } FILTER(REGEX(?x, \"^(.*a){12}$\")) }",
                // a huge grouping and sort: no row is written before the end, so no write notices the client left
                "SELECT ?c (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } GROUP BY ?c "
                        + "ORDER BY DESC(MD5(CONCAT(STR(?c), STR(COUNT(*)))))");
        long expected = server.queriesStoppedOnDisconnect();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : slow) {
                try (Socket client = new Socket("127.0.0.1", server.port())) {
                    OutputStream out = client.getOutputStream();
                    out.write(("GET /" + server.service() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(1_000); // the query is running
                }
                expected++;
                long start = System.nanoTime();
                while (server.queriesStoppedOnDisconnect() < expected && (System.nanoTime() - start) / 1_000_000 < BOUND_MS) {
                    Thread.sleep(50);
                }
                assertEquals(expected, server.queriesStoppedOnDisconnect(), "stopped after the client left: " + q);
                HostileRequestsIT.assertIdle();
                assertEquals(200, HostileRequestsIT.query("ASK { ?s ?p ?o }", null).statusCode(), "later queries work");
            }
        }
        // A query whose client stays gets its answer and is not counted.
        assertTrue(HostileRequestsIT.query("SELECT * WHERE { ?s ?p ?o } LIMIT 3", null).body().lines().count() == 4);
        assertEquals(expected, server.queriesStoppedOnDisconnect());
    }
}
