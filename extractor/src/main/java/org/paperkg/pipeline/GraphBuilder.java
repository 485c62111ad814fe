package org.paperkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.entities.Entity;
import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.listings.PaperSource;
import org.paperkg.listings.ReadProblem;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;
import org.paperkg.rdf.EntityGraphCollector;
import org.paperkg.rdf.EntityLookup;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.PaperGraphMapper;
import org.paperkg.rdf.ResultGraphMapper;
import org.paperkg.results.DatasetMetrics;
import org.paperkg.results.ResultClaim;
import org.paperkg.results.ResultExtractor;

/**
 * Builds the paperkg graph: reads listings, extracts and resolves entities, and streams RDF quads: one named graph
 * per paper (as soon as the paper is resolved), then the entities graph, then optionally the ontology.
 * This is the library entry point behind {@code paperkg build}, {@code load} and {@code up}.
 */
public final class GraphBuilder {

    private final BuildOptions options;
    private final Supplier<MentionExtractor> extractors;
    private final Supplier<EntityResolver> resolvers;

    /** A builder with paperkg's own extractor ({@code options.extractor()}, plus the CRF when {@code options.nerModel()} is set). */
    public GraphBuilder(BuildOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.extractors = () -> ExtractorFactory.create(options.extractor(), options.vocabulary(),
                options.nerModel());
        this.resolvers = CorpusEntityResolver::new;
    }

    /** A builder with the given extractor and resolver (a fresh resolver per run); for tests and experiments. */
    public GraphBuilder(BuildOptions options, Supplier<MentionExtractor> extractor, Supplier<EntityResolver> resolver) {
        this.options = Objects.requireNonNull(options, "options");
        this.extractors = Objects.requireNonNull(extractor, "extractor");
        this.resolvers = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Reads the listings in {@code inputs} (files or folders) and writes the graph to {@code out} (started and
     * finished by the caller). Rejected input goes to {@code problems}; {@code progress} hears the number of papers
     * extracted so far.
     */
    public BuildSummary build(List<Path> inputs, StreamRDF out, Consumer<ReadProblem> problems, LongConsumer progress)
            throws IOException {
        return build(inputs, out, problems, new BuildProgress() {
            @Override
            public void papersExtracted(long papers) {
                progress.accept(papers);
            }
        });
    }

    /** Like {@link #build(List, StreamRDF, Consumer, LongConsumer)}, reporting reading and extraction to {@code progress}. */
    public BuildSummary build(List<Path> inputs, StreamRDF out, Consumer<ReadProblem> problems, BuildProgress progress)
            throws IOException {
        long started = System.nanoTime();
        try (PaperSource source = PaperSource.open(inputs).onProblem(problems).onProgress(progress::recordsRead);
             Stream<PaperRecord> papers = source.papers()) {
            progress.papersRead(source.summary().papers());
            BuildSummary built = build(papers, out, progress::papersExtracted);
            long rejects = source.summary().rejected();
            return new BuildSummary(built.papers(), built.entities(), built.links(), built.quads(),
                    (System.nanoTime() - started) / 1e9, rejects);
        }
    }

    /** Extracts and writes the given papers (already read and de-duplicated). */
    public BuildSummary build(Stream<PaperRecord> papers, StreamRDF out, LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        CountingStream counted = new CountingStream(out);
        EntityGraphCollector entityGraph = new EntityGraphCollector();
        Map<Relation, Long> links = new EnumMap<>(Relation.class);
        String version = extractorVersion();

        MentionExtractor extractor;
        try {
            extractor = extractors.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ExtractionPipeline pipeline = new ExtractionPipeline(extractor, resolvers.get(), options.threads());
        ResultExtractor results = new ResultExtractor();
        ExtractionSummary extraction = pipeline.run(papers, new ExtractionPipeline.LinkSink<PaperStatements>() {
            private PaperGraphMapper mapper;
            private ResultGraphMapper resultMapper;
            private ResultExtractor.LinkNames names;
            private final DatasetMetrics.Counter counter = new DatasetMetrics.Counter();
            private volatile DatasetMetrics usual = DatasetMetrics.NONE;

            @Override
            public void entities(Collection<Entity> entities) {
                EntityLookup lookup = EntityLookup.of(entities);
                mapper = new PaperGraphMapper(lookup, entityGraph, version);
                resultMapper = new ResultGraphMapper(entityGraph, mapper.generator());
                names = ResultExtractor.LinkNames.of(lookup::find);
            }

            @Override
            public boolean countsFirst() {
                return true; // the usual metric of each dataset, for scores written without a metric word
            }

            @Override
            public void count(PaperRecord paper, List<PaperLink> paperLinks) {
                List<ResultClaim> explicit = results.extract(paper, paperLinks, names);
                synchronized (counter) {
                    counter.add(explicit);
                }
            }

            @Override
            public void counted() {
                synchronized (counter) {
                    usual = counter.table();
                }
            }

            @Override
            public PaperStatements map(PaperRecord paper, List<PaperLink> paperLinks) {
                // the entity graph adds up what papers record, so the order of the threads does not matter
                PaperStatements statements = new PaperStatements(paperLinks);
                mapper.map(paper, paperLinks, statements);
                resultMapper.map(paper, results.extract(paper, paperLinks, names, usual), statements);
                return statements;
            }

            @Override
            public void write(PaperStatements statements) {
                statements.replay(counted);
                for (PaperLink link : statements.links) {
                    links.merge(link.relation(), 1L, Long::sum);
                }
            }
        }, progress);

        entityGraph.write(counted);
        if (options.includeOntology()) {
            writeOntology(counted);
        }
        Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, entityGraph.count(t));
        }
        return new BuildSummary(extraction.papers(), entities, links, counted.count,
                (System.nanoTime() - started) / 1e9, 0);
    }

    /** Writes the packaged ontology as quads in {@link PKG#ONTOLOGY_GRAPH}. */
    public static void writeOntology(StreamRDF out) throws IOException {
        try (InputStream in = GraphBuilder.class.getClassLoader().getResourceAsStream(PKG.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IOException("The ontology " + PKG.ONTOLOGY_RESOURCE + " is missing from the classpath.");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            var name = NodeFactory.createURI(PKG.ONTOLOGY_GRAPH);
            g.find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
        }
    }

    /** The version of the extractor library, from its Maven metadata; {@code dev} when run from classes. */
    public static String extractorVersion() {
        try (InputStream in = GraphBuilder.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.paperkg/paperkg-extractor/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through: the version only labels provenance
        }
        return "dev";
    }

    /** One paper's statements, mapped on a worker thread and kept until they are written in input order. */
    private static final class PaperStatements extends StreamRDFBase {
        final List<PaperLink> links;
        private final List<Object> statements = new ArrayList<>();

        PaperStatements(List<PaperLink> links) {
            this.links = links;
        }

        @Override
        public void quad(Quad quad) {
            statements.add(quad);
        }

        @Override
        public void triple(Triple triple) {
            statements.add(triple);
        }

        void replay(StreamRDF out) {
            for (Object s : statements) {
                if (s instanceof Quad q) {
                    out.quad(q);
                } else {
                    out.triple((Triple) s);
                }
            }
        }
    }

    /** Counts what passes through. */
    private static final class CountingStream extends StreamRDFWrapper {
        long count;

        CountingStream(StreamRDF out) {
            super(out);
        }

        @Override
        public void quad(Quad quad) {
            count++;
            super.quad(quad);
        }

        @Override
        public void triple(Triple triple) {
            count++;
            super.triple(triple);
        }
    }
}
