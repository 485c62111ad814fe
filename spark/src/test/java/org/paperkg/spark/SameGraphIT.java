package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperkg.listings.PaperSource;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.pipeline.GraphBuilder;

/**
 * Builds the same listings with the single-JVM engine and with Spark (local mode, two cores) and checks that the two
 * datasets are isomorphic graph by graph: the same papers, links, entities, labels, support and provenance.
 */
class SameGraphIT {

    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SameGraphIT")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void examplesGiveTheSameGraph() throws IOException {
        assertSameGraph(List.of(project().resolve("examples")), true);
    }

    /** --extractor rules: the rule extractor alone, on both engines. */
    @Test
    void examplesWithTheRulesGiveTheSameGraph() throws IOException {
        assertSameGraph(List.of(project().resolve("examples")), false, ExtractorChoice.RULES);
    }

    /** The same papers twice, once without ids and read first: records of a paper join on the title. */
    @Test
    void recordsOfOnePaperMergeAsOnOneMachine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        List<String> lines = Files.readAllLines(project().resolve("examples/papers.jsonl"));
        Files.write(dir.resolve("b-with-ids.jsonl"), lines);
        ObjectMapper json = new ObjectMapper();
        List<String> withoutIds = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() / 2)) {
            ObjectNode o = (ObjectNode) json.readTree(line);
            o.remove(List.of("arxiv_id", "id", "url", "pdf_url", "doi"));
            withoutIds.add(o.toString());
        }
        Files.write(dir.resolve("a-titles-only.jsonl"), withoutIds);
        assertSameGraph(List.of(dir), false);
    }

    @Test
    void seedsGiveTheSameGraph() throws IOException {
        Path seeds = shared("seeds");
        assertSameGraph(List.of(seeds), false);
    }

    @Test
    void thousandArxivDailyPapersGiveTheSameGraph() throws IOException {
        Path daily = shared("data/arxiv-daily");
        assertSameGraph(firstFilesWithPapers(daily, 1000), false);
    }

    private void assertSameGraph(List<Path> inputs, boolean ontology) throws IOException {
        assertSameGraph(inputs, ontology, ExtractorChoice.LEARNED);
    }

    private void assertSameGraph(List<Path> inputs, boolean ontology, ExtractorChoice extractor) throws IOException {
        DatasetGraph single = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(single);
        out.start();
        BuildSummary expected = new GraphBuilder(new BuildOptions(null, null, 2, ontology, extractor))
                .build(inputs, out, p -> { }, n -> { });
        out.finish();

        Path parts = tmp.resolve("parts");
        List<String> paths = inputs.stream().map(p -> p.toAbsolutePath().toString()).toList();
        SparkGraphBuild.Result result = new SparkGraphBuild(
                new SparkBuildOptions(paths, parts.toString(), null, null, 0, ontology, extractor)).run(sc);
        DatasetGraph spark = DatasetGraphFactory.createGeneral();
        try (Stream<Path> files = Files.list(parts)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).sorted().toList()) {
                RDFDataMgr.read(spark, f.toString());
            }
        }

        BuildSummary actual = result.summary();
        assertEquals(expected.papers(), actual.papers(), "papers");
        assertEquals(expected.links(), actual.links(), "links per relation");
        assertEquals(expected.entities(), actual.entities(), "entities per type");
        assertEquals(expected.quads(), actual.quads(), "quads");
        assertEquals(graphNames(single), graphNames(spark), "named graphs");
        List<String> differing = new ArrayList<>();
        single.listGraphNodes().forEachRemaining(g -> {
            if (!single.getGraph(g).isIsomorphicWith(spark.getGraph(g))) {
                differing.add(g.getURI());
            }
        });
        assertEquals(List.of(), differing, "graphs that differ");
        assertTrue(single.getDefaultGraph().isIsomorphicWith(spark.getDefaultGraph()), "default graph");
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    /** The first listing files of {@code dir}, in name order, that hold at least {@code papers} papers. */
    private static List<Path> firstFilesWithPapers(Path dir, int papers) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Path> chosen = new ArrayList<>();
        for (Path f : all) {
            chosen.add(f);
            try (PaperSource source = PaperSource.open(chosen); Stream<?> s = source.papers()) {
                if (source.summary().papers() >= papers) {
                    break;
                }
            }
        }
        return chosen;
    }

    private static Path project() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static Path shared(String sub) {
        Path dir = project().resolve("../shared").resolve(sub).normalize();
        assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " is absent (corpus tests need ../shared beside the project)");
        return dir;
    }
}
