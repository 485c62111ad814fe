package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/** Of task names that are variants of each other, the most probable stays, with all its mentions. */
class TestTaskVariants {

    private static Mention mention(String text, EntityType type, double confidence, int start) {
        return new Mention(text, type, MentionRole.USED, start, start + text.length(), "evidence", "learned",
                confidence, null);
    }

    @Test
    void keepsTheMostProbableOfNestedTaskNames() {
        List<Mention> in = List.of(
                mention("quillion estimation", EntityType.TASK, 0.9, 0),
                mention("monocular 3D quillion estimation", EntityType.TASK, 0.7, 30),
                mention("Quillion Estimation", EntityType.TASK, 0.5, 80),
                mention("lattice counting", EntityType.TASK, 0.6, 120));
        List<Mention> out = TaskVariants.keepOne(in);
        assertEquals(List.of("quillion estimation", "Quillion Estimation", "lattice counting"),
                out.stream().map(Mention::text).toList(), "every mention of the kept name stays, in order");
    }

    @Test
    void leavesOtherTypesAndUnrelatedTasksAlone() {
        List<Mention> in = List.of(
                mention("zorb segmentation", EntityType.TASK, 0.8, 0),
                mention("zorb segmentation network", EntityType.METHOD, 0.9, 30),
                mention("segmentation", EntityType.METHOD, 0.4, 70),
                mention("zorb tracking", EntityType.TASK, 0.7, 90));
        assertEquals(in, TaskVariants.keepOne(in));
    }

    @Test
    void variantsShareTheHeadAndNestTheirWords() {
        assertTrue(TaskVariants.variants("pose estimation", "3d human pose estimation"));
        assertTrue(TaskVariants.variants("3d human pose estimation", "pose estimation"));
        assertFalse(TaskVariants.variants("pose estimation", "pose estimation model"), "another head");
        assertFalse(TaskVariants.variants("depth estimation", "3d pose estimation"), "words not nested");
    }

    @Test
    void anAcronymInCapitalsJoinsTheNameItAbbreviates() {
        List<Mention> in = List.of(
                mention("quill entity disambiguation", EntityType.TASK, 0.8, 0),
                mention("QED", EntityType.TASK, 0.9, 40),
                mention("qed", EntityType.TASK, 0.3, 60));
        assertEquals(List.of("QED", "qed"), TaskVariants.keepOne(in).stream().map(Mention::text).toList(),
                "the most probable of the two stays");
        assertTrue(TaskVariants.acronymOf("qeds", "quill entity disambiguation"));
        assertFalse(TaskVariants.acronymOf("qe", "quill entity disambiguation"));
        assertFalse(TaskVariants.acronymOf("q", "quill"), "one word is no expansion");
    }
}
