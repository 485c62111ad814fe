package org.paperkg.listings;

/**
 * One rejected record or file and why.
 *
 * @param file    the file as given by the user (or found under a given folder)
 * @param line    1-based line where the rejected item starts (0 when no line applies)
 * @param record  1-based record number within the file (0 when the whole file was rejected)
 * @param message one plain sentence saying what is wrong
 */
public record ReadProblem(String file, long line, long record, String message) {

    /** The problem as one line of JSON with fields {@code file, line, record, message} (for rejects files). */
    public String toJsonLine() {
        com.fasterxml.jackson.databind.node.ObjectNode o = org.paperkg.papers.PaperJson.mapper().createObjectNode();
        o.put("file", file).put("line", line).put("record", record).put("message", message);
        return o.toString();
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
