package org.paperkg.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.listings.PaperSource;
import org.paperkg.papers.PaperRecord;
import org.paperkg.pipeline.ExtractionPipeline;
import org.paperkg.pipeline.ExtractionSummary;
import org.paperkg.pipeline.ExtractorFactory;
import org.paperkg.rdf.EntityLookup;
import org.paperkg.results.DatasetMetrics;
import org.paperkg.results.ResultClaim;
import org.paperkg.results.ResultExtractor;

/**
 * A developer's loop for result extraction, not a user feature: extraction and entity resolution take minutes, result
 * extraction seconds, so the links (with their entities' names) are cached once and only result extraction and
 * scoring are re-run.
 *
 * <pre>
 * cache-pwc  PAPERS.jsonl GOLD.tsv OUT.jsonl    links of the Papers-with-Code papers with a gold result
 * cache-dir  LISTINGS_DIR OUT.jsonl              links of every paper of a listing folder (arxiv-daily)
 * score      CACHE.jsonl GOLD.tsv [--errors]     recall as {@code paperkg eval --results} computes it
 * dump       CACHE.jsonl OUT.tsv                 every extracted result, one line each, for before/after diffs
 * misses     CACHE.jsonl GOLD.tsv OUT.txt        every miss by the first stage that loses it, with what to read
 * tasks      CACHE.jsonl GOLD.tsv OUT.txt        every found result with its task verdict, gold task, task, evidence
 * labels     CACHE.jsonl GOLD.tsv OUT.txt        every gold result not found whose value is read under another metric
 * usual      CACHE.jsonl OUT.tsv [GOLD.tsv]      every score without a metric word that has a dataset and a method:
 *                                                its dataset's evidence, the metric taken, and the gold with its value
 * </pre>
 */
public final class ResultsLinkCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsLinkCache() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        switch (args[0]) {
            case "cache-pwc" -> {
                Map<String, List<ResultsGold.GoldResult>> gold = ResultsGold.read(Path.of(args[2]));
                Set<String> heldOut = heldOut();
                try (Stream<PaperRecord> papers = ResultsEvaluator.readPapers(Path.of(args[1]), heldOut)) {
                    cache(papers, gold.keySet(), Path.of(args[3]));
                }
            }
            case "cache-dir" -> {
                try (PaperSource source = PaperSource.open(List.of(Path.of(args[1])));
                     Stream<PaperRecord> papers = source.papers()) {
                    cache(papers, null, Path.of(args[2]));
                }
            }
            case "score" -> {
                Cached c = read(Path.of(args[1]));
                ResultsEvaluator.Report r = ResultsEvaluator.score(ResultsGold.read(Path.of(args[2])), c.records,
                        c.links, c.names(), new ResultExtractor());
                out.print(r.table());
                if (args.length > 3) {
                    for (ResultsEvaluator.Outcome o : r.outcomes()) {
                        out.printf(Locale.ROOT, "  %s %s  %s | %s | %s | %s%n", o.found() ? "HIT " : "MISS",
                                o.arxivId(), o.gold().task(), o.gold().dataset(), o.gold().metric(),
                                o.gold().score().toPlainString());
                    }
                }
            }
            case "dump" -> {
                Cached c = read(Path.of(args[1]));
                ResultExtractor extractor = new ResultExtractor();
                ResultExtractor.LinkNames names = c.names();
                DatasetMetrics usual = ResultsEvaluator.usualMetrics(c.records, c.links, names, extractor);
                try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                    for (Map.Entry<String, PaperRecord> e : c.records.entrySet()) {
                        if (args.length > 3 && !java.util.Arrays.asList(args).subList(3, args.length).contains(e.getKey())) {
                            continue;
                        }
                        for (ResultClaim r : extractor.extract(e.getValue(), c.links.get(e.getKey()), names, usual)) {
                            w.write(String.join("\t", e.getKey(), r.value().toPlainString(), String.valueOf(r.unit()),
                                    r.metric().key(), String.valueOf(r.improvement()), String.valueOf(r.baseline()),
                                    r.dataset().entityLabel(), r.method() == null ? "" : r.method().entityLabel(),
                                    r.rule(), r.task() == null ? "" : r.task().entityLabel(), r.evidence().replace('\t', ' ').replace('\n', ' ')));
                            w.newLine();
                        }
                    }
                }
            }
            case "usual" -> usual(read(Path.of(args[1])), Path.of(args[2]),
                    args.length > 3 ? ResultsGold.read(Path.of(args[3])) : Map.of());
            case "tasks" -> tasks(read(Path.of(args[1])), ResultsGold.read(Path.of(args[2])), Path.of(args[3]));
            case "labels" -> labels(read(Path.of(args[1])), ResultsGold.read(Path.of(args[2])), Path.of(args[3]));
            case "misses" -> misses(read(Path.of(args[1])), ResultsGold.read(Path.of(args[2])), Path.of(args[3]));
            case "names" -> out.println(ResultsEvaluator.datasetWords(args[1]) + " " + ResultsEvaluator.datasetWords(args[2])
                    + " " + ResultsEvaluator.datasetMatches(args[1], List.of(args[2]), args[2]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /**
     * Each miss in the first stage that loses it: the value not read with an equivalent metric in any sentence; the
     * gold dataset not among the paper's dataset links; no proposed-method link; read, linked and a proposed method,
     * but a result with the value and metric went to another dataset; or all there and no result.
     */
    private static void misses(Cached c, Map<String, List<ResultsGold.GoldResult>> gold, Path out) throws IOException {
        ResultExtractor extractor = new ResultExtractor();
        ResultsEvaluator.Report r = ResultsEvaluator.score(gold, c.records, c.links, c.names(), extractor);
        DatasetMetrics usual = ResultsEvaluator.usualMetrics(c.records, c.links, c.names(), extractor);
        org.paperkg.results.ValueProbe probe = new org.paperkg.results.ValueProbe(extractor.lexicon());
        Map<String, Integer> stages = new java.util.TreeMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ResultsEvaluator.Outcome o : r.outcomes()) {
                if (o.found()) {
                    continue;
                }
                PaperRecord p = c.records.get(o.arxivId());
                List<PaperLink> links = c.links.get(o.arxivId());
                ResultsGold.GoldResult g = o.gold();
                var metric = ResultsEvaluator.goldMetric(extractor.lexicon(), g.metric());
                PaperLink goldSet = new PaperLink(p.key(), Relation.USES_DATASET, "gold", g.dataset(), null, -1, -1,
                        null, 1);
                // names as the extractor marks them: a value it reads between names is read here too
                List<org.paperkg.results.ValueProbe.Read> reads = probe.read(p.fullText(), links.stream()
                        .filter(l -> l.relation().type() != org.paperkg.mentions.EntityType.TASK)
                        .flatMap(l -> java.util.stream.Stream.concat(c.names().names(l).stream(),
                                java.util.stream.Stream.of(l.entityLabel())))
                        .distinct().toList());
                boolean read = reads.stream().anyMatch(v -> !v.improvement() && ResultsEvaluator.matches(
                        claim(v, goldSet), g, metric, l -> List.of(l.entityLabel())));
                boolean linked = links.stream().anyMatch(l -> l.relation().type() == org.paperkg.mentions.EntityType.DATASET
                        && ResultsEvaluator.datasetMatches(g.dataset(), c.names().names(l), l.entityLabel()));
                boolean proposed = links.stream().anyMatch(l -> l.relation() == Relation.PROPOSES_METHOD);
                List<ResultClaim> claims = extractor.extract(p, links, c.names(), usual);
                boolean otherSet = claims.stream().anyMatch(x -> ResultsEvaluator.matches(
                        new ResultClaim(x.metric(), x.metricText(), x.value(), x.unit(), x.improvement(), x.baseline(),
                                goldSet, x.task(), x.method(), x.evidence(), x.charStart(), x.charEnd(), x.rule(), 1),
                        g, metric, l -> List.of(l.entityLabel())));
                String stage = !read ? "1 value not read" : !linked ? "2 dataset not linked" : !proposed
                        ? "3 no proposed method" : otherSet ? "4 result with another dataset" : "5 all there, no result";
                stages.merge(stage, 1, Integer::sum);
                w.write(stage + " | " + o.arxivId() + " | " + g.task() + " | " + g.dataset() + " | " + g.metric()
                        + " | " + g.score().toPlainString());
                w.newLine();
                w.write("   datasets: " + links.stream().filter(l -> l.relation().type()
                        == org.paperkg.mentions.EntityType.DATASET).map(PaperLink::entityLabel).distinct().toList());
                w.newLine();
                w.write("   proposed: " + links.stream().filter(l -> l.relation() == Relation.PROPOSES_METHOD)
                        .map(PaperLink::entityLabel).distinct().toList());
                w.newLine();
                for (ResultClaim x : claims) {
                    w.write("   claim: " + x.value().toPlainString() + " " + x.metric().key() + " on "
                            + x.dataset().entityLabel() + " by " + (x.method() == null ? "-" : x.method().entityLabel())
                            + (x.improvement() ? " (gain)" : "") + " [" + x.rule() + "]");
                    w.newLine();
                }
                for (org.paperkg.results.ValueProbe.Read v : reads) {
                    w.write("   read: " + v.value().toPlainString() + " " + v.metric().key() + (v.improvement() ? " (gain)" : ""));
                    w.newLine();
                }
                String num = g.score().stripTrailingZeros().toPlainString();
                for (String sentence : p.fullText().split("(?<=[.!?])\\s+(?=[A-Z])")) {
                    if (sentence.contains(num) || g.score().compareTo(java.math.BigDecimal.ONE) <= 0 && sentence.contains(
                            g.score().movePointRight(2).stripTrailingZeros().toPlainString())) {
                        w.write("   > " + sentence.replace('\n', ' '));
                        w.newLine();
                    }
                }
            }
        }
        stages.forEach((k, v) -> System.out.println(v + "\t" + k));
    }

    /**
     * Every gold result of the cached papers that is not found while a value read from the paper's sentences equals
     * its score (as given, as a percentage or fraction, or as its complement to 100 or 1) under a metric the scorer
     * does not equate with the gold label: the label, the metric it maps to, the metric read, whether the gold result
     * is stated (in the recall's denominator), whether an extracted result has that value on the gold dataset, and
     * the sentence. One line per (gold result, metric read); a summary by (label, metric read) goes to stdout.
     */
    private static void labels(Cached c, Map<String, List<ResultsGold.GoldResult>> gold, Path out) throws IOException {
        ResultExtractor extractor = new ResultExtractor();
        ResultsEvaluator.Report r = ResultsEvaluator.score(gold, c.records, c.links, c.names(), extractor);
        DatasetMetrics usual = ResultsEvaluator.usualMetrics(c.records, c.links, c.names(), extractor);
        Set<String> foundKeys = new HashSet<>();
        Set<String> statedKeys = new HashSet<>();
        for (ResultsEvaluator.Outcome o : r.outcomes()) {
            statedKeys.add(o.arxivId() + "|" + o.gold());
            if (o.found()) {
                foundKeys.add(o.arxivId() + "|" + o.gold());
            }
        }
        org.paperkg.results.ValueProbe probe = new org.paperkg.results.ValueProbe(extractor.lexicon());
        Map<String, Integer> summary = new java.util.TreeMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, PaperRecord> e : c.records.entrySet()) {
                List<ResultsGold.GoldResult> paperGold = gold.get(e.getKey());
                if (paperGold == null) {
                    continue;
                }
                PaperRecord p = e.getValue();
                List<PaperLink> links = c.links.get(e.getKey());
                List<org.paperkg.results.ValueProbe.Read> reads = null;
                List<ResultClaim> claims = null;
                for (ResultsGold.GoldResult g : paperGold) {
                    String key = e.getKey() + "|" + g;
                    if (foundKeys.contains(key)) {
                        continue;
                    }
                    if (reads == null) {
                        reads = probe.read(p.fullText(), links.stream()
                                .filter(l -> l.relation().type() != org.paperkg.mentions.EntityType.TASK)
                                .flatMap(l -> Stream.concat(c.names().names(l).stream(), Stream.of(l.entityLabel())))
                                .distinct().toList());
                        claims = extractor.extract(p, links, c.names(), usual);
                    }
                    var metric = ResultsEvaluator.goldMetric(extractor.lexicon(), g.metric());
                    PaperLink goldSet = new PaperLink(p.key(), Relation.USES_DATASET, "gold", g.dataset(), null, -1,
                            -1, null, 1);
                    Map<String, String> seen = new LinkedHashMap<>();
                    for (org.paperkg.results.ValueProbe.Read v : reads) {
                        if (v.improvement() || !sameNumber(v.value(), g.score())
                                || ResultsEvaluator.matches(claim(v, goldSet), g, metric, l -> List.of(l.entityLabel()))) {
                            continue;
                        }
                        seen.putIfAbsent(v.metric().key(), v.sentence().replace('\n', ' '));
                    }
                    // the extractor's own results too, in case the probe reads a sentence otherwise
                    for (ResultClaim x : claims) {
                        if (!x.improvement() && !x.baseline() && sameNumber(x.value(), g.score())
                                && !ResultsEvaluator.matches(new ResultClaim(x.metric(), x.metricText(), x.value(),
                                x.unit(), false, false, goldSet, x.task(), x.method(), x.evidence(), x.charStart(),
                                x.charEnd(), x.rule(), 1), g, metric, l -> List.of(l.entityLabel()))) {
                            seen.putIfAbsent(x.metric().key(), x.evidence().replace('\n', ' '));
                        }
                    }
                    for (Map.Entry<String, String> m : seen.entrySet()) {
                        String readKey = m.getKey();
                        boolean claimed = claims.stream().anyMatch(x -> !x.improvement() && !x.baseline()
                                && x.metric().key().equals(readKey) && sameNumber(x.value(), g.score())
                                && ResultsEvaluator.datasetMatches(g.dataset(), c.names().names(x.dataset()),
                                x.dataset().entityLabel()));
                        String stated = statedKeys.contains(key) ? "stated" : "not-stated";
                        summary.merge(g.metric() + " -> " + metric.map(x -> x.key()).orElse("-") + " | read " + readKey
                                + " | " + stated + (claimed ? " claimed" : ""), 1, Integer::sum);
                        w.write(g.metric() + " [" + metric.map(x -> x.key()).orElse("-") + "] | read " + readKey
                                + " | " + stated + " | " + (claimed ? "claimed" : "no-claim") + " | " + e.getKey()
                                + " | " + g.task() + " | " + g.dataset() + " | " + g.score().toPlainString());
                        w.newLine();
                        w.write("   > " + m.getValue());
                        w.newLine();
                    }
                }
            }
        }
        summary.forEach((k, v) -> System.out.println(v + "\t" + k));
    }

    /** The same number as given, as a percentage or fraction of it, or as its complement to 100 or 1. */
    private static boolean sameNumber(java.math.BigDecimal v, java.math.BigDecimal s) {
        java.math.BigDecimal hundred = java.math.BigDecimal.valueOf(100);
        for (java.math.BigDecimal f : List.of(s, s.multiply(hundred), s.divide(hundred), hundred.subtract(s),
                java.math.BigDecimal.ONE.subtract(s), hundred.subtract(s.multiply(hundred)))) {
            if (v.compareTo(f) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sizes and checks the metric taken from the corpus: every value the cascade reads as a score without a metric
     * word and binds to a dataset and a method (found by giving every dataset a stand-in metric), with the evidence
     * the build's table holds for that dataset, the metric it gives (or "-"), and the paper's gold results of that
     * value.
     */
    private static void usual(Cached c, Path out, Map<String, List<ResultsGold.GoldResult>> gold) throws IOException {
        ResultExtractor extractor = new ResultExtractor();
        DatasetMetrics table = ResultsEvaluator.usualMetrics(c.records, c.links, c.names(), extractor);
        Map<DatasetMetrics.Evidence, Integer> any = new HashMap<>();
        c.links.values().forEach(ls -> ls.stream().filter(l -> l.relation().type() == org.paperkg.mentions.EntityType.DATASET)
                .forEach(l -> {
                    for (DatasetMetrics.Scale s : DatasetMetrics.Scale.values()) {
                        any.put(new DatasetMetrics.Evidence(l.entityKey(), s, "accuracy"), 1);
                    }
                }));
        DatasetMetrics standIn = DatasetMetrics.of(any).withThresholds(1, 0);
        int candidates = 0;
        int taken = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, PaperRecord> e : c.records.entrySet()) {
                for (ResultClaim r : extractor.extract(e.getValue(), c.links.get(e.getKey()), c.names(), standIn)) {
                    if (!r.rule().endsWith(DatasetMetrics.FROM_CORPUS)) {
                        continue;
                    }
                    candidates++;
                    var scale = DatasetMetrics.Scale.of(r.value(), r.unit());
                    String metric = scale.flatMap(s -> table.usual(r.dataset().entityKey(), s)).orElse("-");
                    taken += metric.equals("-") ? 0 : 1;
                    String evidence = table.papers().entrySet().stream()
                            .filter(x -> x.getKey().dataset().equals(r.dataset().entityKey()))
                            .map(x -> x.getKey().scale() + ":" + x.getKey().metric() + "=" + x.getValue()).sorted()
                            .collect(java.util.stream.Collectors.joining(" "));
                    String golds = gold.getOrDefault(e.getKey(), List.of()).stream()
                            .filter(g -> g.score().compareTo(r.value()) == 0
                                    || g.score().multiply(java.math.BigDecimal.valueOf(100)).compareTo(r.value()) == 0)
                            .map(g -> g.dataset() + "/" + g.metric()).collect(java.util.stream.Collectors.joining("; "));
                    w.write(String.join("\t", e.getKey(), r.value().toPlainString(), String.valueOf(r.unit()),
                            r.dataset().entityLabel(), r.method() == null ? "" : r.method().entityLabel(), metric,
                            evidence, golds, r.rule(), r.evidence().replace('\t', ' ').replace('\n', ' ')));
                    w.newLine();
                }
            }
        }
        System.out.println("scores without a metric word, with dataset and method: " + candidates
                + "; given a metric by the table: " + taken);
    }

    /** Every found result: its task verdict, the gold task, the tasks of the matching results and their sentence. */
    private static void tasks(Cached c, Map<String, List<ResultsGold.GoldResult>> gold, Path out) throws IOException {
        ResultExtractor extractor = new ResultExtractor();
        ResultsEvaluator.Report r = ResultsEvaluator.score(gold, c.records, c.links, c.names(), extractor);
        DatasetMetrics usual = ResultsEvaluator.usualMetrics(c.records, c.links, c.names(), extractor);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ResultsEvaluator.Outcome o : r.outcomes()) {
                if (!o.found()) {
                    continue;
                }
                ResultsGold.GoldResult g = o.gold();
                var metric = ResultsEvaluator.goldMetric(extractor.lexicon(), g.metric());
                w.write(o.task() + " | " + o.arxivId() + " | " + g.task() + " | " + g.dataset() + " | " + g.metric()
                        + " | " + g.score().toPlainString());
                w.newLine();
                PaperRecord p = c.records.get(o.arxivId());
                w.write("   paper tasks: " + c.links.get(o.arxivId()).stream().filter(l -> l.relation()
                        == Relation.ADDRESSES_TASK).map(PaperLink::entityLabel).distinct().toList()
                        + "   title: " + p.title());
                w.newLine();
                for (ResultClaim x : extractor.extract(p, c.links.get(o.arxivId()), c.names(), usual)) {
                    if (ResultsEvaluator.matches(x, g, metric, c.names())) {
                        w.write("   task: " + (x.task() == null ? "-" : x.task().entityLabel()) + "  > " + x.evidence());
                        w.newLine();
                    }
                }
            }
        }
        System.out.print(r.table());
    }

    private static ResultClaim claim(org.paperkg.results.ValueProbe.Read v, PaperLink dataset) {
        return new ResultClaim(v.metric(), null, v.value(), null, v.improvement(), false, dataset, null, null,
                v.sentence(), 0, 0, "probe", 1);
    }

    private static Set<String> heldOut() throws IOException {
        Path p = Path.of("gold/test-unseen-ids.txt");
        return Files.exists(p) ? new HashSet<>(Files.readAllLines(p)) : Set.of();
    }

    /** Links of every paper, resolved over all of them as a build does; kept for {@code keep} (all if null). */
    private static void cache(Stream<PaperRecord> papers, Set<String> keep, Path out) throws IOException {
        Map<String, PaperRecord> records = new LinkedHashMap<>();
        Map<String, List<PaperLink>> links = new HashMap<>();
        ExtractionSummary summary = new ExtractionPipeline(ExtractorFactory.create(null, null),
                new CorpusEntityResolver(), 2).run(papers, (paper, ls) -> {
                    if (keep != null && !keep.contains(paper.key())) {
                        return;
                    }
                    synchronized (records) {
                        records.put(paper.key(), paper);
                        links.put(paper.key(), ls);
                    }
                }, n -> { });
        ResultExtractor.LinkNames names = ResultExtractor.LinkNames.of(EntityLookup.of(summary.entities())::find);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (PaperRecord p : records.values()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", p.key()).put("title", p.title()).put("abstract", p.abstractText());
                ArrayNode ls = o.putArray("links");
                for (PaperLink l : links.get(p.key())) {
                    ObjectNode x = ls.addObject();
                    x.put("relation", l.relation().name()).put("key", l.entityKey()).put("label", l.entityLabel())
                            .put("evidence", l.evidence()).put("start", l.charStart()).put("end", l.charEnd())
                            .put("rule", l.rule()).put("confidence", l.confidence());
                    ArrayNode n = x.putArray("names");
                    names.names(l).forEach(n::add);
                }
                w.write(JSON.writeValueAsString(o));
                w.newLine();
            }
        }
    }

    private record Cached(Map<String, PaperRecord> records, Map<String, List<PaperLink>> links,
                          Map<PaperLink, List<String>> linkNames) {
        ResultExtractor.LinkNames names() {
            return l -> linkNames.getOrDefault(l, List.of(l.entityLabel()));
        }
    }

    private static Cached read(Path cache) throws IOException {
        Map<String, PaperRecord> records = new LinkedHashMap<>();
        Map<String, List<PaperLink>> links = new HashMap<>();
        Map<PaperLink, List<String>> names = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode o = JSON.readTree(line);
                String id = o.get("id").asText();
                records.put(id, new PaperRecord(id, o.get("title").asText(), o.get("abstract").asText(), List.of(),
                        null, null, null, id, null, null, List.of(), List.of(), false));
                List<PaperLink> ls = new ArrayList<>();
                for (JsonNode x : o.get("links")) {
                    PaperLink l = new PaperLink(id, Relation.valueOf(x.get("relation").asText()), x.get("key").asText(),
                            x.get("label").asText(), x.get("evidence").isNull() ? null : x.get("evidence").asText(),
                            x.get("start").asInt(), x.get("end").asInt(),
                            x.get("rule").isNull() ? null : x.get("rule").asText(), x.get("confidence").asDouble());
                    ls.add(l);
                    List<String> n = new ArrayList<>();
                    x.get("names").forEach(v -> n.add(v.asText()));
                    names.put(l, n);
                }
                links.put(id, ls);
            }
        }
        return new Cached(records, links, names);
    }
}
