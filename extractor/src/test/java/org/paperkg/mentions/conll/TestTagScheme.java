package org.paperkg.mentions.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;

class TestTagScheme {

    @Test
    void ioGivesMaximalRuns() {
        assertEquals(List.of(new ConllSpan(0, 0, 2, "A"), new ConllSpan(0, 2, 3, "B"), new ConllSpan(0, 4, 5, "A")),
                TagScheme.decode(0, List.of("I-A", "I-A", "I-B", "O", "I-A")));
    }

    @Test
    void bioSplitsAdjacentSpans() {
        assertEquals(List.of(new ConllSpan(3, 0, 2, "A"), new ConllSpan(3, 2, 3, "A")),
                TagScheme.decode(3, List.of("B-A", "I-A", "B-A", "O")));
    }

    @Test
    void bioesHandlesEndAndSingle() {
        assertEquals(List.of(new ConllSpan(0, 0, 3, "A"), new ConllSpan(0, 3, 4, "A"), new ConllSpan(0, 4, 5, "B")),
                TagScheme.decode(0, List.of("B-A", "I-A", "E-A", "S-A", "E-B")));
        // an E- of another type closes the open span
        assertEquals(List.of(new ConllSpan(0, 0, 1, "A"), new ConllSpan(0, 1, 2, "B")),
                TagScheme.decode(0, List.of("B-A", "E-B")));
    }

    @Test
    void encodeRoundTrips() {
        List<ConllSpan> spans = List.of(new ConllSpan(0, 0, 2, "A"), new ConllSpan(0, 2, 3, "A"));
        assertEquals(List.of("B-A", "E-A", "S-A", "O"), TagScheme.BIOES.encode(4, spans));
        assertEquals(List.of("B-A", "I-A", "B-A", "O"), TagScheme.BIO.encode(4, spans));
        assertEquals(List.of("I-A", "I-A", "I-A", "O"), TagScheme.IO.encode(4, spans));
        assertEquals(spans, TagScheme.decode(0, TagScheme.BIOES.encode(4, spans)));
    }

    @Test
    void validity() {
        assertTrue(TagScheme.isValid("O"));
        assertTrue(TagScheme.isValid("I-Method"));
        assertTrue(TagScheme.isValid("RESEARCH_PROBLEM"));
        assertFalse(TagScheme.isValid("I-"));
        assertFalse(TagScheme.isValid("X-Task"));
        assertFalse(TagScheme.isValid(""));
    }

    @Test
    void mappingDefaultsParseAndRelabel() {
        TagMapping d = TagMapping.defaults();
        assertEquals(EntityType.METHOD, d.map("Method"));
        assertEquals(EntityType.METHOD, d.map("B-SOLUTION"));
        assertEquals(EntityType.TASK, d.map("RESEARCH_PROBLEM"));
        assertEquals(EntityType.DATASET, d.map("I-Material"));
        assertNull(d.map("OtherScientificTerm"));
        assertNull(d.map("O"));

        TagMapping p = TagMapping.parse("# mine\nMethod=method, Tool=method\nTask=tasks");
        assertEquals(EntityType.METHOD, p.map("I-Tool"));
        assertEquals(EntityType.TASK, p.map("Task"));
        assertNull(p.map("Material"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TagMapping.parse("A=b\nC=x"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());

        ConllSentence s = new ConllSentence(List.of("a", "b", "c", "d"), List.of("B-SOLUTION", "E-SOLUTION", "S-TOOL", "S-DATASET"));
        assertEquals(List.of("I-METHOD", "I-METHOD", "O", "I-DATASET"), d.relabel(s, TagScheme.IO));
    }
}
