package org.paperkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.input.PortableDataStream;

import org.paperkg.listings.ListingFiles;
import org.paperkg.listings.ReadProblem;
import org.paperkg.papers.PaperKeys;

/**
 * Reads one listing file that Spark opened (from any file system it reaches) with the same readers as the
 * single-JVM build. The readers need a local file, so the stream is copied to the task's temporary folder first.
 */
final class ListingFileReader {

    private ListingFileReader() {
    }

    /** The file's records and problems; a file that cannot be read at all is one problem. */
    static List<ListingRecord> read(String file, PortableDataStream data) {
        List<ListingRecord> out = new ArrayList<>();
        Path local = null;
        try {
            local = Files.createTempFile("paperkg-listing-", suffix(file));
            try (InputStream in = data.open()) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            long[] index = {0};
            ListingFiles.read(local, file,
                    r -> out.add(ListingRecord.of(PaperKeys.key(r.arxivId(), r.doi(), r.title()), file, index[0]++,
                            PaperCodec.paper(r))),
                    p -> out.add(ListingRecord.problem(file, p.toString())));
        } catch (IOException | UncheckedIOException e) {
            out.add(ListingRecord.problem(file, new ReadProblem(file, 0, 0,
                    "the file could not be read: " + e.getMessage()).toString()));
        } finally {
            if (local != null) {
                try {
                    Files.deleteIfExists(local);
                } catch (IOException e) {
                    // a leftover temp file is harmless
                }
            }
        }
        return out;
    }

    /** Keeps a compression suffix, which format detection may look at. */
    private static String suffix(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.indexOf('.', slash + 1);
        return dot < 0 ? ".txt" : file.substring(dot);
    }
}
