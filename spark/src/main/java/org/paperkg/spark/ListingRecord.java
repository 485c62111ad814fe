package org.paperkg.spark;

import java.io.Serializable;

/**
 * One record read from a listing file, or one problem: a record with its paper key and reading position (file,
 * then record number) so that the records of a paper merge in the order the single-JVM build reads them.
 *
 * @param key     the paper key (arXiv id, else DOI, else title key); null for a problem
 * @param file    the file it came from, as Spark names it
 * @param index   0-based number of the record within the file
 * @param json    the record as a JSON line; null for a problem
 * @param problem a rejected record or file, as {@code file:line: message}; null for a record
 */
record ListingRecord(String key, String file, long index, String json, String problem) implements Serializable {

    static ListingRecord of(String key, String file, long index, String json) {
        return new ListingRecord(key, file, index, json, null);
    }

    static ListingRecord problem(String file, String problem) {
        return new ListingRecord(null, file, -1, null, problem);
    }

    boolean isProblem() {
        return problem != null;
    }

    /** Reading order: by file name, then record number. */
    int compareOrder(ListingRecord o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Long.compare(index, o.index);
    }
}
