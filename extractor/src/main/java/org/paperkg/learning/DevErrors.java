package org.paperkg.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.paperkg.eval.DocumentReport;
import org.paperkg.eval.GoldPaper;
import org.paperkg.eval.NameMatcher;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * The misses and false hits of one entity type on dev papers, with what the error analysis needs to tell causes
 * apart: for a miss, the closest candidate and the model's probabilities for it (or that no candidate matches) and
 * whether it was kept under another type; for a false hit, its probability, rule and sentence and whether it is a
 * gold entity of another type. One tab-separated line per error, to be classified by hand (EVALUATION.md, "Task
 * errors on dev").
 */
final class DevErrors {

    private DevErrors() {
    }

    /** The lines for {@code type}: miss or false hit, paper id, name, then the details, tab-separated. */
    static List<String> lines(List<AnnotatedText> dev, Function<AnnotatedText, List<Candidate>> candidates,
                              LearnedModel model, EntityType type) {
        List<String> out = new ArrayList<>();
        for (AnnotatedText t : dev) {
            ScoredPaper scored = ScoredPaper.of(t, candidates.apply(t), model);
            List<Candidate> cands = scored.candidates();
            double[][] p = scored.probabilities();
            List<Mention> mentions = scored.kept();
            for (DocumentReport.Difference d : scored.report().differences()) {
                if (d.type() != type) {
                    continue;
                }
                out.add(d.falseHit() ? falseHit(t, d.name(), mentions, type)
                        : miss(t, d.name(), cands, p, mentions, type));
            }
        }
        return out;
    }

    private static String miss(AnnotatedText t, String name, List<Candidate> cands, double[][] p,
                               List<Mention> mentions, EntityType type) {
        List<String> names = names(t.document(), type, name);
        String other = mentions.stream().filter(m -> m.type() != type
                && NameMatcher.any(names, List.of(m.text()), true)).map(m -> m.type().id() + ":" + m.text())
                .findFirst().orElse("-");
        int best = -1;
        for (int i = 0; i < cands.size(); i++) {
            if (NameMatcher.any(names, List.of(cands.get(i).text()), true)
                    && (best < 0 || p[i][type.ordinal() + 1] > p[best][type.ordinal() + 1])) {
                best = i;
            }
        }
        String candidate = best < 0 ? "no-candidate" : String.format(Locale.ROOT, "cand=%s p=%s",
                cands.get(best).text(), probabilities(p[best]));
        int at = t.text().toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        String where = at < 0 ? "not-verbatim" : at < t.titleEnd() ? "title" : "abstract";
        String evidence = best >= 0 ? cands.get(best).evidence() : "";
        return String.join("\t", "FN", t.id(), name, candidate, "other-type=" + other, where, flat(evidence));
    }

    private static String falseHit(AnnotatedText t, String name, List<Mention> mentions, EntityType type) {
        Mention m = mentions.stream().filter(x -> x.type() == type && x.text().equals(name)).findFirst()
                .orElse(mentions.stream().filter(x -> x.type() == type && NameMatcher.exact(x.text(), name))
                        .findFirst().orElse(null));
        String gold = "-";
        for (var e : t.document().entities().entrySet()) {
            for (GoldPaper.GoldEntity g : e.getValue()) {
                if (NameMatcher.any(g.names(), List.of(name), true)) {
                    gold = e.getKey().id() + ":" + g.name();
                } else if (e.getKey() == type && gold.equals("-") && sharesWord(g.names(), name)) {
                    gold = "overlaps:" + g.name();
                }
            }
        }
        return String.join("\t", "FP", t.id(), name, m == null ? "" : String.format(Locale.ROOT, "p=%.2f rule=%s",
                m.confidence(), m.rule()), "gold=" + gold, m == null ? "" : flat(m.evidence()));
    }

    private static boolean sharesWord(List<String> names, String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            for (String n : names) {
                if (w.length() > 3 && List.of(n.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(GoldPaper g, EntityType type, String name) {
        return g.entities().getOrDefault(type, List.of()).stream().filter(e -> e.name().equals(name))
                .map(GoldPaper.GoldEntity::names).findFirst().orElse(List.of(name));
    }

    private static String probabilities(double[] p) {
        return String.format(Locale.ROOT, "none %.2f method %.2f task %.2f dataset %.2f", p[0], p[1], p[2], p[3]);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
