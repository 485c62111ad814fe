package org.paperkg.listings;

import org.paperkg.papers.PaperRecord;

/** Receives what a {@link ListingReader} finds in one file: accepted records and rejected ones. */
interface RecordSink {

    /** An accepted record with exactly one origin. */
    void accept(PaperRecord record);

    /** A rejected record (or the rest of the file) starting at {@code line}; {@code record} 0 for the whole file. */
    void reject(long line, long record, String message);
}
