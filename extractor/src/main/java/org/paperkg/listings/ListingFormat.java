package org.paperkg.listings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The listing formats paperkg reads, detected from a file's content (never its name). */
public enum ListingFormat {
    /** Aggregator listing pages: title, source line, abstract per paper, blocks separated by two blank lines. */
    AGGREGATOR_PAGE(AggregatorPageReader::new, "an aggregator listing page"),
    /** Daily-papers pages: date headings, title and abstract, metadata lines below the paper. */
    DAILY_PAPERS_PAGE(DailyPapersPageReader::new, "a daily-papers listing page"),
    /** arXiv API Atom feeds. */
    ARXIV_ATOM(ArxivAtomReader::new, "an arXiv Atom feed"),
    /** JSON Lines of arXiv-like records. */
    JSON_LINES(() -> new JsonRecordsReader(true), "JSON Lines"),
    /** One JSON document: an array of arXiv-like records, an object wrapping one, or a single record. */
    JSON_DOCUMENT(() -> new JsonRecordsReader(false), "a JSON document");

    /** Bytes looked at to detect the format. */
    static final int HEAD = 64 * 1024;

    private final Supplier<ListingReader> reader;
    private final String description;

    ListingFormat(Supplier<ListingReader> reader, String description) {
        this.reader = reader;
        this.description = description;
    }

    /** True for the scraped page formats, whose records are recognised by layout alone. */
    public boolean isPage() {
        return this == AGGREGATOR_PAGE || this == DAILY_PAPERS_PAGE;
    }

    /** The format in words, for messages ("an arXiv Atom feed"). */
    public String description() {
        return description;
    }

    /** A new reader for this format. */
    ListingReader reader() {
        return reader.get();
    }

    /**
     * What detection found: a format, or why the file cannot be read (then {@code format} is null and {@code line}
     * says where the problem is, 0 for the whole file).
     */
    public record Detection(ListingFormat format, long line, String problem) {
        static Detection of(ListingFormat f) {
            return new Detection(f, 0, null);
        }

        static Detection problem(long line, String problem) {
            return new Detection(null, line, problem);
        }
    }

    /** Detects the format of {@code file} from its first {@value #HEAD} bytes. */
    public static Detection detect(Path file) throws IOException {
        byte[] head;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
            whole = in.read() < 0;
        }
        return detect(head, whole);
    }

    /** Detects the format from the head of a file ({@code whole} when the head is the entire file). */
    static Detection detect(byte[] head, boolean whole) {
        if (head.length == 0) {
            return Detection.problem(0, "is empty");
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return Detection.problem(0, "is UTF-16 text; save it as UTF-8 and try again");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Detection.problem(0, "is gzip-compressed; unpack it (gunzip) and try again");
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return Detection.problem(0, "is a binary file, not a listing");
            }
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > head.length / 100 + 2) {
            return Detection.problem(0, "is a binary file, not a listing");
        }
        String text;
        try {
            text = decode(head, whole);
        } catch (CharacterCodingException e) {
            return Detection.problem(badLine(head), "is not UTF-8 text (first bad byte on line " + badLine(head)
                    + "); save it as UTF-8 and try again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            return Detection.problem(0, "is empty");
        }
        char first = trimmed.charAt(0);
        if (first == '<') {
            if (trimmed.contains("<feed") && trimmed.contains("http://www.w3.org/2005/Atom")) {
                return Detection.of(ARXIV_ATOM);
            }
            return Detection.problem(0, "is XML or HTML but not an arXiv Atom feed; this format is not known");
        }
        if (first == '[') {
            return Detection.of(JSON_DOCUMENT);
        }
        if (first == '{') {
            int nl = trimmed.indexOf('\n');
            if (nl < 0) {
                // one line (or a first line longer than the head): JSON Lines, read line by line
                return Detection.of(JSON_LINES);
            }
            String firstLine = trimmed.substring(0, nl).strip();
            return Detection.of(firstLine.endsWith("}") ? JSON_LINES : JSON_DOCUMENT);
        }
        return detectPage(text);
    }

    private static Detection detectPage(String text) {
        String[] lines = text.split("\r?\n", -1);
        int limit = Math.min(lines.length, 400);
        for (int i = 0; i < limit; i++) {
            String t = lines[i].strip();
            if (t.equals("Daily Papers") || DailyPapersPageReader.AUTHORS.matcher(t).matches()
                    || (DailyPapersPageReader.DATE.matcher(t).matches() && !t.matches(".* \\d+ \\d+$"))) {
                if (t.length() < 40 && hasProse(lines, limit)) {
                    return Detection.of(DAILY_PAPERS_PAGE);
                }
            }
        }
        // aggregator: a block after two blank lines whose last line is an abstract
        int blanks = 2;
        int blockLines = 0;
        boolean prose = false;
        for (int i = 0; i < limit; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                blanks++;
                if (blanks >= 2) {
                    if (blockLines >= 2 && blockLines <= 6 && prose) {
                        return Detection.of(AGGREGATOR_PAGE);
                    }
                    blockLines = 0;
                    prose = false;
                }
                continue;
            }
            blanks = 0;
            blockLines++;
            prose = t.length() >= 80 && t.split("\\s+").length >= 10;
        }
        if (blockLines >= 2 && blockLines <= 6 && prose) {
            return Detection.of(AGGREGATOR_PAGE);
        }
        return Detection.problem(0, "is in a format paperkg does not know (expected a listing page, an arXiv Atom "
                + "feed, JSON Lines or JSON)");
    }

    private static boolean hasProse(String[] lines, int limit) {
        for (int i = 0; i < limit; i++) {
            String t = lines[i].strip();
            if (t.length() >= 80 && t.split("\\s+").length >= 10) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] head, boolean whole) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult r = d.decode(in, out, whole);
        if (r.isError()) {
            r.throwException();
        }
        if (whole) {
            r = d.flush(out);
            if (r.isError()) {
                r.throwException();
            }
        }
        // an incomplete sequence at the end of a partial head is fine: the rest follows
        out.flip();
        return out.toString();
    }

    /** The line of the first byte that is not valid UTF-8. */
    private static long badLine(byte[] head) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        d.decode(in, out, true);
        int at = in.position();
        long line = 1;
        for (int i = 0; i < at && i < head.length; i++) {
            if (head[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
