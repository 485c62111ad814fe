package org.paperkg.mentions.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllReader;
import org.paperkg.mentions.conll.ConllSentence;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.papers.PaperRecord;

/** Trains a CRF once on an invented fixture, then tags and extracts with it. */
class TestCrfTrainer {

    @TempDir
    static Path tmp;

    static List<ConllDocument> docs;
    static Path model;
    static CrfTrainer.Result result;
    static CrfMentionExtractor extractor;

    @BeforeAll
    static void train() throws Exception {
        Path fixture = Path.of(TestCrfTrainer.class.getResource("/ner/invented-train.txt").toURI());
        docs = new ConllReader().documents(fixture);
        model = tmp.resolve("sub/model.ser.gz");
        result = new CrfTrainer(TagMapping.defaults()).train(docs, model);
        extractor = new CrfMentionExtractor(model);
    }

    @Test
    void writesAModelAndSummary() throws IOException {
        assertTrue(Files.size(model) > 1000);
        assertEquals(Files.size(model), result.modelBytes());
        assertEquals(40, result.sentences());
        assertTrue(result.spans().get(EntityType.METHOD) > 10, result.spans().toString());
        assertTrue(result.spans().containsKey(EntityType.TASK));
        assertTrue(result.spans().containsKey(EntityType.DATASET));
        assertTrue(extractor.tagger().labels().containsAll(List.of("O", "METHOD", "TASK", "DATASET")),
                extractor.tagger().labels().toString());
        try (var files = Files.list(model.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void extractsMentionsWithOffsetsIntoFullText() {
        PaperRecord paper = new PaperRecord("k1", "A sparse lattice network for crop counting",
                "We evaluate it on the Harbor corpus and compare with a gated kernel machine.",
                null, null, null, null, null, null, null, null, null, false);
        String text = paper.fullText();
        List<Mention> mentions = extractor.extract(paper);
        assertFalse(mentions.isEmpty());
        for (Mention m : mentions) {
            assertEquals(m.text(), text.substring(m.charStart(), m.charEnd()));
            assertEquals("crf", m.rule());
            assertEquals(MentionRole.USED, m.role());
            assertTrue(m.confidence() > 0 && m.confidence() <= 1, m.toString());
            assertTrue(m.evidence().contains(m.text()));
        }
        assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.METHOD
                && m.text().equals("sparse lattice network")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.TASK
                && m.text().equals("crop counting")), mentions.toString());
        // sorted in text order
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1).charStart() <= mentions.get(i).charStart());
        }
        assertTrue(extractor.extract(new PaperRecord("k2", " ", "", null, null, null, null, null, null, null, null,
                null, false)).isEmpty());
    }

    @Test
    void threadSafe() throws Exception {
        PaperRecord paper = new PaperRecord("k3", "A twin attention encoder for rhyme detection", "", null, null, null,
                null, null, null, null, null, null, false);
        List<Mention> expected = extractor.extract(paper);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Mention>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> extractor.extract(paper)));
            }
            for (var f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherSourceTypesAreLearntButNeverExtracted() {
        assertTrue(extractor.tagger().labels().contains("OTHER_GENERIC"), extractor.tagger().labels().toString());
        assertEquals(null, CrfTagger.typeOf("OTHER_GENERIC"));
    }

    @Test
    void fitsItsTrainingData() {
        SpanEvaluation.Report tokens = SpanEvaluation.evaluateTokens(extractor.tagger(), docs, TagMapping.defaults());
        assertTrue(tokens.taskAndMethod().f1() > 0.9, tokens.format("tokens"));
        SpanEvaluation.Report text = SpanEvaluation.evaluate(extractor, docs, TagMapping.defaults());
        assertTrue(text.taskAndMethod().f1() > 0.9, text.format("text"));
    }

    @Test
    void noMappedSpansIsAnError() {
        List<ConllDocument> none = List.of(new ConllDocument(List.of(
                new ConllSentence(List.of("a", "b"), List.of("O", "I-Metric")))));
        assertThrows(IllegalArgumentException.class,
                () -> new CrfTrainer(TagMapping.defaults()).train(none, tmp.resolve("none.ser.gz")));
        assertFalse(Files.exists(tmp.resolve("none.ser.gz")));
    }

    @Test
    void badModelFilesNameTheFile() throws IOException {
        Path junk = tmp.resolve("junk.ser.gz");
        Files.writeString(junk, "not a model");
        IOException e = assertThrows(IOException.class, () -> CrfTagger.load(junk));
        assertTrue(e.getMessage().contains("junk.ser.gz"), e.getMessage());
        e = assertThrows(IOException.class, () -> CrfTagger.load(tmp.resolve("missing.ser.gz")));
        assertTrue(e.getMessage().contains("missing.ser.gz"), e.getMessage());
    }
}
