package org.paperkg.mentions.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestConllReader {

    @TempDir
    Path tmp;

    private final ConllReader reader = new ConllReader();

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(TestConllReader.class.getResource("/conll/" + name).toURI());
    }

    @Test
    void readsColumnsShapeWithDocstart() throws Exception {
        ConllFile file = reader.read(fixture("tiny-columns.txt"));
        assertEquals(ConllFile.Shape.COLUMNS, file.shape());
        assertEquals(TagScheme.BIO, file.scheme()); // one B- tag among I- tags
        assertEquals(2, file.documents().size());
        assertEquals(3, file.sentenceCount());
        ConllDocument first = file.documents().get(0);
        assertEquals(2, first.sentences().size());
        assertEquals(List.of("We", "present", "a", "lattice", "parser", "for", "verb", "clustering", "."),
                first.sentences().get(0).tokens());
        assertEquals(List.of(
                new ConllSpan(0, 3, 5, "Method"),
                new ConllSpan(0, 6, 8, "Task"),
                new ConllSpan(1, 2, 3, "Generic"),
                new ConllSpan(1, 5, 7, "Material"),
                new ConllSpan(1, 8, 9, "Material")), first.spans());
        assertEquals(List.of(
                new ConllSpan(0, 3, 5, "METHOD"),
                new ConllSpan(0, 6, 8, "TASK"),
                new ConllSpan(1, 5, 7, "DATASET"),
                new ConllSpan(1, 8, 9, "DATASET")), first.spans(TagMapping.defaults()));
        // "extension of" then a B- tag starts a new Method span (IOB1)
        assertEquals(List.of(
                new ConllSpan(0, 1, 3, "Method"),
                new ConllSpan(0, 3, 4, "Method"),
                new ConllSpan(0, 8, 10, "Task")), file.documents().get(1).spans());
        assertTrue(file.warnings().isEmpty());
    }

    @Test
    void readsTabShapeOneDocumentPerBlock() throws Exception {
        ConllFile file = reader.read(fixture("tiny-tab.data"));
        assertEquals(ConllFile.Shape.TAB, file.shape());
        assertEquals(TagScheme.BIOES, file.scheme());
        assertEquals(2, file.documents().size());
        assertEquals(List.of(new ConllSpan(0, 0, 3, "METHOD"), new ConllSpan(0, 4, 6, "RESEARCH_PROBLEM")),
                file.documents().get(0).spans());
        assertEquals(List.of(new ConllSpan(0, 1, 2, "METHOD"), new ConllSpan(0, 4, 6, "DATASET")),
                file.documents().get(1).spans(TagMapping.defaults())); // TOOL dropped
    }

    @Test
    void extraTabColumnsAreWarnedNotFatal() throws Exception {
        Path f = write("x.data", "Graph\tB-METHOD\n Nets\tE-METHOD\tB-METHOD\n\n");
        ConllFile file = reader.read(f);
        assertEquals(1, file.warnings().size());
        assertTrue(file.warnings().get(0).contains("x.data:2"), file.warnings().get(0));
        assertEquals(List.of(new ConllSpan(0, 0, 2, "METHOD")), file.documents().get(0).spans());
    }

    @Test
    void crlfBomAndRepeatedBlankLines() throws Exception {
        Path f = write("y.txt", "\uFEFF-DOCSTART- NN O O\r\n\r\n\r\nfoo NN O I-Task\r\nbar NN O O\r\n\r\n\r\n");
        ConllFile file = reader.read(f);
        assertEquals(1, file.documents().size());
        assertEquals(List.of(new ConllSpan(0, 0, 1, "Task")), file.documents().get(0).spans());
    }

    @Test
    void emptyFileHasNoDocuments() throws Exception {
        assertEquals(0, reader.read(write("empty.txt", "")).documents().size());
    }

    @Test
    void badLinesNameFileAndLine() throws Exception {
        ConllFormatException e = assertThrows(ConllFormatException.class,
                () -> reader.read(write("a.txt", "foo NN O O\nbar NN I-Task\n")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("a.txt:2"), e.getMessage());
        assertTrue(e.getMessage().contains("columns"), e.getMessage());

        e = assertThrows(ConllFormatException.class, () -> reader.read(write("b.data", "foo\tO\nbar\n")));
        assertTrue(e.getMessage().contains("b.data:2"), e.getMessage());

        e = assertThrows(ConllFormatException.class, () -> reader.read(write("c.data", "foo\tO\nbar\tX-Task\n")));
        assertTrue(e.getMessage().contains("c.data:2") && e.getMessage().contains("X-Task"), e.getMessage());

        e = assertThrows(ConllFormatException.class, () -> reader.read(write("d.txt", "word\n")));
        assertTrue(e.getMessage().contains("d.txt:1"), e.getMessage());
    }

    @Test
    void nonUtf8LinesAreReadAsWindows1252AndBinaryIsRejected() throws Exception {
        Path latin = tmp.resolve("latin.txt");
        Files.write(latin, new byte[] {'a', ' ', 'O', '\n', 'x', (byte) 0xE9, ' ', 'O', '\n'});
        ConllFile file = reader.read(latin);
        assertEquals(List.of("a", "x\u00e9"), file.documents().get(0).sentences().get(0).tokens());
        assertEquals(1, file.warnings().size());
        assertTrue(file.warnings().get(0).contains("latin.txt:2"), file.warnings().get(0));

        Path bin = tmp.resolve("bin.txt");
        Files.write(bin, new byte[] {'a', 0, 'b', ' ', 'O', '\n'});
        ConllFormatException e = assertThrows(ConllFormatException.class, () -> reader.read(bin));
        assertTrue(e.getMessage().contains("bin.txt:1") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void readsSharedSciercAndCsNerWhenPresent() throws IOException {
        Path shared = Path.of("../../shared/data").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("scierc")),
                "../shared/data/scierc is absent: skipping the corpus check");
        ConllFile test = reader.read(shared.resolve("scierc/test.txt"));
        assertEquals(100, test.documents().size());
        assertEquals(ConllFile.Shape.COLUMNS, test.shape());
        Path pwc = shared.resolve("cs-ner/pwc/dev.data");
        if (Files.exists(pwc)) {
            ConllFile csner = reader.read(pwc);
            assertEquals(ConllFile.Shape.TAB, csner.shape());
            assertEquals(TagScheme.BIOES, csner.scheme());
            assertTrue(csner.documents().size() > 300);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
