package org.paperkg.listings;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file line by line with a bound on line length: an over-long line is returned as a marker without its
 * text, so one huge line never has to fit in memory. Invalid UTF-8 raises {@link BadTextException} with its line.
 */
final class TextLines implements Closeable {

    /** Longest line kept, in characters; longer lines are rejected. Abstracts are a few thousand characters. */
    static final int MAX_LINE = 1 << 20;

    /** One line: its 1-based number, its text without the line break, or {@code tooLong} with empty text. */
    record Line(long number, String text, boolean tooLong) {
        boolean blank() {
            return !tooLong && text.isBlank();
        }
    }

    /** The file is not valid UTF-8 at {@code line}. */
    static final class BadTextException extends IOException {
        final long line;

        BadTextException(long line, CharacterCodingException cause) {
            super("is not valid UTF-8 text at line " + line, cause);
            this.line = line;
        }
    }

    private final Reader in;
    private final int maxLine;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private long lineNumber;
    private boolean endedWithNewline = true;
    private boolean eof;

    TextLines(Path file) throws IOException {
        this(Files.newInputStream(file), MAX_LINE);
    }

    TextLines(InputStream stream, int maxLine) {
        this.in = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        long number = lineNumber + 1;
        while (true) {
            if (pos == len) {
                try {
                    len = in.read(buf);
                } catch (CharacterCodingException e) {
                    throw new BadTextException(number, e);
                }
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    eof = true;
                    if (!any) {
                        return null;
                    }
                    endedWithNewline = false;
                    break;
                }
            }
            char c = buf[pos++];
            any = true;
            if (c == '\n') {
                break;
            }
            if (!tooLong) {
                if (sb.length() >= maxLine) {
                    tooLong = true;
                    sb = new StringBuilder();
                } else {
                    sb.append(c);
                }
            }
        }
        lineNumber = number;
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
        }
        if (number == 1 && sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
            sb.deleteCharAt(0);
        }
        return new Line(number, tooLong ? "" : sb.toString(), tooLong);
    }

    /** True unless the file's last line had no line break (valid once {@link #next()} returned null). */
    boolean endedWithNewline() {
        return endedWithNewline;
    }

    /** The message for an over-long line. */
    static String tooLongMessage(Line line) {
        return "line " + line.number() + " is longer than " + MAX_LINE + " characters and was skipped";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
