package org.paperkg.mentions.ner;

import java.util.ArrayList;
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
import org.paperkg.mentions.conll.ConllSentence;
import org.paperkg.mentions.conll.ConllSpan;
import org.paperkg.mentions.conll.ConllText;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.mentions.conll.TagScheme;

/**
 * Mention-level, exact-span evaluation against CoNLL gold documents: a predicted mention is right when its token span
 * and type equal a gold span's. Either runs a {@link MentionExtractor} over each document's rebuilt text and maps its
 * mentions back to tokens ({@link ConllText}), or tags the gold tokens directly with a {@link CrfTagger}.
 */
public final class SpanEvaluation {

    private SpanEvaluation() {
    }

    /**
     * True positives, false positives and false negatives.
     *
     * @param tp predicted and gold
     * @param fp predicted, not gold
     * @param fn gold, not predicted
     */
    public record Counts(int tp, int fp, int fn) {
        /** tp / (tp + fp), 0 when nothing was predicted. */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** tp / (tp + fn), 0 when there is no gold span. */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Sum of two counts (micro average). */
        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /**
     * Scores per entity type.
     *
     * @param byType    counts per type (every type present)
     * @param documents documents scored
     * @param unaligned predicted mentions whose ends fall inside gold tokens (counted as false positives)
     */
    public record Report(Map<EntityType, Counts> byType, int documents, int unaligned) {

        /** Micro-average over Task and Method (the SciERC figure paperkg reports). */
        public Counts taskAndMethod() {
            return byType.get(EntityType.TASK).plus(byType.get(EntityType.METHOD));
        }

        /** A small table: one line per type, then Task+Method. */
        public String format(String title) {
            StringBuilder sb = new StringBuilder();
            sb.append(title).append(" (").append(documents).append(" documents, exact span)\n");
            sb.append(String.format(Locale.ROOT, "  %-12s %6s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "fp", "fn"));
            for (EntityType t : List.of(EntityType.TASK, EntityType.METHOD, EntityType.DATASET)) {
                line(sb, t == EntityType.DATASET ? "dataset*" : t.id(), byType.get(t));
            }
            line(sb, "task+method", taskAndMethod());
            sb.append("  (* gold for dataset is whatever the label mapping maps to it, e.g. SciERC Material)");
            if (unaligned > 0) {
                sb.append("\n  ").append(unaligned).append(" predicted mentions did not align with token boundaries");
            }
            return sb.toString();
        }

        private static void line(StringBuilder sb, String name, Counts c) {
            sb.append(String.format(Locale.ROOT, "  %-12s %6.3f %6.3f %6.3f %6d %6d %6d%n", name,
                    c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
        }
    }

    /** Runs the extractor over each document's rebuilt text and scores its mentions against the mapped gold spans. */
    public static Report evaluate(MentionExtractor extractor, List<ConllDocument> documents, TagMapping mapping) {
        Tally tally = new Tally();
        int unaligned = 0;
        for (int d = 0; d < documents.size(); d++) {
            ConllDocument doc = documents.get(d);
            ConllText text = ConllText.of(doc);
            Set<Object> predicted = new HashSet<>();
            for (Mention m : extractor.extract(text.toPaper("conll:" + d))) {
                ConllSpan span = text.alignedSpan(m.charStart(), m.charEnd(), m.type().name());
                if (span == null) {
                    // still a prediction; keyed by characters so duplicates count once
                    if (predicted.add(List.of(m.charStart(), m.charEnd(), m.type().name()))) {
                        unaligned++;
                    }
                } else {
                    predicted.add(span);
                }
            }
            tally.add(predicted, new HashSet<>(doc.spans(mapping)));
        }
        return new Report(tally.counts(), documents.size(), unaligned);
    }

    /** Tags the gold tokens themselves (no re-tokenization) and scores the tagged spans. */
    public static Report evaluateTokens(CrfTagger tagger, List<ConllDocument> documents, TagMapping mapping) {
        Tally tally = new Tally();
        for (ConllDocument doc : documents) {
            Set<Object> predicted = new HashSet<>();
            for (int s = 0; s < doc.sentences().size(); s++) {
                ConllSentence sentence = doc.sentences().get(s);
                List<String> words = new ArrayList<>(sentence.size());
                sentence.tokens().forEach(t -> words.add(ConllText.unescape(t)));
                for (ConllSpan span : TagScheme.decode(s, tagger.tag(words))) {
                    EntityType type = CrfTagger.typeOf(span.label());
                    if (type != null) {
                        predicted.add(new ConllSpan(s, span.start(), span.end(), type.name()));
                    }
                }
            }
            tally.add(predicted, new HashSet<>(doc.spans(mapping)));
        }
        return new Report(tally.counts(), documents.size(), 0);
    }

    private static final class Tally {
        private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

        Tally() {
            for (EntityType t : EntityType.values()) {
                counts.put(t, new int[3]);
            }
        }

        void add(Set<Object> predicted, Set<ConllSpan> gold) {
            for (Object p : predicted) {
                EntityType t = typeOfKey(p);
                if (gold.contains(p)) {
                    counts.get(t)[0]++;
                } else {
                    counts.get(t)[1]++;
                }
            }
            for (ConllSpan g : gold) {
                if (!predicted.contains(g)) {
                    counts.get(EntityType.valueOf(g.label()))[2]++;
                }
            }
        }

        private static EntityType typeOfKey(Object key) {
            if (key instanceof ConllSpan s) {
                return EntityType.valueOf(s.label());
            }
            return EntityType.valueOf((String) ((List<?>) key).get(2));
        }

        Map<EntityType, Counts> counts() {
            Map<EntityType, Counts> out = new EnumMap<>(EntityType.class);
            counts.forEach((t, c) -> out.put(t, new Counts(c[0], c[1], c[2])));
            return out;
        }
    }
}
