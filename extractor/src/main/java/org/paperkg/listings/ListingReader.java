package org.paperkg.listings;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one listing format: turns a file into records, reporting what it cannot read without stopping. */
interface ListingReader {

    /**
     * Reads {@code file}, shown to users as {@code name}, into {@code sink}. Problems inside the file are reported to
     * the sink; an IOException means the file could not be read at all.
     */
    void read(Path file, String name, RecordSink sink) throws IOException;
}
