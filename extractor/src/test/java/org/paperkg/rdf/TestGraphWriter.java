package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestGraphWriter {

    @TempDir
    Path dir;

    private static DatasetGraph sample() {
        return TestPaperGraphMapper.build(List.of(RdfFixtures.paperA(), RdfFixtures.paperB()),
                List.of(RdfFixtures.linksA(), RdfFixtures.linksB()));
    }

    private static void write(DatasetGraph dsg, GraphWriter w) throws IOException {
        try (w) {
            var s = w.stream();
            dsg.find().forEachRemaining(s::quad);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.nq", "out.trig", "out.jsonld", "out.nq.gz", "out.trig.gz", "out.jsonld.gz"})
    void quadFormatsKeepTheNamedGraphs(String name) throws Exception {
        DatasetGraph dsg = sample();
        Path file = dir.resolve(name);
        write(dsg, GraphWriter.open(file, null));
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(OutputFormat.forFile(file).lang()).parse(back);
        }
        assertTrue(IsoMatcher.isomorphic(dsg, back), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.nt", "out.ttl", "out.ttl.gz"})
    void tripleFormatsWriteTheUnion(String name) throws Exception {
        DatasetGraph dsg = sample();
        Path file = dir.resolve(name);
        write(dsg, GraphWriter.open(file, null));
        Graph back = GraphFactory.createDefaultGraph();
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(OutputFormat.forFile(file).lang()).parse(back);
        }
        Graph union = GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(union::add);
        assertTrue(IsoMatcher.isomorphic(union, back), name);
        assertEquals(List.of(), ShapesValidator.packaged().validate(back));
        if (name.endsWith(".nt")) {
            // entity descriptions shared by paper graphs are written once
            long lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
            assertEquals(union.size(), lines);
        }
    }

    @Test
    void formatOptionOverridesTheExtension() throws Exception {
        Path file = dir.resolve("graph.out");
        write(sample(), GraphWriter.open(file, OutputFormat.NQUADS));
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(OutputFormat.NQUADS.lang()).parse(back);
        assertTrue(IsoMatcher.isomorphic(sample(), back));
    }

    @Test
    void unknownExtensionIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> GraphWriter.open(dir.resolve("graph.rdf"), null));
        assertTrue(e.getMessage().contains("graph.rdf"), e.getMessage());
        assertNull(OutputFormat.forFile(Path.of("x.txt.gz")));
        assertEquals(OutputFormat.TURTLE, OutputFormat.byName("Turtle"));
        assertEquals(OutputFormat.JSONLD, OutputFormat.forFile(Path.of("A.JSONLD.GZ")));
    }

    @Test
    void countsWhatItWrites() throws Exception {
        DatasetGraph dsg = sample();
        GraphWriter w = GraphWriter.open(dir.resolve("c.nq"), null);
        write(dsg, w);
        assertEquals(dsg.stream().count(), w.count());
    }
}
