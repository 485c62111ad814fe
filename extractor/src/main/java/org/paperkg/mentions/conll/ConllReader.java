package org.paperkg.mentions.conll;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-style token files into {@link ConllDocument}s. The layout is detected from the content, not the
 * file name: space-separated columns with the tag last (SciERC: {@code token POS O I-Method}, documents between
 * {@code -DOCSTART-} lines, sentences between blank lines) or {@code token<TAB>tag} (cs-ner: one title or abstract
 * per blank-line separated block, each its own document when the file has no {@code -DOCSTART-} line). IO, BIO and
 * BIOES tags are accepted. Lines that are not UTF-8 are read as Windows-1252 with a warning (some real files mix
 * them in). Thread-safe (stateless).
 */
public final class ConllReader {

    /** The token that marks a document boundary. */
    public static final String DOCSTART = "-DOCSTART-";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    /** Reads one file; a bad line ends reading with a {@link ConllFormatException} naming file and line. */
    public ConllFile read(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<List<ConllSentence>> groups = new ArrayList<>(); // sentences between DOCSTART lines
        List<ConllSentence> group = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> allTags = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        ConllFile.Shape shape = null;
        int columns = -1;
        long columnsLine = 0;
        boolean sawDocstart = false;
        long lineNo = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
            String line;
            while (true) {
                byte[] raw = nextLine(in, buf);
                if (raw == null) {
                    break;
                }
                try {
                    line = utf8.decode(ByteBuffer.wrap(raw)).toString();
                } catch (CharacterCodingException e) {
                    // a few lines of real files are Windows-1252 (curly quotes, accented names): read them as such
                    line = new String(raw, WINDOWS_1252);
                    warnings.add(file + ":" + (lineNo + 1) + ": not UTF-8, read as Windows-1252");
                }
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.indexOf('\0') >= 0) {
                    throw new ConllFormatException(file, lineNo, "binary content, not a CoNLL text file");
                }
                if (line.isBlank()) {
                    endSentence(tokens, labels, group);
                    continue;
                }
                if (shape == null) {
                    shape = line.indexOf('\t') >= 0 ? ConllFile.Shape.TAB : ConllFile.Shape.COLUMNS;
                }
                String[] fields = shape == ConllFile.Shape.TAB
                        ? line.split("\t", -1)
                        : SPACES.split(line.strip());
                if (fields[0].strip().equals(DOCSTART)) {
                    sawDocstart = true;
                    endSentence(tokens, labels, group);
                    if (!group.isEmpty()) {
                        groups.add(group);
                        group = new ArrayList<>();
                    }
                    continue;
                }
                String token;
                String tag;
                if (shape == ConllFile.Shape.TAB) {
                    if (fields.length < 2) {
                        throw new ConllFormatException(file, lineNo,
                                "expected 'token<TAB>tag', found '" + abbreviate(line) + "'");
                    }
                    token = fields[0].strip();
                    tag = fields[1].strip();
                    if (fields.length > 2) {
                        warnings.add(file + ":" + lineNo + ": " + (fields.length - 2)
                                + " extra column(s) after the tag ignored");
                    }
                } else {
                    if (fields.length < 2) {
                        throw new ConllFormatException(file, lineNo,
                                "expected 'token ... tag' columns, found '" + abbreviate(line) + "'");
                    }
                    if (columns < 0) {
                        columns = fields.length;
                        columnsLine = lineNo;
                    } else if (fields.length != columns) {
                        throw new ConllFormatException(file, lineNo, "expected " + columns + " columns as on line "
                                + columnsLine + ", found " + fields.length + ": '" + abbreviate(line) + "'");
                    }
                    token = fields[0];
                    tag = fields[fields.length - 1];
                }
                if (token.isEmpty()) {
                    throw new ConllFormatException(file, lineNo, "empty token");
                }
                if (!TagScheme.isValid(tag)) {
                    throw new ConllFormatException(file, lineNo, "'" + abbreviate(tag)
                            + "' is not a tag (expected O, B-/I-/E-/S-Type, or a bare Type)");
                }
                tokens.add(token);
                labels.add(tag);
                allTags.add(tag);
            }
        }
        endSentence(tokens, labels, group);
        if (!group.isEmpty()) {
            groups.add(group);
        }
        List<ConllDocument> documents = new ArrayList<>();
        for (List<ConllSentence> g : groups) {
            if (sawDocstart) {
                documents.add(new ConllDocument(g));
            } else {
                g.forEach(s -> documents.add(new ConllDocument(List.of(s))));
            }
        }
        return new ConllFile(file, shape == null ? ConllFile.Shape.COLUMNS : shape,
                TagScheme.detect(allTags), documents, warnings);
    }

    /** Reads one file and returns only its documents. */
    public List<ConllDocument> documents(Path file) throws IOException {
        return read(file).documents();
    }

    /** The next line's bytes without its line break ({@code \n} or {@code \r\n}); null at the end of the input. */
    private static byte[] nextLine(InputStream in, ByteArrayOutputStream buf) throws IOException {
        buf.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            buf.write(b);
        }
        if (!any) {
            return null;
        }
        byte[] raw = buf.toByteArray();
        int n = raw.length;
        if (n > 0 && raw[n - 1] == '\r') {
            return java.util.Arrays.copyOf(raw, n - 1);
        }
        return raw;
    }

    private static void endSentence(List<String> tokens, List<String> labels, List<ConllSentence> into) {
        if (!tokens.isEmpty()) {
            into.add(new ConllSentence(tokens, labels));
            tokens.clear();
            labels.clear();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
