package org.paperkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.entities.CorpusSurvey;
import org.paperkg.entities.Entity;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.pipeline.BuildSummary;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.rdf.EntityFacts;
import org.paperkg.rdf.EntityGraphCollector;
import org.paperkg.rdf.EntityLookup;
import org.paperkg.rdf.PaperGraphMapper;
import org.paperkg.rdf.ResultGraphMapper;
import org.paperkg.results.DatasetMetrics;
import org.paperkg.results.ResultExtractor;

/**
 * The paperkg build on Spark, stage by stage as on one machine: read and merge records, extract mentions per
 * partition (one extractor per executor JVM), learn the corpus statistics per partition and add them up
 * ({@link CorpusEntityResolver#merge}), broadcast them, survey where the learnt names occur per partition and add
 * the counts up ({@link CorpusSurvey#merge}), broadcast the resolver with them, resolve each paper's links, count
 * support with a Spark aggregation, broadcast the linked entities, map each paper (links and results) to its named
 * graph and add up the entities graph (entities and metrics).
 * The output is a folder of gzipped N-Quads parts ({@code part-*.nq.gz}), the paper graphs first, then the entities
 * graph (in IRI order, over as many parts) and the ontology if asked for.
 */
public final class SparkGraphBuild {

    private static final Logger LOG = LoggerFactory.getLogger(SparkGraphBuild.class);
    /** Problems printed in full; the rest are counted. */
    private static final int PROBLEMS_SHOWN = 100;

    private final SparkBuildOptions options;

    public SparkGraphBuild(SparkBuildOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** What a run produced, with the problems met reading the input and the time of each phase. */
    public record Result(BuildSummary summary, List<String> problems, Map<String, Double> phaseSeconds) {
    }

    /** Runs the build on {@code sc}; the result names the first hundred rejected records or files. */
    public Result run(JavaSparkContext sc) throws IOException {
        long started = System.nanoTime();
        Phases phases = new Phases();
        Path out = new Path(options.out());
        FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
        if (fs.exists(out)) {
            throw new IOException("The output folder " + options.out() + " exists already; remove it or choose another.");
        }
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        // load reads every file of the folder: no _SUCCESS marker
        sc.hadoopConfiguration().setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
        String version = GraphBuilder.extractorVersion();
        String vocabulary = options.vocabulary();
        String nerModel = options.nerModel();
        ExtractorChoice choice = options.extractor();

        // read: one task per file, records keyed by paper
        JavaRDD<ListingRecord> read = sc.binaryFiles(String.join(",", options.inputs()), sc.defaultParallelism())
                .flatMap(f -> ListingFileReader.read(f._1(), f._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<String> problems = new ArrayList<>(read.filter(ListingRecord::isProblem)
                .map(ListingRecord::problem).take(PROBLEMS_SHOWN));
        Map<Boolean, Long> recordsByProblem = read.map(ListingRecord::isProblem).countByValue();
        long rejects = recordsByProblem.getOrDefault(true, 0L);
        int partitions = ExtractionPartitions.of(recordsByProblem.getOrDefault(false, 0L), sc.defaultParallelism(),
                options.partitions());
        LOG.info("{} records in {} partitions", recordsByProblem.getOrDefault(false, 0L), partitions);
        // records of one paper: same paper key, then same title unless their ids differ (PaperSource's rules)
        JavaRDD<String> papers = read.filter(r -> !r.isProblem())
                .mapToPair(r -> new Tuple2<>(r.key(), r))
                .groupByKey(partitions)
                .mapToPair(group -> {
                    PaperGroup g = PaperGroup.of(group._2());
                    return new Tuple2<>(g.titleKey(), g);
                })
                .groupByKey(partitions)
                .flatMap(title -> PaperGroup.joinByTitle(title._2()).iterator())
                .map(PaperGroup::merged);
        phases.done("read");

        // pass 1: extract per partition, learn per partition, add the summaries up
        JavaRDD<Tuple2<String, String>> extracted = papers.mapPartitions(it -> {
            MentionExtractor extractor = ExtractorHolder.extractor(choice, vocabulary, nerModel);
            return map(it, json -> new Tuple2<>(json, PaperCodec.mentions(extractor.extract(PaperCodec.paper(json)))));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        CorpusEntityResolver learnt = extracted.mapPartitions(it -> {
            CorpusEntityResolver part = new CorpusEntityResolver();
            while (it.hasNext()) {
                Tuple2<String, String> e = it.next();
                part.learn(PaperCodec.paper(e._1()), PaperCodec.mentions(e._2()));
            }
            return List.of(part).iterator();
        }).treeReduce((a, b) -> {
            a.merge(b);
            return a;
        });
        read.unpersist();
        long paperCount = extracted.count();
        phases.done("extract and learn");

        // survey: where the learnt names occur in the text, counted per partition and added up
        Broadcast<CorpusEntityResolver> learntNames = sc.broadcast(learnt);
        CorpusSurvey surveyed = extracted.mapPartitions(it -> {
            CorpusSurvey part = learntNames.value().newSurvey();
            while (it.hasNext()) {
                part.survey(PaperCodec.paper(it.next()._1()));
            }
            return List.of(part).iterator();
        }).treeReduce((a, b) -> {
            a.merge(b);
            return a;
        });
        learntNames.destroy();
        learnt.useSurvey(surveyed);
        phases.done("survey");

        // pass 2: resolve each paper's links against the broadcast summary; support is a Spark count
        Broadcast<CorpusEntityResolver> resolver = sc.broadcast(learnt);
        JavaRDD<Tuple2<String, String>> linked = extracted.map(e -> new Tuple2<>(e._1(), PaperCodec.links(
                resolver.value().links(PaperCodec.paper(e._1()), PaperCodec.mentions(e._2())))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Tuple2<EntityType, String>, Integer> support = linked
                .flatMapToPair(l -> map(PaperCodec.links(l._2()).iterator(),
                        link -> new Tuple2<>(new Tuple2<>(link.relation().type(), link.entityKey()), 1)))
                .reduceByKey(Integer::sum);
        List<Entity> entities = support
                .map(s -> resolver.value().entity(s._1()._1(), s._1()._2(), s._2()))
                .filter(Objects::nonNull)
                .collect();
        Map<Relation, Long> links = new EnumMap<>(Relation.class);
        linked.flatMap(l -> map(PaperCodec.links(l._2()).iterator(), PaperLink::relation)).countByValue()
                .forEach(links::put);
        extracted.unpersist();
        resolver.unpersist();
        phases.done("link");

        // pass 3: map each paper (links and results) to its graph with the final labels, as GraphBuilder does,
        // recording what it says of its entities and metrics; the entities graph adds those up
        Broadcast<List<Entity>> known = sc.broadcast(entities);
        // the usual metric of each dataset, as GraphBuilder counts it before mapping: each paper's explicit-metric
        // results give its evidence, counted per (dataset, scale, metric) and broadcast as a small table
        Map<DatasetMetrics.Evidence, Integer> evidence = new HashMap<>();
        linked.mapPartitions(it -> {
            EntityLookup lookup = EntityLookup.of(known.value());
            ResultExtractor results = ExtractorHolder.results();
            ResultExtractor.LinkNames names = ResultExtractor.LinkNames.of(lookup::find);
            return map(it, l -> DatasetMetrics.evidence(results.extract(PaperCodec.paper(l._1()),
                    PaperCodec.links(l._2()), names)));
        }).flatMap(Set::iterator).countByValue().forEach((e, n) -> evidence.put(e, Math.toIntExact(n)));
        Broadcast<DatasetMetrics> usual = sc.broadcast(DatasetMetrics.of(evidence));
        phases.done("usual metrics");
        LongAccumulator quads = sc.sc().longAccumulator("quads");
        JavaRDD<Tuple2<String, List<EntityFacts>>> mapped = linked.mapPartitions(it -> {
            EntityLookup lookup = EntityLookup.of(known.value());
            ResultExtractor results = ExtractorHolder.results();
            ResultExtractor.LinkNames names = ResultExtractor.LinkNames.of(lookup::find);
            return map(it, l -> {
                EntityGraphCollector collector = new EntityGraphCollector();
                PaperGraphMapper mapper = new PaperGraphMapper(lookup, collector, version);
                ResultGraphMapper resultMapper = new ResultGraphMapper(collector, mapper.generator());
                PaperRecordLinks paper = new PaperRecordLinks(PaperCodec.paper(l._1()), PaperCodec.links(l._2()));
                String text = NQuadsText.of(o -> {
                    QuadCounter counted = new QuadCounter(o, quads);
                    mapper.map(paper.paper(), paper.links(), counted);
                    resultMapper.map(paper.paper(), results.extract(paper.paper(), paper.links(), names,
                            usual.value()), counted);
                });
                return new Tuple2<>(text, collector.facts());
            });
        }).persist(StorageLevel.MEMORY_AND_DISK());
        // mapped is cached by the entity facts' stage before the write runs, so fewer, larger parts cost no
        // parallelism there and give 'paperkg load' fewer files
        int parts = ExtractionPartitions.parts(partitions);
        JavaRDD<String> paperGraphs = mapped.map(Tuple2::_1).coalesce(parts);
        JavaRDD<EntityFacts> facts = mapped.flatMap(m -> m._2().iterator())
                .mapToPair(f -> new Tuple2<>(f.iri(), f))
                .reduceByKey(EntityFacts::merge)
                // in IRI order across as many parts as the paper graphs: one part would be the write's last task
                .sortByKey(true, parts)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> entityGraph = facts.map(f -> NQuadsText.of(o -> f.write(new QuadCounter(o, quads))));
        JavaRDD<String> all = paperGraphs.union(entityGraph);
        if (options.includeOntology()) {
            all = all.union(sc.parallelize(List.of(NQuadsText.of(o -> {
                try {
                    GraphBuilder.writeOntology(new QuadCounter(o, quads));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })), 1));
        }
        all.saveAsTextFile(options.out(), GzipCodec.class);
        nameParts(fs, out);
        // per type as GraphBuilder counts them: every type, metrics in none
        Map<EntityType, Long> entityCounts = new EnumMap<>(EntityType.class);
        Map<EntityType, Long> counted = facts.flatMap(f -> java.util.Arrays.stream(EntityType.values())
                .filter(f::is).iterator()).countByValue();
        for (EntityType t : EntityType.values()) {
            entityCounts.put(t, counted.getOrDefault(t, 0L));
        }
        linked.unpersist();
        mapped.unpersist();
        facts.unpersist();
        known.destroy();
        phases.done("map and write");

        BuildSummary summary = new BuildSummary(paperCount, entityCounts, links, quads.value(),
                (System.nanoTime() - started) / 1e9, rejects);
        return new Result(summary, Collections.unmodifiableList(problems), phases.seconds());
    }

    /** Renames Spark's {@code part-NNNNN.gz} to {@code part-NNNNN.nq.gz}, which {@code paperkg load} recognises. */
    private static void nameParts(FileSystem fs, Path out) throws IOException {
        for (FileStatus f : fs.listStatus(out)) {
            String name = f.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                Path to = new Path(out, name.substring(0, name.length() - ".gz".length()) + ".nq.gz");
                if (!fs.rename(f.getPath(), to)) {
                    throw new IOException("Could not rename " + f.getPath() + " to " + to + ".");
                }
            }
        }
    }

    /** One paper with its links, decoded once for mapping. */
    private record PaperRecordLinks(org.paperkg.papers.PaperRecord paper, List<PaperLink> links) {
    }

    /** A lazy mapping iterator: partitions stream through, never held whole. */
    private static <A, B> Iterator<B> map(Iterator<A> in, SerializableFunction<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    /** A function Spark can ship inside a closure. */
    @FunctionalInterface
    private interface SerializableFunction<A, B> extends java.io.Serializable {
        B apply(A a);
    }

    /** Wall-clock time of each phase, in order (Spark runs a phase's jobs when an action needs them). */
    private static final class Phases {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            double s = (now - last) / 1e9;
            seconds.put(phase, s);
            last = now;
            LOG.info("Phase {} took {} s", phase, String.format(java.util.Locale.ROOT, "%.1f", s));
        }

        Map<String, Double> seconds() {
            return Collections.unmodifiableMap(seconds);
        }
    }
}
