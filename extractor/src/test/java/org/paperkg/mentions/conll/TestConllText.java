package org.paperkg.mentions.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestConllText {

    private final ConllDocument doc = new ConllDocument(List.of(
            new ConllSentence(List.of("A", "graph", "model", "-LRB-", "GM", "-RRB-", ",", "fast", "."),
                    List.of("O", "I-Method", "I-Method", "O", "I-Method", "O", "O", "O", "O")),
            new ConllSentence(List.of("It", "works", "-LSB-", "1", "-RSB-", "."),
                    List.of("O", "O", "O", "O", "O", "O"))));

    @Test
    void detokenizedTextAndOffsets() {
        ConllText t = ConllText.of(doc);
        assertEquals("A graph model (GM), fast. It works [1].", t.text());
        assertEquals(2, t.start(0, 1));
        assertEquals(13, t.end(0, 2));
        assertEquals("GM", t.text(new ConllSpan(0, 4, 5, "x")));
        assertEquals(26, t.start(1, 0));
        assertEquals(t.text(), t.toPaper("k").fullText());
    }

    @Test
    void spacedText() {
        assertEquals("A graph model ( GM ) , fast . It works [ 1 ] .", ConllText.of(doc, false).text());
    }

    @Test
    void charRangesMapBackToTokenSpans() {
        ConllText t = ConllText.of(doc);
        String text = t.text();
        int s = text.indexOf("graph model");
        assertEquals(new ConllSpan(0, 1, 3, "METHOD"), t.alignedSpan(s, s + "graph model".length(), "METHOD"));
        assertEquals(new ConllSpan(0, 1, 3, "METHOD"), t.alignedSpan(s - 1, s + "graph model ".length(), "METHOD"));
        assertNull(t.alignedSpan(s, s + 4, "METHOD")); // ends inside "graph"
        assertEquals(new ConllSpan(0, 1, 2, "METHOD"), t.coveringSpan(s, s + 4, "METHOD"));
        int g = text.indexOf("GM");
        assertEquals(new ConllSpan(0, 4, 5, "M"), t.alignedSpan(g, g + 2, "M"));
        assertNull(t.alignedSpan(0, text.length(), "M")); // crosses sentences
        // the gold spans' own offsets align back to themselves
        for (ConllSpan span : doc.spans()) {
            assertEquals(span, t.alignedSpan(t.charStart(span), t.charEnd(span), span.label()));
        }
    }
}
