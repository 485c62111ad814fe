package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SciERC documents by id: -DOCSTART- separates them, sentences of one document run on (invented tokens). */
class TestSciercAbstracts {

    @Test
    void numbersDocumentsFromZero(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("train.txt"), """
                -DOCSTART- NN O O

                Zorblat NN O I-Method
                frobs NN O O
                . NN O O

                It NN O O
                works NN O O
                . NN O O

                -DOCSTART- NN O O

                Second NN O O
                -LRB- NN O O
                two NN O O
                -RRB- NN O O
                """);
        Map<String, String> texts = SciercAbstracts.texts(tmp, Set.of("scierc-train-0000", "scierc-train-0001"));
        assertEquals(Map.of("scierc-train-0000", "Zorblat frobs. It works.", "scierc-train-0001", "Second (two)"),
                texts);
        assertTrue(SciercAbstracts.isId("scierc-train-0042"));
        assertFalse(SciercAbstracts.isId("pwc-dev-0001"));
        assertEquals("document 42 of scierc/train.txt", SciercAbstracts.describe("scierc-train-0042"));
    }
}
