package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;

class TestBootstrapInterval {

    private static PaperScores paper(int hits, int predicted, int gold) {
        Scores s = new Scores(hits, predicted, hits, gold);
        return new PaperScores(Map.of(EntityType.METHOD, s), Map.of(EntityType.METHOD, s), Scores.ZERO);
    }

    @Test
    void intervalHoldsThePointEstimateAndIsReproducible() {
        List<PaperScores> papers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            papers.add(paper(i % 3, 3, 2 + i % 2));
        }
        Scores all = papers.stream().map(PaperScores::partialAll).reduce(Scores.ZERO, Scores::plus);
        BootstrapInterval ci = BootstrapInterval.of(papers, PaperScores::partialAll, Scores::f1);
        assertTrue(ci.low() < all.f1() && all.f1() < ci.high(), ci + " around " + all.f1());
        assertEquals(ci, BootstrapInterval.of(papers, PaperScores::partialAll, Scores::f1));
    }

    @Test
    void identicalPapersGiveAPointInterval() {
        List<PaperScores> papers = List.of(paper(1, 2, 2), paper(1, 2, 2), paper(1, 2, 2));
        BootstrapInterval ci = BootstrapInterval.of(papers, PaperScores::partialAll, Scores::f1);
        assertEquals(0.5, ci.low(), 1e-9);
        assertEquals(0.5, ci.high(), 1e-9);
    }
}
