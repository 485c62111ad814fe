package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.paperkg.listings.PaperSource;
import org.paperkg.papers.PaperRecord;
import org.junit.jupiter.api.io.TempDir;

/** Annotation files still being written: a partial last line is reported and skipped (invented papers). */
class TestTrainingSources {

    @Test
    void aPartialAnnotationLineIsSkippedWithAWarning(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("papers.jsonl");
        Files.writeString(corpus, """
                {"id": "2501.00001", "title": "Zorblat for Quillion Parsing", "abstract": "We propose Zorblat."}
                {"id": "2501.00002", "title": "Frobbing Snarks", "abstract": "We frob snarks on SnarkSet."}
                """);
        Path annotations = tmp.resolve("train-9.jsonl");
        Files.writeString(annotations, """
                {"id": "2501.00001", "methods": [{"name": "Zorblat", "aliases": [], "proposed": true}], "tasks": [], "datasets": []}
                {"id": "2501.00002", "methods": [{"name": "frob
                """);
        List<String> problems = new ArrayList<>();
        List<AnnotatedText> texts = TrainingSources.annotations(List.of(annotations), List.of(corpus),
                tmp, Set.of(), problems::add);
        assertEquals(1, texts.size());
        assertEquals("2501.00001", texts.get(0).id());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("train-9.jsonl:2") && problems.get(0).contains("skipped"),
                problems.get(0));
    }

    @Test
    void aPapersWithCodeIdReadsItsAbstractFromCsNer(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("papers.jsonl");
        Files.writeString(corpus, "{\"id\": \"2501.00001\", \"title\": \"Zorblat\", \"abstract\": \"Zorblat.\"}\n");
        Path pwc = Files.createDirectories(tmp.resolve("cs-ner/pwc"));
        Files.writeString(pwc.resolve("dev-abs.data"), "First\tO\n.\tO\n\nWe\tO\nfrob\tO\nSnarkSet\tB-DATASET\n.\tO\n");
        Path annotations = tmp.resolve("train-16.jsonl");
        Files.writeString(annotations, """
                {"id": "pwc-dev-0001", "methods": [], "tasks": [], "datasets": [{"name": "SnarkSet", "aliases": []}]}
                {"id": "pwc-dev-0007", "methods": [], "tasks": [], "datasets": []}
                """);
        List<String> problems = new ArrayList<>();
        List<AnnotatedText> texts = TrainingSources.annotations(List.of(annotations), List.of(corpus),
                tmp, Set.of(), problems::add);
        assertEquals(1, texts.size());
        assertEquals("We frob SnarkSet.", texts.get(0).text());
        assertEquals(-1, texts.get(0).titleEnd(), "abstract only");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("pwc-dev-0007") && problems.get(0).contains("abstract 7"), problems.get(0));
    }

    @Test
    void aPaperWithoutArxivIdIsFoundByItsKeyAndSciercByItsDocument(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("papers.jsonl"),
                "{\"title\": \"Snark Frobbing at Scale\", \"abstract\": \"We frob snarks with Zorblat.\"}\n");
        String key;
        try (PaperSource source = PaperSource.open(List.of(seeds)); Stream<PaperRecord> papers = source.papers()) {
            key = papers.findFirst().orElseThrow().key();
        }
        Files.createDirectories(tmp.resolve("scierc"));
        Files.writeString(tmp.resolve("scierc/train.txt"), "-DOCSTART- NN O O\n\nQuux NN O O\nparses NN O O\n");
        Path annotations = tmp.resolve("train-30.jsonl");
        Files.writeString(annotations, "{\"id\": \"" + key + "\", \"methods\": [{\"name\": \"Zorblat\"}]}\n"
                + "{\"id\": \"scierc-train-0000\", \"methods\": [{\"name\": \"Quux\"}]}\n");
        List<String> problems = new ArrayList<>();
        List<AnnotatedText> texts = TrainingSources.annotations(List.of(annotations), List.of(seeds), tmp, Set.of(),
                problems::add);
        assertEquals(List.of(), problems);
        assertEquals(2, texts.size());
        assertEquals("Snark Frobbing at Scale\n\nWe frob snarks with Zorblat.", texts.get(0).text());
        assertEquals("Quux parses", texts.get(1).text());
    }
}
