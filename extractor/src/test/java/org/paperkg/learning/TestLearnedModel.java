package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;

/** The contribution decisions of a small model trained on invented features. */
class TestLearnedModel {

    private static final LinearClassifier.FeatureIndex INDEX = new LinearClassifier.FeatureIndex(
            List.of("s:head=net", "s:head=way", "k:strong", "k:weak", "k:none"));

    private static LinearClassifier train(List<List<String>> x, List<Integer> y) {
        return LinearClassifier.train(INDEX, x, y.stream().mapToInt(Integer::intValue).toArray(), 1);
    }

    /** "net" is a method, "way" is not; "k:strong" marks a contribution, "k:weak" a third of the time. */
    private static LearnedModel model() {
        List<List<String>> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<List<String>> px = new ArrayList<>();
        List<Integer> py = new ArrayList<>();
        List<List<String>> cx = new ArrayList<>();
        List<Integer> cy = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            x.add(List.of("s:head=net"));
            y.add(1);
            x.add(List.of("s:head=way"));
            y.add(0);
            for (String cue : List.of("k:strong", "k:weak", "k:none")) {
                int label = cue.equals("k:strong") || cue.equals("k:weak") && i % 3 == 0 ? 1 : 0;
                px.add(List.of("s:head=net", cue));
                py.add(label);
                cx.add(List.of("s:head=net", cue));
                cy.add(label);
                cx.add(List.of("s:head=way", cue));
                cy.add(label);
            }
        }
        return new LearnedModel(WordStatistics.empty(), NamePrior.empty(), train(x, y), null, train(px, py), 0.5,
                0.6, new Properties()).withContribution(train(cx, cy));
    }

    private static Candidate candidate(String head, String cue) {
        return new Candidate(head, 0, head.length(), "evidence", List.of("s:head=" + head, cue), null);
    }

    @Test
    void aPaperWithoutProposedMethodProposesItsLikeliestContributionAboveTheBar() {
        LearnedModel m = model();
        List<Candidate> weakOnly = List.of(candidate("net", "k:none"), candidate("net", "k:weak"));
        List<LearnedModel.Decision> off = m.decide(weakOnly);
        assertTrue(off.stream().allMatch(d -> d.type() == EntityType.METHOD && !d.proposed()), off.toString());
        List<LearnedModel.Decision> on = m.withPaperProposedThreshold(0.15).decide(weakOnly);
        assertFalse(on.get(0).proposed());
        assertTrue(on.get(1).proposed(), "the likeliest contribution of the paper: " + on);
        assertFalse(m.withPaperProposedThreshold(0.55).decide(weakOnly).get(1).proposed(), "below the bar");
    }

    @Test
    void aPaperThatProposesAMethodGetsNoPaperLevelOne() {
        List<LearnedModel.Decision> d = model().withPaperProposedThreshold(0.15).decide(
                List.of(candidate("net", "k:weak"), candidate("net", "k:strong")));
        assertFalse(d.get(0).proposed());
        assertTrue(d.get(1).proposed());
    }

    @Test
    void aSureContributionIsAProposedMethodWhateverItsType() {
        List<Candidate> unnamed = List.of(candidate("way", "k:strong"));
        assertNull(model().decide(unnamed).get(0).type(), "typed as nothing");
        LearnedModel.Decision d = model().withContributionThreshold(0.6).decide(unnamed).get(0);
        assertEquals(EntityType.METHOD, d.type());
        assertTrue(d.proposed());
    }

    @Test
    void thresholdsAndClassifierSurviveWritingAndModelsWithoutThemKeepThemOff() throws Exception {
        LearnedModel m = model().withContributionThreshold(0.7).withPaperProposedThreshold(0.25)
                .withPerPaper(NamesPerPaper.NONE.withCap(org.paperkg.mentions.EntityType.TASK, 3).withTaskBar(0.15));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LearnedModel again = LearnedModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
        assertEquals(0.25, again.paperProposedThreshold(), 1e-9);
        assertEquals(3, again.perPaper().cap(org.paperkg.mentions.EntityType.TASK));
        assertEquals(0, again.perPaper().cap(org.paperkg.mentions.EntityType.METHOD));
        assertEquals(0.15, again.perPaper().taskBar(), 1e-9);
        assertEquals(0.7, again.contributionThreshold(), 1e-9);
        assertTrue(again.hasContributionClassifier());
        out.reset();
        new LearnedModel(WordStatistics.empty(), NamePrior.empty(), train(List.of(List.of("s:head=net"),
                List.of("s:head=way")), List.of(1, 0)), null, null, 0.5, 0.5, new Properties()).write(out);
        LearnedModel old = LearnedModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
        assertFalse(old.hasContributionClassifier());
        assertTrue(old.paperProposedThreshold() > 1 && old.contributionThreshold() > 1, "off");
        assertTrue(old.perPaper().isNone(), "no paper-level limits");
    }
}
