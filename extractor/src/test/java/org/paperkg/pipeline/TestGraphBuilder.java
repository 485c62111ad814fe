package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperkg.entities.Entity;
import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.listings.ReadProblem;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;
import org.paperkg.rdf.GraphWriter;
import org.paperkg.rdf.OutputFormat;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.ShapesValidator;

/** GraphBuilder end to end with a tiny word-list extractor and resolver, so it runs without CoreNLP. */
class TestGraphBuilder {

    @TempDir
    Path dir;

    /** Finds fixed invented names; "we propose X" makes X contributed. */
    static final class WordListExtractor implements MentionExtractor {
        private static final Map<String, EntityType> NAMES = new LinkedHashMap<>();

        static {
            NAMES.put("Ember Networks", EntityType.METHOD);
            NAMES.put("ember networks", EntityType.METHOD);
            NAMES.put("EN", EntityType.METHOD);
            NAMES.put("glacier retrieval", EntityType.TASK);
            NAMES.put("FrostBench", EntityType.DATASET);
            NAMES.put("beam search", EntityType.METHOD);
        }

        @Override
        public List<Mention> extract(PaperRecord paper) {
            String text = paper.fullText();
            List<Mention> out = new ArrayList<>();
            NAMES.forEach((name, type) -> {
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                    boolean proposed = text.substring(Math.max(0, i - 11), i).equals("we propose ");
                    out.add(new Mention(name, type, proposed ? MentionRole.CONTRIBUTED : MentionRole.USED, i,
                            i + name.length(), "Sentence " + i + ".", proposed ? "cue:we-propose" : "list", 0.8, null));
                }
            });
            out.sort((a, b) -> Integer.compare(a.charStart(), b.charStart()));
            return out;
        }

        @Override
        public String name() {
            return "words";
        }
    }

    /** Keys by lower-cased text, "EN" merged into Ember Networks; order-independent. */
    static final class SimpleResolver implements EntityResolver {
        private final Map<String, Set<String>> names = new TreeMap<>();
        private final Map<String, Set<String>> papers = new TreeMap<>();
        private final Map<String, EntityType> types = new TreeMap<>();

        private static String key(String text) {
            String t = text.equals("EN") ? "ember networks" : text.toLowerCase(Locale.ROOT);
            return t.replace(' ', '-');
        }

        @Override
        public synchronized void learn(PaperRecord paper, List<Mention> mentions) {
            for (Mention m : mentions) {
                names.computeIfAbsent(key(m.text()), k -> new TreeSet<>()).add(m.text());
                types.put(key(m.text()), m.type());
            }
        }

        @Override
        public synchronized List<PaperLink> links(PaperRecord paper, List<Mention> mentions) {
            Map<String, PaperLink> links = new LinkedHashMap<>();
            for (Mention m : mentions) {
                Relation r = Relation.of(m.type(), m.role());
                String k = key(m.text());
                links.putIfAbsent(r + k, new PaperLink(paper.key(), r, k, k.replace('-', ' '), m.evidence(),
                        m.charStart(), m.charEnd(), m.rule(), m.confidence()));
                papers.computeIfAbsent(k, x -> new HashSet<>()).add(paper.key());
            }
            return new ArrayList<>(links.values());
        }

        @Override
        public synchronized Collection<Entity> entities() {
            List<Entity> out = new ArrayList<>();
            papers.forEach((k, ps) -> out.add(new Entity(types.get(k), k, k.replace('-', ' '), names.get(k), ps.size())));
            return out;
        }
    }

    static PaperRecord paper(String key, String title, String abstractText) {
        return new PaperRecord(key, title, abstractText, List.of("Ines Ortega"), 1, "2022-05-01", null, key, null,
                null, List.of("cs.IR"), List.of(), false);
    }

    static List<PaperRecord> corpus() {
        return List.of(
                paper("2201.00001", "Ember Networks for Glacier Retrieval",
                        "In this paper we propose Ember Networks (EN) for glacier retrieval and evaluate EN on FrostBench."),
                paper("2201.00002", "Faster Beam Search",
                        "We speed up beam search and test it with ember networks on FrostBench."),
                paper("2201.00003", "A Survey", "We survey glacier retrieval."),
                paper("2201.00004", "Nothing to See", ""));
    }

    private static GraphBuilder builder(int threads) {
        return new GraphBuilder(new BuildOptions(null, null, threads), WordListExtractor::new, SimpleResolver::new);
    }

    private static DatasetGraph build(List<PaperRecord> papers, int threads, BuildSummary[] summary) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        summary[0] = builder(threads).build(papers.stream(), out, n -> { });
        out.finish();
        return dsg;
    }

    @Test
    void outputConformsAndCountsAreRight() throws Exception {
        BuildSummary[] s = new BuildSummary[1];
        DatasetGraph dsg = build(corpus(), 1, s);
        assertEquals(List.of(), ShapesValidator.packaged().validate(dsg));
        assertEquals(4, s[0].papers());
        assertEquals(2L, s[0].entities().get(EntityType.METHOD));
        assertEquals(1L, s[0].entities().get(EntityType.TASK));
        assertEquals(1L, s[0].entities().get(EntityType.DATASET));
        assertEquals(1L, s[0].links().get(Relation.PROPOSES_METHOD));
        assertEquals(3L, s[0].links().get(Relation.USES_METHOD)); // EN again in paper 1, ember networks + beam search in 2
        assertEquals(dsg.stream().count(), s[0].quads());
        assertEquals(5, countGraphs(dsg));
        assertTrue(s[0].describe().contains("papers:   4"), s[0].describe());
    }

    @Test
    void sameCorpusInAnotherOrderAndThreadCountIsIsomorphic() throws Exception {
        BuildSummary[] s = new BuildSummary[1];
        DatasetGraph one = build(corpus(), 1, s);
        List<PaperRecord> reversed = new ArrayList<>(corpus());
        java.util.Collections.reverse(reversed);
        DatasetGraph two = build(reversed, 2, s);
        assertTrue(IsoMatcher.isomorphic(one, two));
    }

    @Test
    void streamsToAFileWithTheOntology() throws Exception {
        Path file = dir.resolve("kg.trig.gz");
        AtomicLong progress = new AtomicLong();
        GraphBuilder b = new GraphBuilder(new BuildOptions(null, null, 2, true), WordListExtractor::new, SimpleResolver::new);
        try (GraphWriter w = GraphWriter.open(file, null)) {
            b.build(corpus().stream(), w.stream(), progress::set);
        }
        assertEquals(4, progress.get());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))) {
            RDFParser.source(in).lang(OutputFormat.TRIG.lang()).parse(back);
        }
        assertTrue(back.containsGraph(org.apache.jena.graph.NodeFactory.createURI(PKG.ONTOLOGY_GRAPH)));
        assertTrue(back.containsGraph(org.apache.jena.graph.NodeFactory.createURI(PKG.ENTITIES_GRAPH)));
        assertEquals(6, countGraphs(back));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(TestGraphBuilder.class.getResource("/pipeline/" + name).toURI());
    }

    private static DatasetGraph buildFiles(List<Path> files, List<ReadProblem> problems, BuildSummary[] s) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var out = StreamRDFLib.dataset(dsg);
        AtomicLong total = new AtomicLong();
        out.start();
        s[0] = builder(2).build(files, out, problems::add, new BuildProgress() {
            @Override
            public void papersRead(long papers) {
                total.set(papers);
            }
        });
        out.finish();
        assertEquals(s[0].papers(), total.get());
        return dsg;
    }

    @Test
    void readsListingsAndIsIndependentOfFileOrder() throws Exception {
        BuildSummary[] s = new BuildSummary[1];
        List<ReadProblem> problems = new ArrayList<>();
        DatasetGraph one = buildFiles(List.of(resource("part-1.jsonl"), resource("part-2.jsonl")), problems, s);
        assertEquals(3, s[0].papers());
        assertEquals(1, s[0].rejects());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).file().endsWith("part-2.jsonl"), problems.toString());
        assertEquals(List.of(), ShapesValidator.packaged().validate(one));

        DatasetGraph two = buildFiles(List.of(resource("part-2.jsonl"), resource("part-1.jsonl")), new ArrayList<>(), s);
        assertTrue(IsoMatcher.isomorphic(one, two));
    }

    private static int countGraphs(DatasetGraph dsg) {
        int[] n = {0};
        dsg.listGraphNodes().forEachRemaining(g -> n[0]++);
        return n[0];
    }
}
