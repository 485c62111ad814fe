package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.mentions.Vocabulary;
import org.paperkg.papers.PaperRecord;

/** The committed model loads and extracts from an invented abstract. */
class TestLearnedMentionExtractor {

    private static LearnedModel model;
    private static LearnedMentionExtractor extractor;

    @BeforeAll
    static void load() throws Exception {
        model = LearnedModel.committed();
        extractor = new LearnedMentionExtractor(model, Vocabulary.empty());
    }

    private static PaperRecord paper(String title, String abstractText) {
        return new PaperRecord("test:" + title.hashCode(), title, abstractText, null, null, null, null, null, null,
                null, null, null, false);
    }

    @Test
    void committedModelExtractsFromAnInventedAbstract() {
        PaperRecord p = paper("Zorblat: Sparse Lattice Transformers for Quillion Segmentation",
                "We propose Zorblat, a sparse lattice transformer for quillion segmentation. Zorblat combines "
                        + "a convolutional neural network with graph attention. We evaluate Zorblat on the "
                        + "QuillSet-7 benchmark, where it outperforms BERT and ResNet-50 by a wide margin.");
        List<Mention> mentions = extractor.extract(p);
        assertFalse(mentions.isEmpty(), "no mention found");
        String text = p.fullText();
        for (Mention m : mentions) {
            assertEquals(m.text(), text.substring(m.charStart(), m.charEnd()), "span offsets");
            assertTrue(m.confidence() > 0 && m.confidence() <= 1, "confidence is a probability");
        }
        assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.METHOD && m.text().equals("Zorblat")),
                "the proposed name is a method: " + mentions);
        assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.METHOD && m.text().equals("Zorblat")
                && m.role() == MentionRole.CONTRIBUTED), "and the paper proposes it: " + mentions);
        assertEquals("learned", extractor.name());
    }

    @Test
    void ordinaryProseGivesFewOrNoNames() {
        List<Mention> mentions = extractor.extract(paper("Notes on walking in the rain",
                "The weather was pleasant and we walked for a long time. Later the afternoon grew cold."));
        assertTrue(mentions.size() <= 1, "ordinary prose is not names: " + mentions);
    }

    @Test
    void modelSurvivesWritingAndReading() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LearnedModel again = LearnedModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
        for (EntityType t : EntityType.values()) {
            assertEquals(model.typeThreshold(t), again.typeThreshold(t), 1e-3);
        }
        assertEquals(model.words().size(), again.words().size());
        PaperRecord p = paper("Lattice Quillion Models", "We introduce a lattice quillion model for text ranking.");
        assertEquals(extractor.extract(p), new LearnedMentionExtractor(again, Vocabulary.empty()).extract(p));
    }
}
