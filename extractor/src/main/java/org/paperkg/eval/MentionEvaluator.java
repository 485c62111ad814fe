package org.paperkg.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllSpan;
import org.paperkg.mentions.conll.ConllText;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.papers.PaperRecord;

/** Mention-level evaluation: exact token spans per type against CoNLL-annotated documents. */
public final class MentionEvaluator {

    private MentionEvaluator() {
    }

    /** Exact-span scores per type over the documents (gold types mapped by {@code mapping}). */
    public static Map<EntityType, Scores> evaluate(List<ConllDocument> documents, MentionExtractor extractor,
                                                   TagMapping mapping) {
        Map<EntityType, Scores> scores = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            scores.put(t, Scores.ZERO);
        }
        int n = 0;
        for (ConllDocument doc : documents) {
            ConllText text = ConllText.of(doc);
            PaperRecord paper = new PaperRecord("conll-" + (n++), "", text.text(), null, null, null, null, null,
                    null, null, null, null, false);
            int offset = paper.fullText().length() - text.text().length();
            Set<String> gold = new HashSet<>();
            for (ConllSpan s : doc.spans(mapping)) {
                gold.add(key(s));
            }
            Set<String> pred = new HashSet<>();
            int unaligned = 0;
            for (Mention m : extractor.extract(paper)) {
                ConllSpan s = text.alignedSpan(m.charStart() - offset, m.charEnd() - offset, m.type().name());
                if (s != null) {
                    pred.add(key(s));
                } else {
                    pred.add("unaligned:" + (unaligned++) + ":" + m.type().name());
                }
            }
            for (EntityType t : EntityType.values()) {
                String label = t.name();
                int g = (int) gold.stream().filter(s -> s.endsWith(":" + label)).count();
                int p = (int) pred.stream().filter(s -> s.endsWith(":" + label)).count();
                int tp = (int) pred.stream().filter(s -> s.endsWith(":" + label) && gold.contains(s)).count();
                scores.put(t, scores.get(t).plus(new Scores(tp, p, tp, g)));
            }
        }
        return scores;
    }

    private static String key(ConllSpan s) {
        return s.sentence() + ":" + s.start() + ":" + s.end() + ":" + s.label();
    }

    /** A readable table; the dataset row is labelled with the source type it was scored against. */
    public static String table(String source, Map<EntityType, Scores> scores, String datasetLabel) {
        StringBuilder sb = new StringBuilder();
        sb.append("Mention level (exact span): ").append(source).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "pred", "gold"));
        row(sb, "Task", scores.get(EntityType.TASK));
        row(sb, "Method", scores.get(EntityType.METHOD));
        row(sb, "Task+Method", scores.get(EntityType.TASK).plus(scores.get(EntityType.METHOD)));
        row(sb, "Dataset vs " + datasetLabel, scores.get(EntityType.DATASET));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String type, Scores s) {
        sb.append(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6d %6d%n", type, s.precision(), s.recall(),
                s.f1(), s.predicted(), s.gold()));
    }
}
