package org.paperkg.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;

/**
 * JMH form of the extraction comparison: one operation is one title+abstract through either CoreNLP's
 * tokenize,ssplit,pos,lemma or paperkg's mention extractor; run with {@code -t 1} and {@code -t 2} for the thread
 * counts (one shared pipeline, as in {@code paperkg build}). Texts: the first {@code texts} papers of
 * {@code -p sources=FILE[:FILE]} (the corpus from {@link ScaleCorpus}; JMH splits parameter values at commas).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class ExtractionJmh {

    @Param({"corenlp", "paperkg"})
    public String system;

    @Param({"500"})
    public int texts;

    @Param({"/tmp/paperkg-bench/corpus/real.jsonl"})
    public String sources;

    private List<PaperRecord> papers;
    private final AtomicInteger next = new AtomicInteger();
    private StanfordCoreNLP nlp;
    private MentionExtractor extractor;

    @Setup
    public void setUp() throws Exception {
        papers = ExtractionBench.texts(Arrays.stream(sources.split(":")).map(Path::of).toList(), texts);
        if (system.equals("corenlp")) {
            nlp = ExtractionBench.baseline();
        } else {
            extractor = Product.newExtractor();
        }
    }

    @Benchmark
    public int abstractOnce() {
        PaperRecord p = papers.get(Math.floorMod(next.getAndIncrement(), papers.size()));
        if (nlp != null) {
            Annotation a = new Annotation(p.fullText());
            nlp.annotate(a);
            return a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return extractor.extract(p).size();
    }
}
