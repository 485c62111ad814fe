package org.paperkg.learning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.eval.DocumentEvaluator;
import org.paperkg.eval.DocumentReport;
import org.paperkg.eval.GoldPaper;
import org.paperkg.eval.Scores;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/**
 * Document-level scores of one extractor's mentions on dev papers, per paper, so that figures come with 95%
 * bootstrap confidence intervals over papers. A paper's predictions are its mentions grouped by type and
 * normalised name (a defined acronym joins its long form), the per-paper view of what the corpus pass links;
 * the corpus pass itself is left out so variants differ only in extraction.
 */
final class DevScores {

    /** One figure: the value on all papers and its 95% bootstrap interval. */
    record Figure(double value, double low, double high) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f [%.2f, %.2f]", value, low, high);
        }
    }

    private final List<DocumentReport> papers;

    private DevScores(List<DocumentReport> papers) {
        this.papers = papers;
    }

    /** Scores each dev paper's mentions. */
    static DevScores of(List<AnnotatedText> dev, Function<AnnotatedText, List<Mention>> mentions) {
        List<DocumentReport> reports = new ArrayList<>(dev.size());
        for (AnnotatedText t : dev) {
            reports.add(report(t.document(), mentions.apply(t)));
        }
        return new DevScores(reports);
    }

    /** One paper's mentions scored against its gold entities. */
    static DocumentReport report(GoldPaper gold, List<Mention> mentions) {
        return DocumentEvaluator.score(List.of(gold), Map.of(DocumentEvaluator.titleKey(gold.title()),
                predictions(mentions)));
    }

    static Map<EntityType, List<DocumentEvaluator.Predicted>> predictions(List<Mention> mentions) {
        Map<EntityType, List<DocumentEvaluator.Predicted>> out = new EnumMap<>(EntityType.class);
        Map<EntityType, Map<String, Integer>> index = new EnumMap<>(EntityType.class);
        Map<EntityType, List<LinkedHashSet<String>>> names = new EnumMap<>(EntityType.class);
        Map<EntityType, List<Boolean>> proposed = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            index.put(t, new HashMap<>());
            names.put(t, new ArrayList<>());
            proposed.put(t, new ArrayList<>());
        }
        for (Mention m : mentions) {
            List<String> keys = new ArrayList<>();
            keys.add(LabelNormalizer.normalize(m.text()));
            if (m.acronym() != null) {
                keys.add(LabelNormalizer.normalize(m.acronym()));
            }
            Map<String, Integer> idx = index.get(m.type());
            Integer at = keys.stream().map(idx::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (at == null) {
                at = names.get(m.type()).size();
                names.get(m.type()).add(new LinkedHashSet<>());
                proposed.get(m.type()).add(false);
            }
            for (String k : keys) {
                idx.putIfAbsent(k, at);
            }
            names.get(m.type()).get(at).add(m.text());
            if (m.acronym() != null) {
                names.get(m.type()).get(at).add(m.acronym());
            }
            if (m.role() == MentionRole.CONTRIBUTED) {
                proposed.get(m.type()).set(at, true);
            }
        }
        for (EntityType t : EntityType.values()) {
            List<DocumentEvaluator.Predicted> list = new ArrayList<>();
            for (int i = 0; i < names.get(t).size(); i++) {
                list.add(new DocumentEvaluator.Predicted(new ArrayList<>(names.get(t).get(i)), proposed.get(t).get(i)));
            }
            out.put(t, list);
        }
        return out;
    }

    int size() {
        return papers.size();
    }

    /** All-type partial F1 (the figure thresholds are tuned for). */
    double allPartialF1() {
        return sum(papers, DocumentReport::partialAll).f1();
    }

    /**
     * Proposed-method partial F2 (recall weighted twice): a proposed method typed as merely used loses the paper's
     * main link, while an extra proposed link still names a method the paper uses.
     */
    double proposedF2() {
        Scores s = sum(papers, DocumentReport::proposedPartial);
        double p = s.precision();
        double r = s.recall();
        return p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
    }

    Figure allPartial() {
        return figure(r -> r.partialAll(), Scores::f1);
    }

    Figure allExact() {
        return figure(r -> r.exactAll(), Scores::f1);
    }

    Figure typePartial(EntityType t) {
        return figure(r -> r.partial().get(t), Scores::f1);
    }

    Figure proposedRecall() {
        return figure(DocumentReport::proposedPartial, Scores::recall);
    }

    Figure proposedPrecision() {
        return figure(DocumentReport::proposedPartial, Scores::precision);
    }

    Figure methodPrecision() {
        return figure(r -> r.partial().get(EntityType.METHOD), Scores::precision);
    }

    private Figure figure(Function<DocumentReport, Scores> part, Function<Scores, Double> measure) {
        double value = measure.apply(sum(papers, part));
        Random random = new Random(20261206L);
        int n = papers.size();
        double[] samples = new double[1000];
        for (int b = 0; b < samples.length; b++) {
            Scores s = Scores.ZERO;
            for (int i = 0; i < n; i++) {
                s = s.plus(part.apply(papers.get(random.nextInt(n))));
            }
            samples[b] = measure.apply(s);
        }
        java.util.Arrays.sort(samples);
        return new Figure(value, samples[24], samples[974]);
    }

    private static Scores sum(List<DocumentReport> reports, Function<DocumentReport, Scores> part) {
        Scores s = Scores.ZERO;
        for (DocumentReport r : reports) {
            s = s.plus(part.apply(r));
        }
        return s;
    }
}
