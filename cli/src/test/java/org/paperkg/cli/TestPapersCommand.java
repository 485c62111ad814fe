package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code paperkg papers}: JSON on stdout only, problems and summary on stderr, exit codes, {@code --rejects}. */
class TestPapersCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, List<String> stdout, String stderr) {
    }

    private static Run run(String... args) {
        CommandLine cli = PaperkgCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = cli.execute(args);
        } finally {
            System.setOut(saved);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, stdout.isEmpty() ? List.of() : List.of(stdout.split("\n")), err.toString());
    }

    private Path listings() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"),
                "{\"arxiv_id\": \"2401.00001v2\", \"title\": \"Invented Paper One\", \"authors\": \"Ann Bee, Cy Dee\", "
                        + "\"year\": 2024, \"abstract\": \"An invented abstract about caf\u00e9 tables.\"}\n"
                        + "{\"arxiv_id\": \"2401.00001\", \"title\": \"Invented Paper One\", \"abstract\": \"Again.\"}\n"
                        + "{\"title\": \"Invented Paper Two\", \"abstract\": \"Another invented abstract.\"}\n");
        return in;
    }

    @Test
    void printsOneJsonObjectPerPaperAndExitsZero() throws Exception {
        Run r = run("papers", listings().toString());
        assertEquals(ExitCodes.OK, r.exit(), r.stderr());
        assertEquals(2, r.stdout().size());
        JsonNode first = JSON.readTree(r.stdout().get(0));
        assertEquals("2401.00001", first.get("key").asText());
        assertEquals("Invented Paper One", first.get("title").asText());
        assertEquals("An invented abstract about caf\u00e9 tables.", first.get("abstract").asText());
        assertEquals(2, first.get("authorCount").asInt());
        assertEquals("2024", first.get("date").asText());
        assertEquals(2, first.get("origins").size());
        assertEquals(2, first.get("origins").get(1).get("line").asInt());
        assertTrue(first.get("origins").get(0).get("file").asText().endsWith("a.jsonl"));
        assertEquals(false, first.get("truncated").asBoolean());
        assertTrue(!first.has("doi"), "nulls are left out");
        assertTrue(JSON.readTree(r.stdout().get(1)).get("key").asText().startsWith("title:"));
        assertEquals("paperkg papers: 1 files, 3 records, 2 papers, 1 merged duplicates, 0 rejected\n", r.stderr());
    }

    @Test
    void rejectedInputGivesExitTwoOneLineEachAndARejectsFile() throws Exception {
        Path in = listings();
        Files.writeString(in.resolve("b.jsonl"), "{\"title\": \"Invented Paper Three\"}\n{broken\n");
        Files.write(in.resolve("c.bin"), new byte[] {1, 0, 2, 0, 3});
        Files.write(in.resolve("d.txt"), new byte[0]);
        Path rejects = dir.resolve("rejects.jsonl");
        Run r = run("papers", in.toString(), "--rejects", rejects.toString());
        assertEquals(ExitCodes.REJECTED, r.exit(), r.stderr());
        assertEquals(3, r.stdout().size(), "everything accepted is printed");
        for (String line : r.stdout()) {
            JSON.readTree(line); // stdout holds only JSON
        }
        String[] err = r.stderr().split("\n");
        assertEquals(4, err.length, r.stderr());
        assertTrue(err[0].startsWith(in.resolve("b.jsonl") + ":2: record 2 is not valid JSON"), err[0]);
        assertEquals(in.resolve("c.bin") + ":0: the file is a binary file, not a listing", err[1]);
        assertEquals(in.resolve("d.txt") + ":0: the file is empty", err[2]);
        assertEquals("paperkg papers: 4 files, 4 records, 3 papers, 1 merged duplicates, 3 rejected", err[3]);
        List<String> rejected = Files.readAllLines(rejects);
        assertEquals(3, rejected.size());
        JsonNode first = JSON.readTree(rejected.get(0));
        assertEquals(in.resolve("b.jsonl").toString(), first.get("file").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals(2, first.get("record").asInt());
        assertTrue(first.get("message").asText().startsWith("record 2 is not valid JSON"));
    }

    @Test
    void missingPathIsAFailure() {
        Path missing = dir.resolve("nowhere");
        Run r = run("papers", missing.toString());
        assertEquals(ExitCodes.FAILURE, r.exit());
        assertEquals(List.of(), r.stdout());
        assertTrue(r.stderr().startsWith("paperkg papers: no such file or folder: " + missing + "\n"), r.stderr());
    }
}
