package org.paperkg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestVocabulary {

    private static Path resource(String name) throws Exception {
        return Path.of(TestVocabulary.class.getResource(name).toURI());
    }

    @Test
    void readsTsv() throws Exception {
        Vocabulary v = Vocabulary.load(resource("vocab.tsv"));
        assertEquals(3, v.size());
        assertEquals(EntityType.DATASET, v.typeOf("widgetbench-7"));
        assertEquals(EntityType.TASK, v.typeOf("Quill Ranking"));
        assertEquals(2, v.maxWords());
    }

    @Test
    void readsSkosTurtle() throws Exception {
        Vocabulary v = Vocabulary.load(resource("vocab.ttl"));
        assertEquals(EntityType.METHOD, v.typeOf("GS"));
        assertEquals(EntityType.DATASET, v.typeOf("sprocket-40"));
        assertNull(v.typeOf("unknown"));
    }

    @Test
    void badLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "ok\tmethod\nbroken line\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(f));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(0, Vocabulary.empty().size());
    }
}
