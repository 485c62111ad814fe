package org.paperkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class TestScaleCorpus {

    @Test
    void syntheticIdsCountCopiesAndNeverLookReal() {
        assertEquals("9901.00000", ScaleCorpus.syntheticId(0));
        assertEquals("9901.99999", ScaleCorpus.syntheticId(99_999));
        assertEquals("9902.00000", ScaleCorpus.syntheticId(100_000));
        assertThrows(IllegalArgumentException.class, () -> ScaleCorpus.syntheticId(1_200_000));
    }

    @Test
    void aCopyIsReKeyedAndKeepsItsText() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree("""
                {"arxiv_id": "2501.01234v2", "title": "Folding Maps for Tiny Robots", "summary": "We fold maps.",
                 "doi": "10.1234/x", "pdf_url": "https://arxiv.org/pdf/2501.01234v2"}
                """);
        SourceCorpus.SourcePaper p = new SourceCorpus.SourcePaper("2501.01234", json, null);
        ObjectNode copy = ScaleCorpus.rekey(p, 3, "9901.00007");
        assertEquals("9901.00007", copy.get("arxiv_id").asText());
        assertEquals("Folding Maps for Tiny Robots [3]", copy.get("title").asText());
        assertEquals("We fold maps.", copy.get("summary").asText());
        assertEquals("https://arxiv.org/pdf/9901.00007", copy.get("pdf_url").asText());
        assertEquals("2501.01234", copy.get("bench_copy_of").asText());
        assertFalse(copy.has("doi"));
        assertEquals("2501.01234v2", json.get("arxiv_id").asText(), "the original is left alone");
    }

    @Test
    void sizesParseAndPrint() {
        assertEquals(10_000, Args.parseSize("10k"));
        assertEquals(1_500, Args.parseSize("1.5k"));
        assertEquals("100k", Args.sizeLabel(100_000));
        assertEquals("1234", Args.sizeLabel(1234));
    }
}
