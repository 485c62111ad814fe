package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperkg.mentions.Vocabulary;
import org.paperkg.papers.PaperRecord;

/** {@code train} on a small slice of the shared data runs end to end and writes a model that extracts. */
class ModelTrainerIT {

    static Path shared() {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(cwd.resolve("../extractor")) ? cwd.getParent() : cwd;
        Path dir = root.resolve("../shared").normalize();
        assumeTrue(Files.isDirectory(dir.resolve("data/gold-dev")) && Files.isDirectory(dir.resolve("data/cs-ner")),
                "skipped: the shared data " + dir + " is absent (training needs ../shared beside the project)");
        return dir;
    }

    @Test
    void trainsOnASmallSliceAndTheModelExtracts(@TempDir Path tmp) throws Exception {
        Path shared = shared();
        ModelTrainer.Result result = new ModelTrainer(line -> { }).train(new ModelTrainer.Settings(shared, List.of(),
                Set.of(), Set.of("scier-fulltext", "cs-ner"), 8, 2, false));
        assertTrue(result.report().contains("rules only") && result.report().contains("learned"), result.report());
        Path file = tmp.resolve("model.zip");
        ModelTrainer.write(result.model(), file);
        LearnedModel model = LearnedModel.read(file);
        assertTrue(model.words().size() > 1000, "corpus statistics are in the model");
        var mentions = new LearnedMentionExtractor(model, Vocabulary.empty()).extract(new PaperRecord("t:1",
                "Graph Transformers for Node Classification", "We propose a graph transformer for node "
                + "classification and evaluate it on three citation benchmarks.", null, null, null, null, null, null,
                null, null, null, false));
        assertFalse(mentions == null);
    }
}
