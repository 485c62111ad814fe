package org.paperkg.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestPaperRecord {

    @Test
    void fullTextJoinsTitleAndAbstractWithABlankLine() {
        PaperRecord p = new PaperRecord("title:abc", "A Title", "An abstract.", null, null, null, null, null, null,
                null, null, List.of(new Origin("f.txt", 3, 1)), false);
        assertEquals("A Title\n\nAn abstract.", p.fullText());
        assertEquals("An abstract.", p.fullText().substring("A Title".length() + PaperRecord.TITLE_SEPARATOR.length()));
        assertTrue(p.authors().isEmpty());
    }

    @Test
    void fullTextIsTheTitleWhenThereIsNoAbstract() {
        PaperRecord p = new PaperRecord("k", "Only a title", null, null, null, null, null, null, null, null, null,
                null, false);
        assertEquals("Only a title", p.fullText());
    }
}
