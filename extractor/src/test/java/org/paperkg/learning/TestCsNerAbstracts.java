package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens joined back as gold/show.py's detokenize does (invented tokens), and abstracts found by id. */
class TestCsNerAbstracts {

    @Test
    void joinsTokensAsTheAnnotatorsReadThem() {
        assertEquals("We train Zorblat (a frobber) on SnarkSet's snarks, gaining 3% over Quux-like models.",
                CsNerAbstracts.detokenize(List.of("We", "train", "Zorblat", "(", "a", "frobber", ")", "on",
                        "SnarkSet", "'s", "snarks", ",", "gaining", "3", "%", "over", "Quux", "-like", "models", ".")));
        // only the exact shapes are glued: a bare hyphen, an upper-case clitic and a quote-word keep their space
        assertEquals("a - b 'S 'quoted [x] {y}", CsNerAbstracts.detokenize(List.of("a", "-", "b", "'S", "'quoted",
                "[", "x", "]", "{", "y", "}")));
        assertEquals("(i.e. the server). Done?!", CsNerAbstracts.detokenize(List.of("(i.e.", "the", "server).",
                "Done", "?!")));
    }

    @Test
    void numbersAbstractsFromZeroPerFile(@TempDir Path tmp) throws Exception {
        Path pwc = Files.createDirectories(tmp.resolve("pwc"));
        Files.writeString(pwc.resolve("test-abs.data"), "Zero\tO\n.\tO\n\n\nOne\tB-METHOD\n-based\tO\n\nTwo\tO\n");
        Files.writeString(pwc.resolve("dev-abs.data"), "Dev\tO\nzero\tO\n");
        Map<String, String> texts = CsNerAbstracts.texts(tmp, Set.of("pwc-test-0001", "pwc-test-0002",
                "pwc-dev-0000", "pwc-dev-0001"));
        assertEquals(Map.of("pwc-test-0001", "One-based", "pwc-test-0002", "Two", "pwc-dev-0000", "Dev zero"), texts);
        assertTrue(CsNerAbstracts.isId("pwc-dev-0012"));
        assertFalse(CsNerAbstracts.isId("2501.00001"));
    }
}
