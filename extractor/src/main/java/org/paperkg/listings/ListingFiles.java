package org.paperkg.listings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.paperkg.papers.PaperRecord;

/**
 * Reads one listing file of any known format, for engines that read files apart (one per task) and merge the
 * records of a paper later; {@link PaperSource} does both for one machine.
 */
public final class ListingFiles {

    private ListingFiles() {
    }

    /**
     * Reads {@code file}, shown to users as {@code name}: each accepted record (with one origin) goes to
     * {@code accepted}, each rejected record, or the whole file when its format is unknown, to {@code rejected}.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static void read(Path file, String name, Consumer<PaperRecord> accepted, Consumer<ReadProblem> rejected)
            throws IOException {
        ListingFormat.Detection d = ListingFormat.detect(file);
        if (d.format() == null) {
            rejected.accept(new ReadProblem(name, d.line(), 0, "the file " + d.problem()));
            return;
        }
        d.format().reader().read(file, name, new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
                accepted.accept(record);
            }

            @Override
            public void reject(long line, long record, String message) {
                rejected.accept(new ReadProblem(name, line, record, message));
            }
        });
    }
}
