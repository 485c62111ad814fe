package org.paperkg.server.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.server.PaperkgServer;
import org.paperkg.server.auth.Pbkdf2Credential;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

/**
 * Daily updates while serving: a writer replaces paper graphs through {@code /$/load} batch after batch while readers
 * query; no reader ever sees a paper graph with parts of two versions, and the text index follows.
 * {@code -Dpaperkg.reliability.rounds=N} runs more batches (the long form).
 */
class LiveLoadIT {

    static final String PAPER = "https://w3id.org/paperkg/resource/paper/live-";
    static final int PAPERS = 20;
    static final int ROUNDS = 6 * Integer.getInteger("paperkg.reliability.rounds", 1);

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void readersNeverSeeAHalfUpdatedPaper() throws Exception {
        Path db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(Path.of("src/test/resources/fixtures/papers.trig")), n -> { });
        }
        Path passwd = Files.writeString(dir.resolve("passwd"), "writer: " + Pbkdf2Credential.hash("s3cret".toCharArray()) + "\n");
        PaperkgServer server = PaperkgServer.create(
                new PaperkgServer.Options(db, null, 0, passwd, 30_000, "127.0.0.1"), List.of()).start();
        String load = server.baseUrl() + LiveLoadServlet.PATH;
        try {
            assertEquals(401, post(load, batch(1), null).statusCode(), "no credentials");
            assertEquals(401, post(load, batch(1), "writer:wrong").statusCode(), "wrong password");

            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            AtomicLong reads = new AtomicLong();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Thread t = new Thread(() -> {
                    while (!done.get()) {
                        try {
                            String mixed = query(server, "SELECT ?g WHERE { GRAPH ?g { ?g <urn:live:version> ?v . "
                                    + "?g <urn:live:item> ?i FILTER(!STRSTARTS(?i, ?v)) } } LIMIT 1");
                            String counts = query(server, "SELECT ?g ?v (COUNT(?i) AS ?n) WHERE { GRAPH ?g { "
                                    + "?g <urn:live:version> ?v . ?g <urn:live:item> ?i } } GROUP BY ?g ?v");
                            reads.incrementAndGet();
                            if (mixed.strip().split("\n").length > 1) {
                                seen.add("a graph mixing two versions: " + mixed);
                            }
                            for (String line : counts.strip().split("\n")) {
                                String[] f = line.split(",");
                                if (f.length == 3 && f[1].matches("v\\d+")) {
                                    int version = Integer.parseInt(f[1].substring(1));
                                    if (Integer.parseInt(f[2].strip()) != items(version)) {
                                        seen.add("a partial paper: " + line);
                                    }
                                }
                            }
                        } catch (Exception e) {
                            seen.add("reader failed: " + e);
                        }
                    }
                });
                t.start();
                readers.add(t);
            }
            for (int version = 1; version <= ROUNDS; version++) {
                HttpResponse<String> r = post(load, batch(version), "writer:s3cret");
                assertEquals(200, r.statusCode(), r.body());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"graphsWritten\":(\\d+)").matcher(r.body());
                // Every test paper changed; which other graphs a reload rewrites is TestPaperStore's business.
                assertTrue(m.find() && Integer.parseInt(m.group(1)) >= PAPERS, r.body());
            }
            done.set(true);
            for (Thread t : readers) {
                t.join();
            }
            assertEquals(List.of(), List.copyOf(seen));
            assertTrue(reads.get() > 0);
            System.out.println("LiveLoadIT: " + ROUNDS + " batches of " + PAPERS + " papers beside 3 readers, " + reads.get() + " consistent reads");
            String text = query(server, "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                    + "SELECT ?s WHERE { ?s text:query (dcterms:title \"quokka\") }");
            assertEquals(PAPERS, text.strip().split("\n").length - 1, "the text index holds the new titles: " + text);
            String v = query(server, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?g <urn:live:version> ?v } }");
            assertEquals("v\nv" + ROUNDS, v.strip().replace("\r", ""));
        } finally {
            server.stop();
        }
    }

    static int items(int version) {
        return 3 + version % 4;
    }

    /** Version {@code v} of every test paper, as N-Quads: its items are all marked with the version. */
    static String batch(int v) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < PAPERS; p++) {
            String g = "<" + PAPER + p + ">";
            b.append(g).append(" <http://purl.org/dc/terms/title> \"Quokka routing number ").append(p).append("\" ").append(g).append(" .\n");
            b.append(g).append(" <urn:live:version> \"v").append(v).append("\" ").append(g).append(" .\n");
            for (int i = 0; i < items(v); i++) {
                b.append(g).append(" <urn:live:item> \"v").append(v).append("-").append(i).append("\" ").append(g).append(" .\n");
            }
        }
        return b.toString();
    }

    String query(PaperkgServer server, String q) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    HttpResponse<String> post(String url, String body, String userPass) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/n-quads")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (userPass != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
