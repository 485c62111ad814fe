package org.paperkg.listings;

import org.paperkg.papers.PaperRecord;

/** Receives what a {@link ListingReader} finds in one file: accepted records and rejected ones. */
interface RecordSink {

    /** An accepted record with exactly one origin. */
    void accept(PaperRecord record);

    /** A rejected record (or the rest of the file) starting at {@code line}; {@code record} 0 for the whole file. */
    void reject(long line, long record, String message);

    /**
     * The file states that it holds no records (an empty records array, as a day without papers is written): an
     * empty listing, not one that failed to give its records.
     */
    default void declaredEmpty() {
    }
}
