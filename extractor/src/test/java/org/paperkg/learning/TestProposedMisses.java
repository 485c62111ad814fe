package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.paperkg.eval.GoldPaper;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

class TestProposedMisses {

    private static GoldPaper.GoldEntity proposed(String name) {
        return new GoldPaper.GoldEntity(name, List.of(), true);
    }

    private static AnnotatedText paper(int titleEnd, GoldPaper.GoldEntity... methods) {
        return new AnnotatedText("p1", "annotations", "an invented text", titleEnd,
                new GoldPaper("p1", null, Map.of(EntityType.METHOD, List.of(methods))), null);
    }

    private static Mention mention(String text, EntityType type, MentionRole role) {
        return new Mention(text, type, role, 0, text.length(), "evidence", "learned", 0.9, null);
    }

    private static Candidate candidate(String text) {
        return new Candidate(text, 0, text.length(), "evidence", List.of(), null);
    }

    @Test
    void eachMissGetsTheLatestCauseThatHolds() {
        ProposedMisses misses = new ProposedMisses();
        misses.add(paper(20, proposed("Zorblat"), proposed("Quill Net"), proposed("lattice pruning"),
                        proposed("graph sieve"), proposed("Vortex-9"), proposed("adaptive token pruning")),
                List.of(candidate("Zorblat"), candidate("Quill Net"), candidate("lattice pruning"),
                        candidate("graph sieve"), candidate("token pruning")),
                List.of(mention("Zorblat", EntityType.METHOD, MentionRole.CONTRIBUTED),
                        mention("Quill Net", EntityType.METHOD, MentionRole.USED),
                        mention("lattice pruning", EntityType.TASK, MentionRole.USED)));
        assertEquals(6, misses.gold());
        assertEquals(1, misses.missed(ProposedMisses.Cause.BOUNDARY));
        assertEquals(1, misses.missed(ProposedMisses.Cause.OTHER_PROPOSED));
        assertEquals(1, misses.missed(ProposedMisses.Cause.OTHER_TYPE));
        assertEquals(1, misses.missed(ProposedMisses.Cause.CANDIDATE_NOT_LINKED));
        assertEquals(1, misses.missed(ProposedMisses.Cause.NO_CANDIDATE));
        assertEquals(0, misses.missed(ProposedMisses.Cause.NONE_PROPOSED));
        String table = misses.render("invented");
        assertTrue(table.contains("6 gold proposed methods, 1 found (partial), 5 missed"), table);
        assertTrue(table.contains("| a candidate with the gold name, not linked | 1 | 0 | 1 | 1 | 0 |"), table);
    }

    @Test
    void aMethodNotProposedInAPaperWithoutProposedMethodsIsCountedApart() {
        ProposedMisses misses = new ProposedMisses();
        misses.add(paper(-1, proposed("Zorblat")), List.of(candidate("Zorblat")),
                List.of(mention("Zorblat", EntityType.METHOD, MentionRole.USED)));
        assertEquals(1, misses.missed(ProposedMisses.Cause.NONE_PROPOSED));
        assertTrue(misses.render("invented").contains("| 1 | 1 | 0 | 0 | 1 |"), "named, abstract only");
    }

    @Test
    void unnamedMeansLowerCaseWithoutDigits() {
        assertTrue(ProposedMisses.unnamed("adaptive lattice pruning"));
        assertFalse(ProposedMisses.unnamed("Zorblat"));
        assertFalse(ProposedMisses.unnamed("lattice-9 pruning"));
    }
}
