package org.paperkg.listings;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file line by line with a bound on line length. Lines are split on bytes (a line break never occurs
 * inside a UTF-8 sequence) and decoded one by one, so an over-long line or one that is not UTF-8 comes back as a bad
 * line with its number and without its text: one huge line never has to fit in memory, and one bad line does not stop
 * the file.
 */
final class TextLines implements Closeable {

    /** Longest line kept, in bytes; longer lines are rejected. Abstracts are a few thousand bytes. */
    static final int MAX_LINE = 1 << 20;

    /** One line: its 1-based number and its text without the line break, or why it could not be read. */
    record Line(long number, String text, String problem) {
        boolean bad() {
            return problem != null;
        }

        boolean blank() {
            return problem == null && text.isBlank();
        }

        /** The problem as a message naming the line and the record it belongs to. */
        String message(long record) {
            return "line " + number + " " + problem + (record > 0 ? " (record " + record + ")" : "");
        }
    }

    private final InputStream in;
    private final int maxLine;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int len;
    private long lineNumber;
    private boolean endedWithNewline = true;
    private boolean eof;

    TextLines(Path file) throws IOException {
        this(Files.newInputStream(file), MAX_LINE);
    }

    TextLines(InputStream stream, int maxLine) {
        this.in = stream;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        buf.reset();
        boolean tooLong = false;
        boolean any = false;
        boolean newline = false;
        while (!newline) {
            if (pos == len) {
                len = in.read(chunk);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    break;
                }
            }
            any = true;
            int end = pos;
            while (end < len && chunk[end] != '\n') {
                end++;
            }
            newline = end < len;
            if (!tooLong) {
                if (buf.size() + (end - pos) > maxLine) {
                    tooLong = true;
                    buf.reset();
                } else {
                    buf.write(chunk, pos, end - pos);
                }
            }
            pos = newline ? end + 1 : end;
        }
        if (!newline) {
            eof = true;
            if (!any) {
                return null;
            }
            endedWithNewline = false;
        }
        long number = ++lineNumber;
        if (tooLong) {
            return new Line(number, "", "is longer than " + maxLine + " bytes and was skipped");
        }
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        int from = number == 1 && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return new Line(number, decoder.reset().decode(ByteBuffer.wrap(bytes, from, len - from)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, "", "is not valid UTF-8 text and was skipped");
        }
    }

    /** True unless the file's last line had no line break (valid once {@link #next()} returned null). */
    boolean endedWithNewline() {
        return endedWithNewline;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
