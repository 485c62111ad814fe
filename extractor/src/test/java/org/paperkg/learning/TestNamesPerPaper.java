package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/** Paper-level limits: at most so many names of a type, proposed ones first; a task for a paper without one. */
class TestNamesPerPaper {

    private static Mention mention(String text, EntityType type, MentionRole role, double confidence, int start,
                                   String acronym) {
        return new Mention(text, type, role, start, start + text.length(), "evidence", "learned", confidence, acronym);
    }

    private static Mention method(String text, double confidence, int start) {
        return mention(text, EntityType.METHOD, MentionRole.USED, confidence, start, null);
    }

    private static Candidate candidate(String text, int start) {
        return new Candidate(text, start, start + text.length(), "evidence", List.of(), null);
    }

    private static List<String> texts(List<Mention> mentions) {
        return mentions.stream().map(Mention::text).toList();
    }

    @Test
    void keepsTheProposedThenTheLikeliestNamesOfACappedType() {
        List<Mention> in = List.of(
                method("zorbnet", 0.4, 0),
                method("quill sampler", 0.9, 20),
                mention("lattice pooling", EntityType.METHOD, MentionRole.CONTRIBUTED, 0.3, 40, null),
                method("ferrule attention", 0.6, 60),
                mention("quill counting", EntityType.TASK, MentionRole.USED, 0.2, 80, null));
        NamesPerPaper limits = NamesPerPaper.NONE.withCap(EntityType.METHOD, 2);
        assertEquals(List.of("quill sampler", "lattice pooling", "quill counting"),
                texts(limits.apply(in, List.of(), new double[0][])), "text order kept, other types untouched");
    }

    @Test
    void countsANameOnceWithItsAcronymAndAllItsMentions() {
        List<Mention> in = List.of(
                mention("zonal lattice models", EntityType.METHOD, MentionRole.USED, 0.9, 0, "ZLMs"),
                method("ZLMs", 0.5, 22),
                method("quill sampler", 0.7, 40),
                method("ZLM", 0.8, 60),
                method("ferrule attention", 0.6, 80));
        NamesPerPaper limits = NamesPerPaper.NONE.withCap(EntityType.METHOD, 2);
        assertEquals(List.of("zonal lattice models", "ZLMs", "quill sampler", "ZLM"),
                texts(limits.apply(in, List.of(), new double[0][])));
    }

    @Test
    void givesAPaperWithoutATaskItsLikeliestTaskCandidateAboveTheBar() {
        List<Mention> in = List.of(method("quill sampler", 0.9, 0));
        List<Candidate> candidates = List.of(candidate("quill sampler", 0), candidate("lattice counting", 30),
                candidate("ferrule sorting", 60), candidate("sampler", 6));
        double[][] p = {
            {0.1, 0.9, 0.0, 0.0, 0, -1},
            {0.7, 0.0, 0.25, 0.05, 0, -1},
            {0.8, 0.0, 0.15, 0.05, 0, -1},
            {0.0, 0.0, 0.9, 0.1, 0, -1}}; // overlaps a kept mention: not a candidate for the task
        List<Mention> out = NamesPerPaper.NONE.withTaskBar(0.2).apply(in, candidates, p);
        assertEquals(List.of("quill sampler", "lattice counting"), texts(out));
        assertEquals(EntityType.TASK, out.get(1).type());
        assertEquals(0.25, out.get(1).confidence(), 1e-9);
        assertEquals(List.of("quill sampler"), texts(NamesPerPaper.NONE.withTaskBar(0.3).apply(in, candidates, p)),
                "below the bar: no task");
        List<Mention> two = List.of(method("quill sampler", 0.9, 0), method("zorbnet", 0.5, 90));
        assertEquals(List.of("quill sampler", "lattice counting"), texts(NamesPerPaper.NONE
                .withCap(EntityType.METHOD, 1).withTaskBar(0.2).apply(two, candidates, p)), "a limit and the task");
    }

    @Test
    void aPaperThatHasATaskGetsNoOther() {
        List<Mention> in = List.of(mention("quill counting", EntityType.TASK, MentionRole.USED, 0.5, 0, null));
        List<Candidate> candidates = List.of(candidate("quill counting", 0), candidate("lattice counting", 30));
        double[][] p = {{0.5, 0.0, 0.5, 0.0, 0, -1}, {0.1, 0.0, 0.9, 0.0, 0, -1}};
        assertEquals(in, NamesPerPaper.NONE.withTaskBar(0.1).apply(in, candidates, p));
    }

    @Test
    void noLimitsLeaveTheMentionsAsTheyAre() {
        assertTrue(NamesPerPaper.NONE.isNone());
        assertEquals("", NamesPerPaper.NONE.describe());
        assertEquals(", at most 8 methods, 1 task per paper; a task from 0.15", NamesPerPaper.NONE
                .withCap(EntityType.METHOD, 8).withCap(EntityType.TASK, 1).withTaskBar(0.15).describe());
        List<Mention> in = List.of(method("quill sampler", 0.9, 0));
        assertSame(in.get(0), NamesPerPaper.NONE.apply(in, List.of(), new double[0][]).get(0));
    }
}
