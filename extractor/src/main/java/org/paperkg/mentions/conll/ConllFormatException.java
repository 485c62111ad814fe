package org.paperkg.mentions.conll;

import java.io.IOException;
import java.nio.file.Path;

/** A CoNLL file that cannot be read as such; the message names the file and the line. */
public final class ConllFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public ConllFormatException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public ConllFormatException(Path file, long line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The 1-based line, 0 when the problem is not on one line. */
    public long line() {
        return line;
    }
}
