package org.paperkg.mentions.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllSentence;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.papers.PaperRecord;

class TestSpanEvaluation {

    // "A ripple net -LRB- RN -RRB- for tide forecasting ." with Method "ripple net", Method "RN", Task "tide forecasting"
    private final ConllDocument doc = new ConllDocument(List.of(new ConllSentence(
            List.of("A", "ripple", "net", "-LRB-", "RN", "-RRB-", "for", "tide", "forecasting", "."),
            List.of("O", "I-Method", "I-Method", "O", "I-Method", "O", "O", "I-Task", "I-Task", "O"))));

    /** Finds the given substrings (first occurrence) with the given types. */
    private static MentionExtractor finding(Object... substringAndType) {
        return new MentionExtractor() {
            @Override
            public List<Mention> extract(PaperRecord paper) {
                String text = paper.fullText();
                List<Mention> out = new ArrayList<>();
                for (int i = 0; i < substringAndType.length; i += 2) {
                    String s = (String) substringAndType[i];
                    int at = text.indexOf(s);
                    out.add(new Mention(s, (EntityType) substringAndType[i + 1], MentionRole.USED, at, at + s.length(),
                            null, "test", 1, null));
                }
                return out;
            }

            @Override
            public String name() {
                return "test";
            }
        };
    }

    @Test
    void exactSpanCounts() {
        // text is "A ripple net (RN) for tide forecasting."
        SpanEvaluation.Report r = SpanEvaluation.evaluate(finding(
                "ripple net", EntityType.METHOD,   // tp
                "RN", EntityType.TASK,             // wrong type: fp task, and RN method is missed
                "tide", EntityType.TASK,           // too short: fp; "tide forecasting" missed
                "ripple net", EntityType.METHOD,   // duplicate counts once
                "ipple", EntityType.METHOD),       // inside a token: unaligned fp
                List.of(doc), TagMapping.defaults());
        assertEquals(new SpanEvaluation.Counts(1, 1, 1), r.byType().get(EntityType.METHOD));
        assertEquals(new SpanEvaluation.Counts(0, 2, 1), r.byType().get(EntityType.TASK));
        assertEquals(new SpanEvaluation.Counts(0, 0, 0), r.byType().get(EntityType.DATASET));
        assertEquals(new SpanEvaluation.Counts(1, 3, 2), r.taskAndMethod());
        assertEquals(1, r.unaligned());
        assertEquals(0.25, r.taskAndMethod().precision(), 1e-9);
        assertEquals(1.0 / 3, r.taskAndMethod().recall(), 1e-9);
        assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), r.taskAndMethod().f1(), 1e-9);
    }

    @Test
    void perfectExtractor() {
        SpanEvaluation.Report r = SpanEvaluation.evaluate(finding(
                "ripple net", EntityType.METHOD, "RN", EntityType.METHOD, "tide forecasting", EntityType.TASK),
                List.of(doc), TagMapping.defaults());
        assertEquals(1.0, r.taskAndMethod().f1(), 1e-9);
        assertEquals(0.0, new SpanEvaluation.Counts(0, 0, 0).f1());
    }
}
