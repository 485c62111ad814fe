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

/** Abstracts found by id, numbered per file (invented tokens). */
class TestCsNerAbstracts {

    @Test
    void numbersAbstractsFromZeroPerFile(@TempDir Path tmp) throws Exception {
        Path pwc = Files.createDirectories(tmp.resolve("pwc"));
        Files.writeString(pwc.resolve("test-abs.data"), "Zero\tO\n.\tO\n\n\nOne\tB-METHOD\n-based\tO\n\nTwo\tO\n");
        Files.writeString(pwc.resolve("dev-abs.data"), "Dev\tO\nzero\tO\n");
        Map<String, String> texts = CsNerAbstracts.texts(tmp, Set.of("pwc-test-0001", "pwc-test-0002",
                "pwc-dev-0000", "pwc-dev-0001"));
        assertEquals(Map.of("pwc-test-0001", "One-based", "pwc-test-0002", "Two", "pwc-dev-0000", "Dev zero"), texts);
        assertTrue(CsNerAbstracts.isId("pwc-dev-0012"));
        assertTrue(CsNerAbstracts.isId("ncg-test-0003"));
        assertTrue(CsNerAbstracts.isId("ftd-dev-0000"));
        assertFalse(CsNerAbstracts.isId("2501.00001"));
    }

    @Test
    void readsTheOtherCorporaByTheirPrefix(@TempDir Path tmp) throws Exception {
        Path ncg = Files.createDirectories(tmp.resolve("ncg"));
        Files.writeString(ncg.resolve("dev-abs.data"), "We\tO\n-LRB-\tO\nfrob\tO\n-RRB-\tO\n\nSecond\tO\n");
        Path pwc = Files.createDirectories(tmp.resolve("pwc"));
        Files.writeString(pwc.resolve("dev-abs.data"), "Not\tO\nthis\tO\n");
        assertEquals(Map.of("ncg-dev-0000", "We (frob)"), CsNerAbstracts.texts(tmp, Set.of("ncg-dev-0000")));
        assertEquals("abstract 12 of cs-ner ftd/test-abs.data", CsNerAbstracts.describe("ftd-test-0012"));
    }
}
