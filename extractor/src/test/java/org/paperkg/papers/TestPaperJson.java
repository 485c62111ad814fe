package org.paperkg.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TestPaperJson {

    @Test
    void roundTripUsesThePublicFieldNamesAndOmitsNulls() throws Exception {
        PaperRecord p = new PaperRecord("2401.00001", "A Title", "An abstract.", List.of("Ann", "Bo"), 2, "2024-01-02",
                null, "2401.00001", null, "https://arxiv.org/abs/2401.00001", List.of("cs.LG"),
                List.of(new Origin("a.jsonl", 3, 2), new Origin("b.txt", 10, 1)), true);
        String line = PaperJson.toJsonLine(p);
        JsonNode o = PaperJson.mapper().readTree(line);
        assertEquals(List.of("key", "title", "abstract", "authors", "authorCount", "date", "arxivId", "url",
                "categories", "origins", "truncated"), iterable(o));
        assertFalse(o.has("venue"));
        assertEquals("b.txt", o.get("origins").get(1).get("file").asText());
        assertEquals(p, PaperJson.fromJsonLine(line));
    }

    private static List<String> iterable(JsonNode o) {
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
