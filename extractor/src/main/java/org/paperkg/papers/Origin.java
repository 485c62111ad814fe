package org.paperkg.papers;

/**
 * Where a record was read: a file and the line (text formats) or record number (JSON arrays) it starts at.
 *
 * @param file   the file as given by the user (or found under a given folder)
 * @param line   1-based line of the record's first line; for JSON arrays the line where the element starts
 * @param record 1-based index of the record within its file
 */
public record Origin(String file, long line, long record) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
