package org.paperkg.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestPaperKeys {

    @Test
    void arxivIdsLoseTheirVersion() {
        assertEquals("2312.00690", PaperKeys.arxivId("2312.00690v4"));
        assertEquals("2312.00690", PaperKeys.arxivId("arXiv:2312.00690"));
        assertEquals("2310.16485", PaperKeys.arxivId("http://arxiv.org/abs/2310.16485v2"));
        assertEquals("2310.16485", PaperKeys.arxivId("https://arxiv.org/pdf/2310.16485v2.pdf"));
        assertEquals("0704.0001", PaperKeys.arxivId("0704.0001"));
        assertEquals("hep-th/9901001", PaperKeys.arxivId("http://arxiv.org/abs/hep-th/9901001v1"));
        assertEquals("math.CO/0301001", PaperKeys.arxivId("math.CO/0301001v2"));
        assertNull(PaperKeys.arxivId("not an id"));
        assertNull(PaperKeys.arxivId(""));
    }

    @Test
    void doisAreLowerCaseWithoutResolver() {
        assertEquals("10.5555/abc.def", PaperKeys.doi("https://doi.org/10.5555/ABC.Def"));
        assertEquals("10.5555/abc", PaperKeys.doi("doi:10.5555/abc."));
        assertNull(PaperKeys.doi(""));
        assertNull(PaperKeys.doi("none"));
    }

    @Test
    void titleKeyIgnoresCaseSpacingPunctuationAndUnicodeForm() {
        String k = PaperKeys.titleKey("Schr\u00f6dinger Bridges:  A Tale");
        assertEquals(k, PaperKeys.titleKey("schro\u0308dinger bridges - a tale"));
        assertTrue(k.startsWith(PaperKeys.TITLE_PREFIX));
        assertEquals(PaperKeys.TITLE_PREFIX.length() + 16, k.length());
        assertNotEquals(k, PaperKeys.titleKey("Schr\u00f6dinger Bridges: A Tale, Part II"));
        assertEquals("schrödinger bridges a tale", PaperKeys.normalisedTitle("Schr\u00f6dinger  Bridges: A Tale!"));
    }

    @Test
    void keyPrefersArxivIdThenDoiThenTitle() {
        assertEquals("2401.00001", PaperKeys.key("2401.00001", "10.1/x", "T"));
        assertEquals("10.1/x", PaperKeys.key(null, "10.1/x", "T"));
        assertEquals(PaperKeys.titleKey("T"), PaperKeys.key(null, null, "T"));
    }
}
