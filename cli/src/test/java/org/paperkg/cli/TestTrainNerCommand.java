package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTrainNerCommand {

    @TempDir
    static Path tmp;

    static Path train;

    /** Invented sentences in the tab shape with BIOES tags: "We use a {method} for {task} ." */
    @BeforeAll
    static void writeFixture() throws IOException {
        String[][] methods = {{"folded", "graph", "net"}, {"sparse", "ripple", "encoder"}, {"twin", "kernel", "machine"},
                              {"soft", "lattice", "parser"}};
        String[][] tasks = {{"tide", "forecasting"}, {"moss", "detection"}, {"glyph", "recognition"}};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append("We\tO\nuse\tO\na\tO\n");
            String[] m = methods[i % methods.length];
            sb.append(m[0]).append("\tB-METHOD\n").append(m[1]).append("\tI-METHOD\n").append(m[2]).append("\tE-METHOD\n");
            sb.append("for\tO\n");
            String[] t = tasks[i % tasks.length];
            sb.append(t[0]).append("\tB-RESEARCH_PROBLEM\n").append(t[1]).append("\tE-RESEARCH_PROBLEM\n");
            sb.append(".\tO\n\n");
        }
        train = tmp.resolve("train.data");
        Files.writeString(train, sb.toString(), StandardCharsets.UTF_8);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = PaperkgCommand.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void trainsThenEvaluates() {
        Path model = tmp.resolve("m.ser.gz");
        Run r = run("train-ner", "--conll", train.toString(), "--out", model.toString(), "--eval", train.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(Files.exists(model));
        assertTrue(r.err().contains("Trained on 24 sentences"), r.err());
        assertTrue(r.err().contains("method 24, task 24, dataset 0"), r.err());
        assertTrue(r.out().contains("task+method"), r.out());

        Run again = run("train-ner", "--model", model.toString(), "--eval", train.toString());
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertTrue(again.out().contains("CRF on the rebuilt text"), again.out());
    }

    @Test
    void withRulesScoresTheCombinationOrSaysTheRulesAreMissing() {
        Path model = tmp.resolve("m5.ser.gz");
        assertEquals(ExitCodes.OK, run("train-ner", "--conll", train.toString(), "--out", model.toString()).exit());
        Run r = run("train-ner", "--model", model.toString(), "--eval", train.toString(), "--with-rules");
        boolean rulesPresent;
        try {
            Class.forName("org.paperkg.mentions.RuleMentionExtractor");
            rulesPresent = true;
        } catch (ClassNotFoundException e) {
            rulesPresent = false;
        }
        if (rulesPresent) {
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            assertTrue(r.out().contains("rules + CRF"), r.out());
            assertTrue(r.out().contains("CRF, then rules"), r.out());
        } else {
            assertEquals(ExitCodes.FAILURE, r.exit(), r.err());
            assertTrue(r.err().contains("needs the rule extractor"), r.err());
            assertTrue(r.out().contains("CRF on the rebuilt text"), r.out()); // the CRF figures came first
        }
    }

    @Test
    void badTrainingFileIsSkippedAndReported() throws IOException {
        Path bad = tmp.resolve("bad.data");
        Files.writeString(bad, "word\tO\nlonely\n");
        Path model = tmp.resolve("m2.ser.gz");
        Run r = run("train-ner", "--conll", bad.toString(), train.toString(), "--out", model.toString());
        assertEquals(ExitCodes.REJECTED, r.exit(), r.err());
        assertTrue(r.err().contains("bad.data:2"), r.err());
        assertTrue(Files.exists(model));
    }

    @Test
    void failures() throws IOException {
        Path bad = tmp.resolve("only-bad.data");
        Files.writeString(bad, "lonely\n");
        Run r = run("train-ner", "--conll", bad.toString(), "--out", tmp.resolve("m3.ser.gz").toString());
        assertEquals(ExitCodes.FAILURE, r.exit(), r.err());
        assertFalse(Files.exists(tmp.resolve("m3.ser.gz")));

        r = run("train-ner", "--conll", train.toString(), "--out", tmp.resolve("m4.ser.gz").toString(),
                "--labels", "Metric=method");
        assertEquals(ExitCodes.FAILURE, r.exit(), r.err());
        assertTrue(r.err().contains("no span of the mapped types"), r.err());

        r = run("train-ner", "--model", tmp.resolve("missing.ser.gz").toString(), "--eval", train.toString());
        assertEquals(ExitCodes.FAILURE, r.exit(), r.err());
        assertTrue(r.err().contains("missing.ser.gz"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
