package org.paperkg.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    /** Everything read and done. */
    public static final int OK = 0;
    /** The command failed (bad arguments, I/O error, server could not start). */
    public static final int FAILURE = 1;
    /** The command finished but some input was rejected (see the messages and {@code --rejects}). */
    public static final int REJECTED = 2;

    private ExitCodes() {
    }
}
