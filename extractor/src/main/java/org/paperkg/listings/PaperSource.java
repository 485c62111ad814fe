package org.paperkg.listings;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.paperkg.papers.PaperJson;
import org.paperkg.papers.PaperKeys;
import org.paperkg.papers.PaperRecord;

/** Reads listing files and folders into de-duplicated paper records. */
public final class PaperSource implements AutoCloseable {

    private final List<InputFiles.Input> inputs;
    /** Problems met while listing the inputs, reported when reading starts (the listener is set after open). */
    private final List<ReadProblem> walkProblems;
    private Consumer<ReadProblem> listener = p -> { };
    private Path tempDir;
    private LongConsumer progress = n -> { };
    private boolean used;
    private ReadSummary summary;

    // spill of accepted records, one JSON line each
    private Path spill;
    private FileChannel channel;
    private long[] recordOffset = new long[1024];
    private int[] recordLength = new int[1024];
    private int[] nextRecordOfPaper = new int[1024];
    private int records;
    // papers in first-seen order: their first and last record
    private int[] paperFirst = new int[1024];
    private int[] paperLast = new int[1024];
    private int papers;
    // the key index
    private final Map<String, Integer> byArxivId = new HashMap<>();
    private final Map<String, Integer> byDoi = new HashMap<>();
    private final Map<String, Integer> byTitle = new HashMap<>();
    private final List<String> paperArxivId = new ArrayList<>();
    private final List<String> paperDoi = new ArrayList<>();
    private long rejected;

    private PaperSource(List<InputFiles.Input> inputs, List<ReadProblem> walkProblems) {
        this.inputs = inputs;
        this.walkProblems = walkProblems;
    }

    /**
     * A source over {@code paths}: files ({@code -} is standard input; pipes are read like files), or folders read
     * recursively in sorted order with hidden files and folders skipped (see {@link InputFiles}).
     *
     * @throws NoSuchFileException when a path does not exist
     */
    public static PaperSource open(List<Path> paths) throws IOException {
        List<ReadProblem> problems = new ArrayList<>();
        return new PaperSource(InputFiles.expand(paths, problems::add), problems);
    }

    /** Calls {@code listener} for each rejected record or file (in reading order, on the reading thread). */
    public PaperSource onProblem(Consumer<ReadProblem> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Calls {@code progress} with the number of records read so far (accepted and rejected) while reading. */
    public PaperSource onProgress(LongConsumer progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Puts the temporary spill file in {@code dir} instead of the system's temporary folder. */
    public PaperSource tempDir(Path dir) {
        this.tempDir = Objects.requireNonNull(dir, "dir");
        return this;
    }

    /**
     * Reads and merges all input first (spilling records to a temp file; memory holds only a key index), then streams
     * merged papers in first-seen order. Call once.
     */
    public Stream<PaperRecord> papers() throws IOException {
        if (used) {
            throw new IllegalStateException("papers() can be called only once per PaperSource");
        }
        used = true;
        spill = tempDir == null ? Files.createTempFile("paperkg-papers-", ".jsonl")
                : Files.createTempFile(tempDir, "paperkg-papers-", ".jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16)) {
            long[] offset = {0};
            walkProblems.forEach(this::problem);
            for (InputFiles.Input input : inputs) {
                readInput(input, out, offset);
            }
        }
        summary = new ReadSummary(inputs.size(), records, papers, records - papers, rejected);
        channel = FileChannel.open(spill, StandardOpenOption.READ);
        Iterator<PaperRecord> it = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < papers;
            }

            @Override
            public PaperRecord next() {
                if (next >= papers) {
                    throw new NoSuchElementException();
                }
                return paper(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, papers, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::closeChannel);
    }

    /** Valid once papers() has returned (so the paper count is known before the first record is consumed). */
    public ReadSummary summary() {
        if (summary == null) {
            throw new IllegalStateException("summary() is known only after papers() has returned");
        }
        return summary;
    }

    /** Reads one input; a stream (standard input, a pipe) is first copied to a temporary file, as it is read twice. */
    private void readInput(InputFiles.Input input, OutputStream out, long[] offset) throws IOException {
        if (!input.stream()) {
            readFile(input.file(), input.name(), out, offset);
            return;
        }
        Path copy = tempDir == null ? Files.createTempFile("paperkg-input-", ".txt")
                : Files.createTempFile(tempDir, "paperkg-input-", ".txt");
        try {
            try (InputStream in = input.isStdin() ? System.in : Files.newInputStream(input.file())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                problem(new ReadProblem(input.name(), 0, 0, "the file could not be read: " + e.getMessage()));
                return;
            }
            readFile(copy, input.name(), out, offset);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void readFile(Path file, String name, OutputStream out, long[] offset) throws IOException {
        int recordsBefore = records;
        long rejectedBefore = rejected;
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(PaperRecord record) {
                try {
                    add(record, out, offset);
                } catch (IOException e) {
                    throw new SpillFailure(e);
                }
            }

            @Override
            public void reject(long line, long record, String message) {
                problem(new ReadProblem(name, line, record, message));
            }
        };
        try {
            ListingFormat.Detection d = ListingFormat.detect(file);
            if (d.format() == null) {
                sink.reject(d.line(), 0, "the file " + d.problem());
                return;
            }
            d.format().reader().read(file, name, sink);
            if (d.format().isPage() && records == recordsBefore && rejected == rejectedBefore) {
                // Never a silent exit 0: a page that looked like a listing but gave nothing is a rejection. (A JSON
                // list or an Atom feed can say "no papers today" explicitly; a page cannot.)
                sink.reject(0, 0, "the file looks like " + d.format().description()
                        + " but holds no paper record paperkg can read (is it complete and in order?)");
            }
        } catch (SpillFailure e) {
            throw new IOException("could not write the temporary file " + spill + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (IOException | UncheckedIOException e) {
            sink.reject(0, 0, "the file could not be read: " + e.getMessage());
        }
    }

    /** Writing the spill failed: a failure of the whole run, not a problem of the file being read. */
    private static final class SpillFailure extends UncheckedIOException {
        SpillFailure(IOException cause) {
            super(cause);
        }
    }

    private void problem(ReadProblem p) {
        rejected++;
        listener.accept(p);
        progress.accept(records + rejected);
    }

    private void add(PaperRecord r, OutputStream out, long[] offset) throws IOException {
        byte[] line = (PaperJson.toJsonLine(r) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(line);
        int paper = findPaper(r);
        if (records == recordOffset.length) {
            recordOffset = Arrays.copyOf(recordOffset, records * 2);
            recordLength = Arrays.copyOf(recordLength, records * 2);
            nextRecordOfPaper = Arrays.copyOf(nextRecordOfPaper, records * 2);
        }
        int rec = records++;
        recordOffset[rec] = offset[0];
        recordLength[rec] = line.length;
        nextRecordOfPaper[rec] = -1;
        offset[0] += line.length;
        if (paper < 0) {
            if (papers == paperFirst.length) {
                paperFirst = Arrays.copyOf(paperFirst, papers * 2);
                paperLast = Arrays.copyOf(paperLast, papers * 2);
            }
            paper = papers++;
            paperFirst[paper] = rec;
            paperArxivId.add(null);
            paperDoi.add(null);
        } else {
            nextRecordOfPaper[paperLast[paper]] = rec;
        }
        paperLast[paper] = rec;
        register(paper, r);
        progress.accept(records + rejected);
    }

    /**
     * The paper this record belongs to, or -1: same arXiv id; else same DOI (unless both have different arXiv ids);
     * else same normalised title when the two do not carry different ids.
     */
    private int findPaper(PaperRecord r) {
        if (r.arxivId() != null) {
            Integer p = byArxivId.get(r.arxivId());
            if (p != null) {
                return p;
            }
        }
        if (r.doi() != null) {
            Integer p = byDoi.get(r.doi());
            if (p != null && compatible(paperArxivId.get(p), r.arxivId())) {
                return p;
            }
        }
        Integer p = byTitle.get(PaperKeys.titleKey(r.title()));
        if (p != null && compatible(paperArxivId.get(p), r.arxivId()) && compatible(paperDoi.get(p), r.doi())) {
            return p;
        }
        return -1;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private void register(int paper, PaperRecord r) {
        if (r.arxivId() != null) {
            byArxivId.putIfAbsent(r.arxivId(), paper);
            if (paperArxivId.get(paper) == null) {
                paperArxivId.set(paper, r.arxivId());
            }
        }
        if (r.doi() != null) {
            byDoi.putIfAbsent(r.doi(), paper);
            if (paperDoi.get(paper) == null) {
                paperDoi.set(paper, r.doi());
            }
        }
        byTitle.putIfAbsent(PaperKeys.titleKey(r.title()), paper);
    }

    private PaperRecord paper(int paper) {
        try {
            List<PaperRecord> recs = new ArrayList<>(1);
            for (int rec = paperFirst[paper]; rec >= 0; rec = nextRecordOfPaper[rec]) {
                ByteBuffer buf = ByteBuffer.allocate(recordLength[rec]);
                long pos = recordOffset[rec];
                while (buf.hasRemaining()) {
                    int n = channel.read(buf, pos + buf.position());
                    if (n < 0) {
                        throw new IOException("the spill file " + spill + " ended early");
                    }
                }
                recs.add(PaperJson.fromJsonLine(new String(buf.array(), StandardCharsets.UTF_8)));
            }
            return PaperMerger.merge(recs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // reading is over
            }
            channel = null;
        }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        closeChannel();
        if (spill != null) {
            try {
                Files.deleteIfExists(spill);
            } catch (IOException e) {
                // a leftover temp file is harmless
            }
            spill = null;
        }
    }
}
