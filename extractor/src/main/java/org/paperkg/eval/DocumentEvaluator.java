package org.paperkg.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.paperkg.pipeline.ExtractionPipeline;
import org.paperkg.pipeline.ExtractionSummary;
import org.paperkg.entities.Entity;
import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.papers.PaperRecord;
import org.paperkg.rdf.WrittenNames;

/** Document-level evaluation: the entities linked to each gold paper against its gold entities, per type. */
public final class DocumentEvaluator {

    /** One predicted entity of a paper: the names it goes by in the paper, and whether the paper proposes it. */
    public record Predicted(List<String> names, boolean proposed) {
    }

    private DocumentEvaluator() {
    }

    /**
     * Runs the corpus through extraction and resolution (one {@link ExtractionPipeline} run, so the corpus-level pass
     * sees every paper) and scores the papers whose titles match gold papers.
     */
    public static DocumentReport evaluate(List<GoldPaper> gold, Stream<PaperRecord> corpus, MentionExtractor extractor,
                                          EntityResolver resolver, int threads) throws IOException {
        Map<String, GoldPaper> byKey = new HashMap<>();
        for (GoldPaper g : gold) {
            byKey.put(g.matchKey(), g);
        }
        Map<String, PaperRecord> papers = new HashMap<>();
        Map<String, List<PaperLink>> links = new HashMap<>();
        ExtractionSummary summary = new ExtractionPipeline(extractor, resolver, threads).run(corpus, (paper, ls) -> {
            String t = titleKey(paper.title());
            if (!byKey.containsKey(t) && paper.arxivId() != null) {
                t = GoldPaper.ARXIV_KEY + paper.arxivId();
            }
            if (byKey.containsKey(t) && !papers.containsKey(t)) {
                papers.put(t, paper);
                links.put(t, ls);
            }
        }, n -> { });
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : summary.entities()) {
            entities.put(e.type().id() + "/" + e.key(), e);
        }
        Map<String, Map<EntityType, List<Predicted>>> predicted = new HashMap<>();
        for (var e : links.entrySet()) {
            predicted.put(e.getKey(), predictions(papers.get(e.getKey()), e.getValue(), entities));
        }
        return score(gold, predicted);
    }

    /**
     * Scores a second annotation of (some of) the gold papers against the gold: inter-annotator agreement, on exactly
     * the papers both annotated, with the matching used for extraction.
     */
    public static DocumentReport agreement(List<GoldPaper> gold, List<GoldPaper> second) {
        Map<String, Map<EntityType, List<Predicted>>> predicted = new HashMap<>();
        for (GoldPaper s : second) {
            Map<EntityType, List<Predicted>> byType = new EnumMap<>(EntityType.class);
            s.entities().forEach((type, list) -> byType.put(type, list.stream()
                    .map(e -> new Predicted(e.names(), e.proposed())).toList()));
            predicted.put(s.matchKey(), byType);
        }
        return score(gold.stream().filter(g -> predicted.containsKey(g.matchKey())).toList(), predicted);
    }

    /** The title as matched between gold and corpus: lower case, letters and digits only. */
    public static String titleKey(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<EntityType, List<Predicted>> predictions(PaperRecord paper, List<PaperLink> links,
                                                                Map<String, Entity> entities) {
        String text = paper.fullText();
        Map<String, Boolean> proposed = new java.util.LinkedHashMap<>();
        Map<String, PaperLink> first = new java.util.LinkedHashMap<>();
        for (PaperLink l : links) {
            String id = l.relation().type().id() + "/" + l.entityKey();
            first.putIfAbsent(id, l);
            proposed.merge(id, l.relation() == Relation.PROPOSES_METHOD || l.relation() == Relation.INTRODUCES_DATASET,
                    Boolean::logicalOr);
        }
        Map<EntityType, List<Predicted>> result = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            result.put(t, new ArrayList<>());
        }
        for (var e : first.entrySet()) {
            PaperLink l = e.getValue();
            Set<String> names = new LinkedHashSet<>();
            names.add(l.entityLabel());
            Entity entity = entities.get(e.getKey());
            if (entity != null) {
                // the names the paper's graph gives the entity
                names.addAll(WrittenNames.of(entity.prefLabel(), entity.altLabels(), text));
            }
            result.get(l.relation().type()).add(new Predicted(new ArrayList<>(names), proposed.get(e.getKey())));
        }
        return result;
    }

    /**
     * Scores predictions (keyed by {@link GoldPaper#matchKey}: the title key, or the arXiv key of a gold record
     * without title) against gold; papers without predictions count as empty.
     */
    public static DocumentReport score(List<GoldPaper> gold, Map<String, Map<EntityType, List<Predicted>>> predicted) {
        Map<EntityType, Scores> exact = new EnumMap<>(EntityType.class);
        Map<EntityType, Scores> partial = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            exact.put(t, Scores.ZERO);
            partial.put(t, Scores.ZERO);
        }
        Scores proposedExact = Scores.ZERO;
        Scores proposedPartial = Scores.ZERO;
        List<String> missing = new ArrayList<>();
        List<DocumentReport.Difference> differences = new ArrayList<>();
        List<PaperScores> perPaper = new ArrayList<>();
        for (GoldPaper g : gold) {
            Map<EntityType, List<Predicted>> pred = predicted.get(g.matchKey());
            if (pred == null) {
                missing.add(g.title() != null ? g.title() : g.id());
                pred = Map.of();
            }
            Map<EntityType, Scores> paperExact = new EnumMap<>(EntityType.class);
            Map<EntityType, Scores> paperPartial = new EnumMap<>(EntityType.class);
            Scores paperProposed = Scores.ZERO;
            for (EntityType t : EntityType.values()) {
                List<GoldPaper.GoldEntity> ge = g.entities().getOrDefault(t, List.of());
                List<Predicted> pe = pred.getOrDefault(t, List.of());
                int[] me = match(ge, pe, false);
                int[] mp = match(ge, pe, true);
                int ce = count(me);
                int cp = count(mp);
                paperExact.put(t, new Scores(ce, pe.size(), ce, ge.size()));
                paperPartial.put(t, new Scores(cp, pe.size(), cp, ge.size()));
                exact.put(t, exact.get(t).plus(paperExact.get(t)));
                partial.put(t, partial.get(t).plus(paperPartial.get(t)));
                boolean[] predMatched = new boolean[pe.size()];
                for (int i = 0; i < ge.size(); i++) {
                    if (mp[i] >= 0) {
                        predMatched[mp[i]] = true;
                    } else {
                        differences.add(new DocumentReport.Difference(g.id(), t, false, ge.get(i).name()));
                    }
                }
                for (int j = 0; j < pe.size(); j++) {
                    if (!predMatched[j]) {
                        differences.add(new DocumentReport.Difference(g.id(), t, true, pe.get(j).names().get(0)));
                    }
                }
                if (t == EntityType.METHOD) {
                    List<GoldPaper.GoldEntity> gp = ge.stream().filter(GoldPaper.GoldEntity::proposed).toList();
                    List<Predicted> pp = pe.stream().filter(Predicted::proposed).toList();
                    int pe1 = count(match(gp, pp, false));
                    int pp1 = count(match(gp, pp, true));
                    proposedExact = proposedExact.plus(new Scores(pe1, pp.size(), pe1, gp.size()));
                    paperProposed = new Scores(pp1, pp.size(), pp1, gp.size());
                    proposedPartial = proposedPartial.plus(paperProposed);
                }
            }
            perPaper.add(new PaperScores(paperExact, paperPartial, paperProposed));
        }
        return new DocumentReport(gold.size(), missing, exact, partial, proposedExact, proposedPartial, differences,
                perPaper);
    }

    private static int count(int[] matching) {
        return (int) Arrays.stream(matching).filter(x -> x >= 0).count();
    }

    /** Maximum one-to-one matching of gold to predicted entities (augmenting paths); gold index to predicted index. */
    static int[] match(List<GoldPaper.GoldEntity> gold, List<Predicted> pred, boolean partial) {
        boolean[][] ok = new boolean[gold.size()][pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                ok[i][j] = NameMatcher.any(gold.get(i).names(), pred.get(j).names(), partial);
            }
        }
        int[] predTo = new int[pred.size()];
        Arrays.fill(predTo, -1);
        for (int i = 0; i < gold.size(); i++) {
            augment(i, ok, predTo, new boolean[pred.size()]);
        }
        int[] goldTo = new int[gold.size()];
        Arrays.fill(goldTo, -1);
        for (int j = 0; j < pred.size(); j++) {
            if (predTo[j] >= 0) {
                goldTo[predTo[j]] = j;
            }
        }
        return goldTo;
    }

    private static boolean augment(int i, boolean[][] ok, int[] predTo, boolean[] seen) {
        for (int j = 0; j < predTo.length; j++) {
            if (ok[i][j] && !seen[j]) {
                seen[j] = true;
                if (predTo[j] < 0 || augment(predTo[j], ok, predTo, seen)) {
                    predTo[j] = i;
                    return true;
                }
            }
        }
        return false;
    }
}
