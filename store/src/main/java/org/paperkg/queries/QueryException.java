package org.paperkg.queries;

/** A saved query could not be found, read, bound or run; the message is one plain sentence. */
public class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
