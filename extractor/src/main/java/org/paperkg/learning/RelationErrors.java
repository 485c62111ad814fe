package org.paperkg.learning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.eval.DocumentReport;
import org.paperkg.eval.GoldPaper;
import org.paperkg.eval.NameMatcher;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * Counts a model's false hits and misses on dev papers by how they relate to the paper's other candidates and
 * names (EVALUATION.md, "Paper-level second stage"): a false name inside or around a kept one, the same text kept
 * under another type, a name far below the best of its type in the paper, a paper left without a name of the type,
 * and so on. An error may have several relations; each is counted once per relation it has.
 */
final class RelationErrors {

    /** Relations of a false hit, in report order. */
    static final List<String> FALSE_HIT = List.of("a gold name of another type", "same text kept under another type",
            "words inside a kept name of the same type", "words inside a kept name of another type",
            "holds a kept name's words", "shares a word with a gold name of its type",
            "acronym or long form of another candidate", "below half the best kept probability of its type",
            "rank > 3 of its type in the paper", "none of these");
    /** Relations of a miss, in report order. */
    static final List<String> MISS = List.of("no candidate", "kept under another type",
            "its candidate lies inside a kept name", "its candidate holds a kept name",
            "its candidate overlaps a kept name otherwise", "best of its type in the paper, under the threshold",
            "over the threshold, dropped by a paper-level decision", "paper has no kept name of the type",
            "acronym or long form of another candidate", "none of these");

    private final Map<EntityType, Map<String, Integer>> falseHits = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Map<String, Integer>> misses = new EnumMap<>(EntityType.class);
    /** The false-hit relations of the names kept rightly: how common each relation is where it does no harm. */
    private final Map<EntityType, Map<String, Integer>> rightHits = new EnumMap<>(EntityType.class);
    private final Map<EntityType, int[]> totals = new EnumMap<>(EntityType.class);

    private RelationErrors() {
        for (EntityType t : EntityType.values()) {
            falseHits.put(t, new LinkedHashMap<>());
            misses.put(t, new LinkedHashMap<>());
            rightHits.put(t, new LinkedHashMap<>());
            totals.put(t, new int[3]);
        }
    }

    /** The counts of {@code model}'s errors on {@code dev}. */
    static RelationErrors of(List<AnnotatedText> dev, Function<AnnotatedText, List<Candidate>> candidates,
                             LearnedModel model) {
        RelationErrors out = new RelationErrors();
        for (AnnotatedText t : dev) {
            ScoredPaper scored = ScoredPaper.of(t, candidates.apply(t), model);
            List<Candidate> cands = scored.candidates();
            double[][] p = scored.probabilities();
            List<Mention> kept = scored.kept();
            GoldPaper g = t.document();
            DocumentReport r = scored.report();
            Set<String> wrong = new HashSet<>();
            for (DocumentReport.Difference d : r.differences()) {
                if (d.falseHit()) {
                    wrong.add(d.type() + "\t" + LabelNormalizer.normalize(d.name()));
                }
            }
            Set<String> right = new HashSet<>();
            for (Mention m : kept) {
                String k = m.type() + "\t" + LabelNormalizer.normalize(m.text());
                if (!wrong.contains(k) && right.add(k)) {
                    out.count(out.rightHits, m.type(), 2, falseHit(new DocumentReport.Difference(t.id(), m.type(),
                            true, m.text()), g, cands, kept));
                }
            }
            for (DocumentReport.Difference d : r.differences()) {
                if (d.falseHit()) {
                    out.count(out.falseHits, d.type(), 0, falseHit(d, g, cands, kept));
                } else {
                    out.count(out.misses, d.type(), 1, miss(d, g, cands, p, kept, model));
                }
            }
        }
        return out;
    }

    private void count(Map<EntityType, Map<String, Integer>> into, EntityType type, int total, List<String> found) {
        totals.get(type)[total]++;
        (found.isEmpty() ? List.of("none of these") : found).forEach(k -> into.get(type).merge(k, 1, Integer::sum));
    }

    private static List<String> falseHit(DocumentReport.Difference d, GoldPaper g, List<Candidate> cands,
                                         List<Mention> kept) {
        List<String> out = new ArrayList<>();
        String key = LabelNormalizer.normalize(d.name());
        Mention m = kept.stream().filter(x -> x.type() == d.type() && x.text().equals(d.name())).findFirst()
                .orElse(null);
        for (var e : g.entities().entrySet()) {
            for (GoldPaper.GoldEntity ge : e.getValue()) {
                if (e.getKey() != d.type() && NameMatcher.any(ge.names(), List.of(d.name()), true)) {
                    add(out, "a gold name of another type");
                }
                if (e.getKey() == d.type() && ge.names().stream().anyMatch(n -> sharesWord(n, d.name()))) {
                    add(out, "shares a word with a gold name of its type");
                }
            }
        }
        for (Mention o : kept) {
            String k = LabelNormalizer.normalize(o.text());
            if (k.equals(key)) {
                if (o.type() != d.type()) {
                    add(out, "same text kept under another type");
                }
            } else if (inside(key, k)) {
                add(out, o.type() == d.type() ? "words inside a kept name of the same type"
                        : "words inside a kept name of another type");
            } else if (inside(k, key)) {
                add(out, "holds a kept name's words");
            }
        }
        if (acronymRelated(key, cands)) {
            add(out, "acronym or long form of another candidate");
        }
        if (m != null) {
            double best = kept.stream().filter(x -> x.type() == d.type()).mapToDouble(Mention::confidence).max()
                    .orElse(0);
            if (m.confidence() < best / 2) {
                add(out, "below half the best kept probability of its type");
            }
            long above = kept.stream().filter(x -> x.type() == d.type() && x.confidence() > m.confidence())
                    .map(x -> LabelNormalizer.normalize(x.text())).distinct().count();
            if (above >= 3) {
                add(out, "rank > 3 of its type in the paper");
            }
        }
        return out;
    }

    private static List<String> miss(DocumentReport.Difference d, GoldPaper g, List<Candidate> cands, double[][] p,
                                     List<Mention> kept, LearnedModel model) {
        List<String> out = new ArrayList<>();
        List<String> names = g.entities().getOrDefault(d.type(), List.of()).stream()
                .filter(e -> e.name().equals(d.name())).map(GoldPaper.GoldEntity::names).findFirst()
                .orElse(List.of(d.name()));
        int column = d.type().ordinal() + 1;
        int best = -1;
        for (int i = 0; i < cands.size(); i++) {
            if (NameMatcher.any(names, List.of(cands.get(i).text()), true)
                    && (best < 0 || p[i][column] > p[best][column])) {
                best = i;
            }
        }
        if (kept.stream().noneMatch(m -> m.type() == d.type())) {
            add(out, "paper has no kept name of the type");
        }
        if (kept.stream().anyMatch(m -> m.type() != d.type() && NameMatcher.any(names, List.of(m.text()), true))) {
            add(out, "kept under another type");
        }
        if (best < 0) {
            add(out, "no candidate");
            return out;
        }
        Candidate c = cands.get(best);
        for (Mention m : kept) {
            boolean same = m.charStart() == c.start() && m.charEnd() == c.end();
            if (same || m.charEnd() <= c.start() || c.end() <= m.charStart()) {
                continue;
            }
            add(out, m.charStart() <= c.start() && c.end() <= m.charEnd() ? "its candidate lies inside a kept name"
                    : c.start() <= m.charStart() && m.charEnd() <= c.end() ? "its candidate holds a kept name"
                    : "its candidate overlaps a kept name otherwise");
        }
        double own = p[best][column];
        if (own >= model.typeThreshold(d.type())) {
            add(out, "over the threshold, dropped by a paper-level decision");
        } else {
            boolean top = true;
            for (double[] q : p) {
                top &= q[column] <= own;
            }
            if (top) {
                add(out, "best of its type in the paper, under the threshold");
            }
        }
        if (acronymRelated(LabelNormalizer.normalize(c.text()), cands)) {
            add(out, "acronym or long form of another candidate");
        }
        return out;
    }

    /** Whether the text is a candidate's defined acronym, or the long form of one. */
    private static boolean acronymRelated(String key, List<Candidate> cands) {
        for (Candidate c : cands) {
            if (c.rule() != null && c.rule().acronym() != null) {
                String acronym = LabelNormalizer.normalize(c.rule().acronym());
                String longForm = LabelNormalizer.normalize(c.text());
                if (!acronym.equals(longForm) && (acronym.equals(key) || longForm.equals(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code part}'s words appear in order, as whole words, in {@code whole} (which is longer). */
    static boolean inside(String part, String whole) {
        return whole.length() > part.length() && (" " + whole + " ").contains(" " + part + " ");
    }

    private static boolean sharesWord(String a, String b) {
        List<String> words = List.of(a.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        for (String w : b.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (w.length() > 3 && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> out, String relation) {
        if (!out.contains(relation)) {
            out.add(relation);
        }
    }

    /** The counts as two Markdown tables (false hits, misses), one column per type. */
    String render(String model) {
        StringBuilder b = new StringBuilder();
        table(b, "False hits of " + model + " on dev by relation (after each type, the same relation among its names "
                + "kept rightly)", FALSE_HIT, falseHits, 0, rightHits);
        table(b, "Misses of " + model + " on dev by relation", MISS, misses, 1, null);
        return b.toString();
    }

    private void table(StringBuilder b, String title, List<String> relations,
                       Map<EntityType, Map<String, Integer>> counts, int total,
                       Map<EntityType, Map<String, Integer>> right) {
        int columns = EntityType.values().length * (right == null ? 1 : 2);
        b.append(title).append(" (an error may have several):\n\n| relation |");
        for (EntityType t : EntityType.values()) {
            b.append(' ').append(t.id()).append(" |").append(right == null ? "" : " " + t.id() + " right |");
        }
        b.append("\n| --- |").append(" ---: |".repeat(columns)).append("\n| all |");
        for (EntityType t : EntityType.values()) {
            b.append(' ').append(totals.get(t)[total]).append(" |")
                    .append(right == null ? "" : " " + totals.get(t)[2] + " |");
        }
        b.append('\n');
        for (String r : relations) {
            b.append("| ").append(r).append(" |");
            for (EntityType t : EntityType.values()) {
                b.append(' ').append(counts.get(t).getOrDefault(r, 0)).append(" |");
                if (right != null) {
                    b.append(' ').append(right.get(t).getOrDefault(r, 0)).append(" |");
                }
            }
            b.append('\n');
        }
        b.append('\n');
    }

    /** How many errors of {@code type} have the relation (false hits when {@code falseHit}, else misses). */
    int count(EntityType type, boolean falseHit, String relation) {
        return (falseHit ? falseHits : misses).get(type).getOrDefault(relation, 0);
    }
}
