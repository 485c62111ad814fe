package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TestSparkBuildMain {

    @Test
    void aSparkSettingWithoutValueIsRefusedBeforeSparkStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SparkBuildMain()).setErr(new PrintWriter(err));
        int code = cli.execute("papers.jsonl", "--out", "parts", "--conf", "spark.eventLog.enabled");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--conf takes KEY=VALUE, not 'spark.eventLog.enabled'"), err.toString());
    }
}
