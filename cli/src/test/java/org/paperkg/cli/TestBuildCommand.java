package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Argument checks of {@code paperkg build}: they fail before any extraction starts. */
class TestBuildCommand {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = PaperkgCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void unknownExtensionIsAFailureWithAPlainMessage() {
        StringWriter err = new StringWriter();
        int code = run(err, "build", dir.toString(), "--out", dir.resolve("kg.rdf").toString());
        assertEquals(ExitCodes.FAILURE, code);
        assertTrue(err.toString().contains("Cannot tell the RDF format from"), err.toString());
        assertFalse(Files.exists(dir.resolve("kg.rdf")));
    }

    @Test
    void unknownFormatOptionIsAFailure() {
        StringWriter err = new StringWriter();
        int code = run(err, "build", dir.toString(), "--out", dir.resolve("kg.nq").toString(), "--format", "rdfxml");
        assertEquals(ExitCodes.FAILURE, code);
        assertTrue(err.toString().contains("Unknown --format rdfxml"), err.toString());
    }

    @Test
    void missingVocabularyIsAFailure() {
        StringWriter err = new StringWriter();
        int code = run(err, "build", dir.toString(), "--out", dir.resolve("kg.nq").toString(),
                "--vocabulary", dir.resolve("nope.tsv").toString());
        assertEquals(ExitCodes.FAILURE, code);
        assertTrue(err.toString().contains("nope.tsv"), err.toString());
    }

    @Test
    void helpExplainsFormatsAndJsonLdMemory() {
        StringWriter out = new StringWriter();
        CommandLine cli = PaperkgCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("build", "--help"));
        assertTrue(out.toString().contains("collected in memory"), out.toString());
        assertTrue(out.toString().contains("--ner-model"), out.toString());
    }
}
