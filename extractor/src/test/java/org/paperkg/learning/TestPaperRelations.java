package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/** The relations of a candidate to the other candidates of an invented paper. */
class TestPaperRelations {

    private static final String TEXT = "Quillon Trellis Networks (QTN) for wobble sorting. We propose QTN.";

    private static Candidate candidate(String text, int from, String acronym, String... features) {
        int start = TEXT.indexOf(text, from);
        Mention rule = acronym == null ? null : new Mention(text, EntityType.METHOD, MentionRole.USED, start,
                start + text.length(), "evidence", "acronym", 0.5, acronym);
        return new Candidate(text, start, start + text.length(), "evidence", List.of(features), rule);
    }

    /** Long form (with its acronym), the inner "Trellis Networks", the acronym twice, a task. */
    private static List<Candidate> paper() {
        return List.of(candidate("Quillon Trellis Networks", 0, "QTN", "d:title", "d:propose/x"),
                candidate("Trellis Networks", 0, null),
                candidate("QTN", 0, null),
                candidate("wobble sorting", 0, null),
                candidate("QTN", 40, null));
    }

    private static List<double[]> first() {
        return List.of(new double[] {0.1, 0.8, 0.05, 0.05}, new double[] {0.6, 0.3, 0.05, 0.05},
                new double[] {0.3, 0.6, 0.05, 0.05}, new double[] {0.3, 0.05, 0.6, 0.05},
                new double[] {0.5, 0.4, 0.05, 0.05});
    }

    @Test
    void aCandidateInsideAStrongerOneKnowsIt() {
        List<String> inner = PaperRelations.of(paper(), first()).get(1);
        assertTrue(inner.contains("q:inside.m=4"), inner.toString());
        assertTrue(inner.contains("q:holds.m=none"), inner.toString());
        List<String> outer = PaperRelations.of(paper(), first()).get(0);
        assertTrue(outer.contains("q:holds.m=1"), "the best of what it holds: " + outer);
        assertTrue(outer.contains("q:inside.m=none"), outer.toString());
    }

    @Test
    void ranksAndSharesCountDistinctNames() {
        List<List<String>> f = PaperRelations.of(paper(), first());
        assertTrue(f.get(0).contains("q:rank.m=1"), f.get(0).toString());
        assertTrue(f.get(0).contains("q:share.m=9"), f.get(0).toString());
        // the acronym's best occurrence (0.6) is second; its weaker occurrence is not a name of its own
        assertTrue(f.get(4).contains("q:rank.m=2"), f.get(4).toString());
        assertTrue(f.get(1).contains("q:rank.m=3"), f.get(1).toString());
        assertTrue(f.get(3).contains("q:rank.t=1") && f.get(3).contains("q:top=t/6"), f.get(3).toString());
        assertTrue(f.get(0).contains("q:names.m=2"), "two texts at 0.5 or more: " + f.get(0));
    }

    @Test
    void acronymAndLongFormSeeEachOther() {
        List<List<String>> f = PaperRelations.of(paper(), first());
        assertTrue(f.get(0).contains("q:acronym.m=3"), "the acronym's best occurrence: " + f.get(0));
        assertTrue(f.get(2).contains("q:acronym.m=4"), "the long form: " + f.get(2));
        assertTrue(f.get(3).contains("q:acronym.m=none"), f.get(3).toString());
    }

    @Test
    void repeatedTextAndWhereItStands() {
        List<List<String>> f = PaperRelations.of(paper(), first());
        assertTrue(f.get(2).contains("q:occ=2") && f.get(2).contains("q:same.m=2"), f.get(2).toString());
        assertFalse(f.get(3).stream().anyMatch(x -> x.startsWith("q:same.")), "said once: " + f.get(3));
        assertTrue(f.get(0).contains("q:at.d:title"), f.get(0).toString());
        assertFalse(f.get(0).contains("q:at.d:propose/x"), "only the coarse document features");
    }

    @Test
    void binsAndRanks() {
        assertEquals("0", PaperRelations.bin(0, 10));
        assertEquals("9", PaperRelations.bin(1, 10));
        assertEquals("4", PaperRelations.bin(0.45, 10));
        assertEquals("5-6", PaperRelations.rankBin(6));
        assertEquals("11+", PaperRelations.rankBin(40));
    }

    @Test
    void anEmptyPaperHasNoFeatures() {
        assertTrue(PaperRelations.of(List.of(), List.of()).isEmpty());
    }
}
