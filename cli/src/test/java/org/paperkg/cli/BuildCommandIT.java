package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.paperkg.rdf.ShapesValidator;

/** {@code paperkg build} end to end on a small listing written for this test (loads CoreNLP, hence an IT). */
class BuildCommandIT {

    @TempDir
    Path dir;

    static Path fixture() throws URISyntaxException {
        return Path.of(BuildCommandIT.class.getResource("/build/papers.jsonl").toURI());
    }

    @Test
    void buildsAValidatedNQuadsFile() throws Exception {
        Path out = dir.resolve("kg.nq.gz");
        StringWriter err = new StringWriter();
        CommandLine cli = PaperkgCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", fixture().toString(), "--out", out.toString(), "--validate", "--threads", "1");
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(err.toString().contains("papers:"), err.toString());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(back);
        }
        assertEquals(List.of(), ShapesValidator.packaged().validate(back));
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }

    @Test
    void rejectedInputGivesExitCodeTwoAndARejectsFile() throws Exception {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, Files.readString(fixture()) + "{\"id\": \"2305.33333\", \"title\": \n");
        Path out = dir.resolve("kg.ttl");
        Path rejects = dir.resolve("rejects.txt");
        StringWriter err = new StringWriter();
        CommandLine cli = PaperkgCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", broken.toString(), "--out", out.toString(), "--rejects", rejects.toString(),
                "--threads", "1");
        assertEquals(ExitCodes.REJECTED, code, err.toString());
        assertTrue(err.toString().contains("broken.jsonl:3"), err.toString());
        assertTrue(Files.readString(rejects).contains("broken.jsonl:3"), Files.readString(rejects));
        assertTrue(Files.size(out) > 0);
    }
}
