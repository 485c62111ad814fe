package org.paperkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.jena.riot.system.StreamRDFLib;

import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.ExtractionPipeline;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.pipeline.ExtractionSummary;
import org.paperkg.listings.PaperSource;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;

/**
 * Extraction throughput, side by side in one JVM: CoreNLP's own tokenize,ssplit,pos,lemma pipeline
 * ({@code splitHyphenated=false}) against paperkg's mention extractor alone ({@code paperkg-extract}), its two-pass
 * extraction pipeline ({@code paperkg-pipeline}: extract, learn, spill, link) and the whole {@code paperkg build} minus
 * file output ({@code paperkg-build}: the pipeline plus RDF mapping into a null sink), on the same titles and abstracts
 * with the same thread counts. Rounds interleave
 * the systems so that they share whatever else the machine does; warm-up rounds are run and discarded; model
 * loading is timed apart (and, with {@code --load-only}, in a fresh JVM).
 *
 * <p>Usage: {@code ExtractionBench [--texts 500] [--threads 1,2] [--warmup 1] [--rounds 5]
 * [--systems corenlp,paperkg-extract,paperkg-build,paperkg-pipeline] [--load-only corenlp|paperkg] CORPUS.jsonl}
 * (the {@code real.jsonl} that {@link ScaleCorpus} writes: every distinct real record in a fixed mixed order).
 */
public final class ExtractionBench {

    private ExtractionBench() {
    }

    /** One system under test: runs the texts on a number of threads, returns a work count for sanity. */
    private interface System {
        long run(List<PaperRecord> papers, int threads) throws Exception;
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        List<Path> sources = args.positional().stream().map(Path::of).toList();
        String loadOnly = args.get("load-only", null);
        if (loadOnly != null) {
            long t0 = java.lang.System.nanoTime();
            if (loadOnly.equals("corenlp")) {
                baseline();
            } else {
                Product.newExtractor();
            }
            java.lang.System.out.printf(Locale.ROOT, "RESULT model-load system=%s seconds=%.2f%n", loadOnly,
                    (java.lang.System.nanoTime() - t0) / 1e9);
            return;
        }
        int n = Args.parseSize(args.get("texts", "500"));
        List<Integer> threadCounts = args.ints("threads", "1,2");
        int warmup = args.getInt("warmup", 1);
        int rounds = args.getInt("rounds", 5);
        List<String> systems = List.of(args.get("systems", "corenlp,paperkg-extract,paperkg-build").split(","));

        List<PaperRecord> papers = texts(sources, n);
        long chars = papers.stream().mapToLong(p -> p.fullText().length()).sum();
        java.lang.System.out.printf(Locale.ROOT, "texts: %d titles+abstracts, %.0f chars on average; cores: %d; %s%n",
                papers.size(), (double) chars / papers.size(), Runtime.getRuntime().availableProcessors(),
                String.join(", ", Product.describe()));

        Map<String, System> run = new LinkedHashMap<>();
        Map<String, Double> loads = new LinkedHashMap<>();
        for (String name : systems) {
            long t0 = java.lang.System.nanoTime();
            switch (name) {
                case "corenlp" -> {
                    StanfordCoreNLP nlp = baseline();
                    run.put(name, (ps, t) -> parallel(ps, t, p -> {
                        Annotation a = new Annotation(p.fullText());
                        nlp.annotate(a);
                        return a.get(CoreAnnotations.TokensAnnotation.class).size();
                    }));
                }
                case "paperkg-extract" -> {
                    MentionExtractor ex = Product.newExtractor();
                    run.put(name, (ps, t) -> parallel(ps, t, p -> ex.extract(p).size()));
                }
                case "paperkg-pipeline" -> {
                    MentionExtractor ex = Product.newExtractor();
                    run.put(name, (ps, t) -> {
                        ExtractionPipeline pipeline = new ExtractionPipeline(ex, Product.newResolver(), t);
                        ExtractionSummary s = pipeline.run(ps.stream(), (p, links) -> { }, done -> { });
                        return s.links();
                    });
                }
                case "paperkg-build" -> {
                    MentionExtractor ex = Product.newExtractor();
                    run.put(name, (ps, t) -> {
                        GraphBuilder builder = new GraphBuilder(new BuildOptions(null, null, t), () -> ex,
                                Product::newResolver);
                        return builder.build(ps.stream(), StreamRDFLib.sinkNull(), done -> { }).quads();
                    });
                }
                default -> throw new IllegalArgumentException("unknown system " + name);
            }
            loads.put(name, (java.lang.System.nanoTime() - t0) / 1e9);
        }
        loads.forEach((k, v) -> java.lang.System.out.printf(Locale.ROOT,
                "model load in this JVM (in this order; later loads share warm caches): %-17s %.2f s%n", k, v));

        // rates.get(system + "@" + threads) = abstracts/s of each measured round
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, Long> work = new LinkedHashMap<>();
        for (int r = -warmup; r < rounds; r++) {
            for (int t : threadCounts) {
                for (Map.Entry<String, System> e : run.entrySet()) {
                    long t0 = java.lang.System.nanoTime();
                    long units = e.getValue().run(papers, t);
                    double secs = (java.lang.System.nanoTime() - t0) / 1e9;
                    double rate = papers.size() / secs;
                    String key = e.getKey() + "@" + t;
                    java.lang.System.out.printf(Locale.ROOT, "%s round %d %-17s threads=%d %7.1f abstracts/s (%d units)%n",
                            r < 0 ? "warm-up" : "measure", r, e.getKey(), t, rate, units);
                    if (r >= 0) {
                        rates.computeIfAbsent(key, k -> new ArrayList<>()).add(rate);
                        work.put(key, units);
                    }
                }
            }
        }

        java.lang.System.out.println();
        java.lang.System.out.println("| system | threads | abstracts/s median (min–max, ±spread, n) |");
        java.lang.System.out.println("| --- | --- | --- |");
        for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
            String[] k = e.getKey().split("@");
            Stats s = new Stats(e.getValue());
            java.lang.System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", k[0], k[1], s.summary(1));
            java.lang.System.out.printf(Locale.ROOT, "RESULT extraction system=%s threads=%s median=%.2f min=%.2f max=%.2f n=%d%n",
                    k[0], k[1], s.median(), s.min(), s.max(), s.count());
        }
        if (run.containsKey("corenlp")) {
            java.lang.System.out.println();
            java.lang.System.out.println("| ratio to corenlp | threads | median of per-round ratios (min–max) |");
            java.lang.System.out.println("| --- | --- | --- |");
            for (String name : run.keySet()) {
                if (name.equals("corenlp")) {
                    continue;
                }
                for (int t : threadCounts) {
                    List<Double> base = rates.get("corenlp@" + t);
                    List<Double> mine = rates.get(name + "@" + t);
                    List<Double> ratios = new ArrayList<>();
                    for (int i = 0; i < base.size(); i++) {
                        ratios.add(mine.get(i) / base.get(i));
                    }
                    Stats s = new Stats(ratios);
                    java.lang.System.out.printf(Locale.ROOT, "| %s | %d | %.2f (%.2f–%.2f) |%n", name, t, s.median(), s.min(), s.max());
                    java.lang.System.out.printf(Locale.ROOT, "RESULT ratio system=%s threads=%d median=%.3f min=%.3f max=%.3f%n",
                            name, t, s.median(), s.min(), s.max());
                }
            }
        }
    }

    /** CoreNLP's own fast path, configured as paperkg's guide prescribes. */
    static StanfordCoreNLP baseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.options", "splitHyphenated=false");
        return new StanfordCoreNLP(props);
    }

    /** The first {@code n} papers of the corpus files, read by paperkg's own reader (texts exactly as it sees them). */
    static List<PaperRecord> texts(List<Path> corpus, int n) throws IOException {
        try (PaperSource source = PaperSource.open(corpus)) {
            return source.papers().limit(n).toList();
        }
    }

    /** Runs {@code work} on every paper with {@code threads} threads pulling from one shared index. */
    private static long parallel(List<PaperRecord> papers, int threads, ToIntFunction<PaperRecord> work)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicLong units = new AtomicLong();
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                fs.add(pool.submit(() -> {
                    int j;
                    while ((j = next.getAndIncrement()) < papers.size()) {
                        units.addAndGet(work.applyAsInt(papers.get(j)));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return units.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
