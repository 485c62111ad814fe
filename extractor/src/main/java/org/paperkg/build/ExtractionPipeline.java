package org.paperkg.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.paperkg.entities.Entity;
import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;

/**
 * Runs mention extraction and entity resolution over a corpus in streaming passes.
 * Pass 1 extracts mentions on {@code threads} threads, lets the resolver learn from them and spills each paper with
 * its mentions to a temporary file; pass 2 reads the spill back in input order and hands each paper's links to the
 * sink. With a {@link LinkSink}, pass 2 spills the links instead and a third pass hands them over together with the
 * corpus-level entities (final labels and support), which the resolver only knows after pass 2.
 * Memory holds a bounded window of papers, never the corpus.
 */
public final class ExtractionPipeline {

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
            long links = linkAll(spill, sink);
            return new ExtractionSummary(count, links, resolver.entities(),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(spill);
        }
    }

    /**
     * Like {@link #run(Stream, BiConsumer, LongConsumer)}, but {@code sink} receives each paper's links together with
     * every entity of the corpus (from {@link EntityResolver#entities()}), so it can write final labels per paper.
     */
    public ExtractionSummary run(Stream<PaperRecord> papers, LinkSink sink, LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        Path spill = Files.createTempFile("paperkg-mentions-", ".jsonl");
        Path linkSpill = Files.createTempFile("paperkg-links-", ".jsonl");
        try {
            long count = extractAndLearn(papers, spill, progress);
            long links;
            try (BufferedWriter out = Files.newBufferedWriter(linkSpill, StandardCharsets.UTF_8)) {
                links = linkAll(spill, (paper, paperLinks) -> {
                    try {
                        out.write(json.writeValueAsString(new LinkedPaper(paper, paperLinks)));
                        out.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.deleteIfExists(spill);
            Collection<Entity> entities = resolver.entities();
            try (BufferedReader in = Files.newBufferedReader(linkSpill, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    LinkedPaper linked = json.readValue(line, LinkedPaper.class);
                    sink.accept(linked.paper(), linked.links(), entities);
                }
            }
            return new ExtractionSummary(count, links, entities, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(spill);
            Files.deleteIfExists(linkSpill);
        }
    }

    /** Receives one paper's links, in input order, once the corpus-level entities are known. */
    @FunctionalInterface
    public interface LinkSink {
        /** {@code entities} is the same collection for every paper: every entity some paper links to. */
        void accept(PaperRecord paper, List<PaperLink> links, Collection<Entity> entities) throws IOException;
    }

    private long extractAndLearn(Stream<PaperRecord> papers, Path spill, LongConsumer progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
        long done = 0;
        try (BufferedWriter out = Files.newBufferedWriter(spill, StandardCharsets.UTF_8)) {
            ArrayDeque<Future<ExtractedPaper>> window = new ArrayDeque<>();
            Iterator<PaperRecord> it = papers.iterator();
            while (it.hasNext()) {
                PaperRecord paper = it.next();
                window.add(pool.submit(() -> new ExtractedPaper(paper, extractor.extract(paper))));
                if (window.size() >= threads * WINDOW_PER_THREAD) {
                    write(await(window.poll()), out);
                    progress.accept(++done);
                }
            }
            while (!window.isEmpty()) {
                write(await(window.poll()), out);
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
        return done;
    }

    private void write(ExtractedPaper extracted, BufferedWriter out) throws IOException {
        resolver.learn(extracted.paper(), extracted.mentions());
        out.write(json.writeValueAsString(extracted));
        out.newLine();
    }

    private long linkAll(Path spill, BiConsumer<PaperRecord, List<PaperLink>> sink) throws IOException {
        long links = 0;
        try (BufferedReader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                ExtractedPaper extracted = json.readValue(line, ExtractedPaper.class);
                List<PaperLink> paperLinks = resolver.links(extracted.paper(), extracted.mentions());
                links += paperLinks.size();
                sink.accept(extracted.paper(), paperLinks);
            }
        }
        return links;
    }

    private static ExtractedPaper await(Future<ExtractedPaper> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Extraction was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    /** One paper with its links, as spilled between passes 2 and 3. */
    record LinkedPaper(PaperRecord paper, List<PaperLink> links) {
    }

    /** One paper with its mentions, as spilled between the passes. */
    record ExtractedPaper(PaperRecord paper, List<Mention> mentions) {
    }
}
