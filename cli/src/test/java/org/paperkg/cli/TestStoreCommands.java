package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStoreCommands {

    static final Path FIXTURE = Path.of("../store/src/test/resources/fixtures/papers.trig");

    @TempDir
    Path dir;

    /** Runs the command line, returning exit code and stdout. */
    private static Object[] run(String... args) {
        return capture(false, args);
    }

    /** Runs the command line, returning exit code and stderr. */
    private static Object[] runErr(String... args) {
        return capture(true, args);
    }

    private static Object[] capture(boolean stderr, String... args) {
        PrintStream old = stderr ? System.err : System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream to = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        if (stderr) {
            System.setErr(to);
        } else {
            System.setOut(to);
        }
        try {
            int code = PaperkgCommand.commandLine().execute(args);
            return new Object[] {code, bytes.toString(StandardCharsets.UTF_8)};
        } finally {
            if (stderr) {
                System.setErr(old);
            } else {
                System.setOut(old);
            }
        }
    }

    @Test
    void loadQueryDump() throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("load", FIXTURE.toString(), "--db", db)[0]);
        Object[] q = run("query", "top-methods", "--db", db, "--format", "csv", "--queries", "../queries");
        assertEquals(0, q[0]);
        assertTrue(((String) q[1]).startsWith("method,label,support"), (String) q[1]);
        assertTrue(((String) q[1]).contains("sparse routing transformer,3"), (String) q[1]);

        Object[] bound = run("query", "entity-trend", "--db", db, "-p", "entity=GDN", "--format", "tsv", "--queries", "../queries");
        assertTrue(((String) bound[1]).contains("\"2023\"\t1"), (String) bound[1]);

        Object[] board = run("query", "leaderboard", "--db", db, "-p", "dataset=VoxBank", "-p", "metric=WER",
                "--format", "csv", "--queries", "../queries");
        assertEquals(0, board[0]);
        assertTrue(((String) board[1]).lines().skip(1).findFirst().orElse("").startsWith("word error rate,10.8,%,"),
                (String) board[1]);
        Object[] progress = run("query", "sota-progress", "--db", db, "-p", "dataset=VoxBank", "-p",
                "metric=word error rate", "--format", "csv", "--queries", "../queries");
        assertEquals(3, ((String) progress[1]).lines().count(), (String) progress[1]);
        Object[] metrics = run("query", "metrics-for-dataset", "--db", db, "-p", "dataset=VoxBank", "--format", "csv",
                "--queries", "../queries");
        assertTrue(((String) metrics[1]).contains("word error rate"), (String) metrics[1]);
        Object[] ofPaper = run("query", "results-of-paper", "--db", db, "-p",
                "paper=https://w3id.org/paperkg/resource/paper/2401.00001", "--format", "csv", "--queries", "../queries");
        assertEquals(3, ((String) ofPaper[1]).lines().count(), (String) ofPaper[1]);

        Path out = dir.resolve("dump.nq.gz");
        assertEquals(0, run("dump", "--db", db, "--out", out.toString())[0]);
        DatasetGraph dsg = DatasetFactory.create().asDatasetGraph();
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        long dumped = Iter.count(dsg.find());
        assertEquals(0, run("load", FIXTURE.toString(), "--db", db)[0]);
        Path out2 = dir.resolve("dump2.nq");
        assertEquals(0, run("dump", "--db", db, "--out", out2.toString())[0]);
        assertEquals(dumped, Files.readAllLines(out2).stream().filter(l -> !l.isBlank()).count(), "reload changes nothing");
    }

    @Test
    void listingsAreBuiltThenLoadedAndRejectsGiveExitCode2() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.jsonl"), "{\"arxiv_id\": \"2409.00042\", \"title\": \"Gradient Sketching for Federated "
                + "Training\", \"summary\": \"We propose gradient sketching, a method for federated learning that compresses "
                + "client updates. On the CommonFed dataset it halves traffic.\", \"published\": \"2024-09-02\"}\n");
        Files.write(in.resolve("junk.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0});
        String db = dir.resolve("db").toString();
        assertEquals(2, run("load", in.toString(), "--db", db, "--threads", "1")[0]);
        Object[] q = run("query", "graph-statistics", "--db", db, "--format", "csv", "--queries", "../queries");
        assertTrue(((String) q[1]).lines().skip(1).findFirst().orElse("").startsWith("1,"), (String) q[1]);
    }

    @Test
    void errorsAreOneSentence() {
        assertEquals(1, run("query", "no-such-query", "--db", dir.toString(), "--queries", "../queries")[0]);
        assertEquals(1, run("dump", "--db", dir.resolve("none").toString(), "--out", dir.resolve("x.nq").toString())[0]);
        assertEquals(1, run("load", dir.resolve("missing.nq").toString(), "--db", dir.resolve("db").toString())[0]);
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        Object[] r = runErr();
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("Usage: paperkg"), (String) r[1]);
    }

    @Test
    void unreachableEndpointIsOnePlainSentence() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/papers/sparql";
        Object[] q = runErr("query", "methods-for-task", "--endpoint", endpoint, "--queries", "../queries");
        assertEquals(1, q[0]);
        String err = (String) q[1];
        assertTrue(err.contains("connection refused"), err);
        assertTrue(err.lines().allMatch(l -> l.length() < 200), err);
        Object[] d = runErr("dump", "--endpoint", endpoint, "--out", dir.resolve("x.nq").toString());
        assertEquals(1, d[0]);
        assertTrue(((String) d[1]).contains("connection refused"), (String) d[1]);
    }

    @Test
    void upChecksThePortBeforeAnyWork() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());
            Object[] r = runErr("up", dir.resolve("no-such-listings").toString(), "--db", dir.resolve("db").toString(),
                    "--port", port, "--host", "127.0.0.1");
            assertEquals(1, r[0]);
            assertTrue(((String) r[1]).contains("Port " + port + " is in use"), (String) r[1]);
        }
    }

    @Test
    void listShowsEveryQuery() {
        Object[] r = run("query", "--list", "--queries", "../queries");
        assertEquals(0, r[0]);
        assertTrue(((String) r[1]).contains("methods-for-task"));
        assertTrue(((String) r[1]).contains("--param task="));
    }

    @Test
    void foldersExpandWithoutHiddenFiles() throws Exception {
        Files.writeString(dir.resolve("a.nq"), "");
        Files.writeString(dir.resolve(".hidden.nq"), "");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.trig"), "");
        assertEquals(List.of(dir.resolve("a.nq"), dir.resolve("sub/b.trig")), LoadCommand.expand(List.of(dir), p -> { }));
    }
}
