package org.paperkg.pipeline;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.paperkg.entities.Entity;
import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;

/**
 * Runs mention extraction and entity resolution over a corpus in streaming passes, each on {@code threads} threads.
 * Pass 1 extracts mentions, lets the resolver learn from them in input order and spills each paper with its mentions
 * to a temporary file; a survey reads the spill back so the resolver can count where the names it learnt occur in
 * the text; pass 2 reads the spill back, resolves links on the threads and hands each paper's links to the
 * sink in input order. With a {@link LinkSink}, pass 2 spills the links instead and a third pass maps them on the
 * threads together with the corpus-level entities (final labels and support), which the resolver only knows after
 * pass 2, and writes them in input order. Memory holds a bounded window of papers, never the corpus.
 */
public final class ExtractionPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPipeline.class);

    /** Papers in flight per thread: enough to keep the threads busy while keeping order cheap. */
    private static final int WINDOW_PER_THREAD = 16;

    private final MentionExtractor extractor;
    private final EntityResolver resolver;
    private final int threads;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ExtractionPipeline(MentionExtractor extractor, EntityResolver resolver, int threads) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * Extracts and resolves every paper; {@code sink} receives each paper with its links in input order, then the
     * summary holds the corpus-level entities. {@code progress} is told the number of papers extracted so far.
     */
    public ExtractionSummary run(Stream<PaperRecord> papers, BiConsumer<PaperRecord, List<PaperLink>> sink,
                                 LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        Path spill = Files.createTempFile("paperkg-mentions-", ".jsonl");
        try {
            long count = extractAndLearn(papers, spill, progress);
            surveyAll(spill);
            long extracted = System.nanoTime();
            long[] links = new long[1];
            linkAll(spill, linked -> linked, linked -> {
                links[0] += linked.links().size();
                sink.accept(linked.paper(), linked.links());
            });
            logPasses(started, extracted, System.nanoTime(), System.nanoTime());
            return new ExtractionSummary(count, links[0], resolver.entities(),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(spill);
        }
    }

    /**
     * Like {@link #run(Stream, BiConsumer, LongConsumer)}, but {@code sink} maps each paper's links together with
     * every entity of the corpus (from {@link EntityResolver#entities()}), so it can write final labels per paper.
     */
    public <T> ExtractionSummary run(Stream<PaperRecord> papers, LinkSink<T> sink, LongConsumer progress)
            throws IOException {
        long started = System.nanoTime();
        Path spill = Files.createTempFile("paperkg-mentions-", ".jsonl");
        Path linkSpill = Files.createTempFile("paperkg-links-", ".jsonl");
        try {
            long count = extractAndLearn(papers, spill, progress);
            surveyAll(spill);
            long extracted = System.nanoTime();
            long[] links = new long[1];
            try (BufferedWriter out = Files.newBufferedWriter(linkSpill, StandardCharsets.UTF_8)) {
                linkAll(spill, linked -> new Spilled<>(linked, json.writeValueAsString(linked)), spilled -> {
                    links[0] += spilled.value().links().size();
                    out.write(spilled.line());
                    out.newLine();
                });
            }
            Files.deleteIfExists(spill);
            long linked = System.nanoTime();
            Collection<Entity> entities = resolver.entities();
            sink.entities(entities);
            if (sink.countsFirst()) {
                countAll(linkSpill, sink);
            }
            try (BufferedReader in = Files.newBufferedReader(linkSpill, StandardCharsets.UTF_8);
                 OrderedWorkers<T> workers = new OrderedWorkers<>("paperkg-map", threads,
                         threads * WINDOW_PER_THREAD, sink::write)) {
                String line;
                while ((line = in.readLine()) != null) {
                    String l = line;
                    workers.submit(() -> {
                        LinkedPaper paper = json.readValue(l, LinkedPaper.class);
                        return sink.map(paper.paper(), paper.links());
                    });
                }
                workers.finish();
            }
            logPasses(started, extracted, linked, System.nanoTime());
            return new ExtractionSummary(count, links[0], entities, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(spill);
            Files.deleteIfExists(linkSpill);
        }
    }

    /**
     * Maps each paper's links, once the corpus-level entities are known: {@link #map} on worker threads in any
     * order, {@link #write} on the caller's thread in input order.
     *
     * @param <T> what a paper maps to
     */
    public interface LinkSink<T> {
        /** Called once before any {@link #map}: every entity some paper links to. */
        void entities(Collection<Entity> entities) throws IOException;

        /** One paper with its links; called on several threads at once. */
        T map(PaperRecord paper, List<PaperLink> links) throws IOException;

        /** Receives what {@link #map} returned, paper by paper in input order. */
        void write(T mapped) throws IOException;

        /**
         * Whether the sink reads every paper's links once before any {@link #map}, to count something over the corpus
         * (the usual metric of each dataset) that mapping a paper needs.
         */
        default boolean countsFirst() {
            return false;
        }

        /** The counting pass: one paper with its links; called on several threads at once, in any order. */
        default void count(PaperRecord paper, List<PaperLink> links) throws IOException {
        }

        /** Called once after every paper was counted and before any {@link #map}. */
        default void counted() throws IOException {
        }
    }

    /** The sink's counting pass over the spilled links, on the worker threads; links stream, none is kept. */
    private void countAll(Path linkSpill, LinkSink<?> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(linkSpill, StandardCharsets.UTF_8);
             OrderedWorkers<Boolean> workers = new OrderedWorkers<>("paperkg-count", threads,
                     threads * WINDOW_PER_THREAD, done -> { })) {
            String line;
            while ((line = in.readLine()) != null) {
                String l = line;
                workers.submit(() -> {
                    LinkedPaper paper = json.readValue(l, LinkedPaper.class);
                    sink.count(paper.paper(), paper.links());
                    return true;
                });
            }
            workers.finish();
        }
        sink.counted();
    }

    private static void logPasses(long started, long extracted, long linked, long mapped) {
        LOG.debug("Pass 1 (extract and learn) took {} ms, pass 2 (link) {} ms, pass 3 (map and write) {} ms",
                (extracted - started) / 1_000_000, (linked - extracted) / 1_000_000, (mapped - linked) / 1_000_000);
    }

    private long extractAndLearn(Stream<PaperRecord> papers, Path spill, LongConsumer progress) throws IOException {
        long[] done = new long[1];
        try (BufferedWriter out = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
             OrderedWorkers<Spilled<ExtractedPaper>> workers = new OrderedWorkers<>("paperkg-extract", threads,
                     threads * WINDOW_PER_THREAD, extracted -> {
                         // learning in input order keeps the resolver's first-seen choices deterministic
                         resolver.learn(extracted.value().paper(), extracted.value().mentions());
                         out.write(extracted.line());
                         out.newLine();
                         progress.accept(++done[0]);
                     })) {
            Iterator<PaperRecord> it = papers.iterator();
            while (it.hasNext()) {
                PaperRecord paper = it.next();
                workers.submit(() -> {
                    ExtractedPaper extracted = new ExtractedPaper(paper, extractor.extract(paper));
                    return new Spilled<>(extracted, json.writeValueAsString(extracted));
                });
            }
            workers.finish();
        }
        return done[0];
    }

    /**
     * The survey between the passes: reads the spill back and lets the resolver count, on the worker threads, where
     * the names it learnt occur in each paper's text.
     */
    private void surveyAll(Path spill) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8);
             OrderedWorkers<Boolean> workers = new OrderedWorkers<>("paperkg-survey", threads,
                     threads * WINDOW_PER_THREAD, done -> { })) {
            String line;
            while ((line = in.readLine()) != null) {
                String l = line;
                workers.submit(() -> {
                    ExtractedPaper extracted = json.readValue(l, ExtractedPaper.class);
                    resolver.survey(extracted.paper(), extracted.mentions());
                    return Boolean.TRUE;
                });
            }
            workers.finish();
        }
    }

    /**
     * Pass 2: reads the spill back and resolves each paper's links on the worker threads (the resolver only reads
     * what pass 1 learnt), turns them into {@code R} there too, and hands the results to {@code consumer} in input
     * order.
     */
    private <R> void linkAll(Path spill, Linker<R> then, OrderedWorkers.ResultConsumer<R> consumer)
            throws IOException {
        try (BufferedReader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8);
             OrderedWorkers<R> workers = new OrderedWorkers<>("paperkg-link", threads, threads * WINDOW_PER_THREAD,
                     consumer)) {
            String line;
            while ((line = in.readLine()) != null) {
                String l = line;
                workers.submit(() -> {
                    ExtractedPaper extracted = json.readValue(l, ExtractedPaper.class);
                    List<PaperLink> links = resolver.links(extracted.paper(), extracted.mentions());
                    return then.apply(new LinkedPaper(extracted.paper(), links));
                });
            }
            workers.finish();
        }
    }

    /** What a worker makes of one linked paper. */
    @FunctionalInterface
    private interface Linker<R> {
        R apply(LinkedPaper linked) throws IOException;
    }

    /** A value with its JSON line, serialised on the worker thread. */
    private record Spilled<V>(V value, String line) {
    }

    /** One paper with its links, as spilled between passes 2 and 3. */
    record LinkedPaper(PaperRecord paper, List<PaperLink> links) {
    }

    /** One paper with its mentions, as spilled between the passes. */
    record ExtractedPaper(PaperRecord paper, List<Mention> mentions) {
    }
}
