package org.paperkg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.paperkg.papers.PaperRecord;

class TestCombinedMentionExtractor {

    private static final PaperRecord PAPER = new PaperRecord("p", "Folded graph nets for moss detection", "",
            null, null, null, null, null, null, null, null, null, false);

    private static Mention m(int start, int end, EntityType type, MentionRole role, String rule, double conf, String acr) {
        return new Mention(PAPER.fullText().substring(start, end), type, role, start, end, "ev:" + rule, rule, conf, acr);
    }

    private static MentionExtractor fixed(String name, List<Mention> mentions) {
        return new MentionExtractor() {
            @Override
            public List<Mention> extract(PaperRecord paper) {
                return mentions;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    private final MentionExtractor rules = fixed("rules", List.of(
            m(0, 17, EntityType.METHOD, MentionRole.CONTRIBUTED, "cue:title", 0.6, "FGN"),
            m(22, 36, EntityType.TASK, MentionRole.USED, "cue:for", 0.5, null)));
    private final MentionExtractor crf = fixed("crf", List.of(
            m(7, 17, EntityType.METHOD, MentionRole.USED, "crf", 0.8, null),
            m(0, 17, EntityType.METHOD, MentionRole.USED, "crf", 0.7, null),
            m(22, 36, EntityType.METHOD, MentionRole.USED, "crf", 0.4, null)));

    @Test
    void mergesSameSpanAndType() {
        CombinedMentionExtractor both = new CombinedMentionExtractor(List.of(rules, crf));
        assertEquals("rules+crf", both.name());
        List<Mention> out = both.extract(PAPER);
        assertEquals(4, out.size(), out.toString());

        Mention merged = out.get(0);
        assertEquals("Folded graph nets", merged.text());
        assertEquals("cue:title+crf", merged.rule());
        assertEquals(MentionRole.CONTRIBUTED, merged.role());
        assertEquals(1 - 0.4 * 0.3, merged.confidence(), 1e-9); // agreement raises confidence
        assertEquals("FGN", merged.acronym());
        assertEquals("ev:cue:title", merged.evidence());

        // different span or type: kept apart, in text order
        assertEquals(7, out.get(1).charStart());
        assertEquals("crf", out.get(1).rule());
        assertEquals(EntityType.METHOD, out.get(2).type()); // same span: type order breaks the tie
        assertEquals(22, out.get(2).charStart());
        assertEquals(EntityType.TASK, out.get(3).type());
    }

    @Test
    void sameRuleTwiceIsNotAgreement() {
        List<Mention> out = CombinedMentionExtractor.merge(List.of(
                List.of(m(0, 6, EntityType.METHOD, MentionRole.USED, "crf", 0.5, null)),
                List.of(m(0, 6, EntityType.METHOD, MentionRole.USED, "crf", 0.6, null))));
        assertEquals(1, out.size());
        assertEquals("crf", out.get(0).rule());
        assertEquals(0.6, out.get(0).confidence(), 1e-9);
        assertNull(out.get(0).acronym());
    }

    @Test
    void preferEarlierDropsLaterOverlaps() {
        // crf first: its spans win; the rules' equal span merges, their overlapping task at 22..36 is dropped
        // because crf has a method there
        CombinedMentionExtractor crfFirst = new CombinedMentionExtractor(List.of(crf, rules),
                CombinedMentionExtractor.Overlaps.PREFER_EARLIER);
        List<Mention> out = crfFirst.extract(PAPER);
        assertEquals(3, out.size(), out.toString());
        assertEquals("crf+cue:title", out.get(0).rule());
        assertEquals(MentionRole.CONTRIBUTED, out.get(0).role());
        assertEquals(7, out.get(1).charStart());
        assertEquals(EntityType.METHOD, out.get(2).type());
        assertEquals("crf", out.get(2).rule());

        // a dropped contributed mention passes its role to the overlapping earlier mention of its type
        MentionExtractor proposes = fixed("rules", List.of(
                m(0, 12, EntityType.METHOD, MentionRole.CONTRIBUTED, "cue:we-propose", 0.6, null)));
        List<Mention> roles = new CombinedMentionExtractor(List.of(crf, proposes),
                CombinedMentionExtractor.Overlaps.PREFER_EARLIER).extract(PAPER);
        assertEquals(3, roles.size(), roles.toString());
        assertEquals(MentionRole.CONTRIBUTED, roles.get(0).role()); // 0..17 overlaps 0..12
        assertEquals(MentionRole.CONTRIBUTED, roles.get(1).role()); // 7..17 too
        assertEquals("crf", roles.get(1).rule());
        assertEquals(MentionRole.USED, roles.get(2).role());

        // a later mention that overlaps nothing is added
        MentionExtractor extra = fixed("more", List.of(m(18, 21, EntityType.METHOD, MentionRole.USED, "x", 0.3, null)));
        assertEquals(4, new CombinedMentionExtractor(List.of(crf, extra),
                CombinedMentionExtractor.Overlaps.PREFER_EARLIER).extract(PAPER).size());
    }

    @Test
    void threadSafe() throws Exception {
        CombinedMentionExtractor both = new CombinedMentionExtractor(List.of(rules, crf));
        List<Mention> expected = both.extract(PAPER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                futures.add(pool.submit(() -> both.extract(PAPER)));
            }
            for (Future<List<Mention>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void needsAnExtractor() {
        assertThrows(IllegalArgumentException.class, () -> new CombinedMentionExtractor(List.of()));
    }
}
