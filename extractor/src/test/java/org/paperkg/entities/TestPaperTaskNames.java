package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Of a paper's task links that name one task, the most confident stays; other links and other tasks stay. */
class TestPaperTaskNames {

    private static PaperLink link(Relation relation, String label, String rule, double confidence) {
        return new PaperLink("paper-1", relation, LabelNormalizer.slug(label), label, "evidence", 0, label.length(),
                rule, confidence);
    }

    @Test
    void aVariantTheCorpusPassAddedGoes() {
        PaperLink own = link(Relation.ADDRESSES_TASK, "low-light widget parsing", "learned", 0.91);
        PaperLink added = link(Relation.ADDRESSES_TASK, "widget parsing", "corpus", 0.80);
        PaperLink other = link(Relation.ADDRESSES_TASK, "gizmo counting", "learned", 0.60);
        PaperLink method = link(Relation.USES_METHOD, "widget parsing network", "learned", 0.95);
        assertEquals(List.of(own, other, method), PaperTaskNames.keepOne(List.of(own, added, other, method)));
    }

    @Test
    void theMoreConfidentNameStaysWhicheverIsLonger() {
        PaperLink shortName = link(Relation.ADDRESSES_TASK, "blob tracking", "learned", 0.95);
        PaperLink longName = link(Relation.ADDRESSES_TASK, "real-time blob tracking", "corpus", 0.50);
        assertEquals(List.of(shortName), PaperTaskNames.keepOne(List.of(longName, shortName)));
    }

    @Test
    void anAcronymBesideItsLongFormGoes() {
        PaperLink longForm = link(Relation.ADDRESSES_TASK, "quill entity disambiguation", "learned", 0.90);
        PaperLink acronym = link(Relation.ADDRESSES_TASK, "QED", "corpus", 0.50);
        assertEquals(List.of(longForm), PaperTaskNames.keepOne(List.of(longForm, acronym)));
    }

    @Test
    void unrelatedTasksAndOtherTypesStay() {
        List<PaperLink> in = List.of(
                link(Relation.ADDRESSES_TASK, "zorb segmentation", "learned", 0.8),
                link(Relation.ADDRESSES_TASK, "zorb tracking", "learned", 0.7),
                link(Relation.ADDRESSES_TASK, "lattice segmentation", "corpus", 0.8),
                link(Relation.USES_METHOD, "segmentation", "learned", 0.9),
                link(Relation.USES_METHOD, "zorb segmentation", "learned", 0.9));
        assertSame(in, PaperTaskNames.keepOne(in), "no two tasks nest: nothing changes");
    }

    @Test
    void sameTaskNeedsNestedWordsWithOneHeadOrACapitalAcronym() {
        assertTrue(PaperTaskNames.sameTask("Pose Estimation", "monocular pose estimation"));
        assertFalse(PaperTaskNames.sameTask("pose estimation", "pose estimation benchmark"), "another head");
        assertFalse(PaperTaskNames.sameTask("real-time blob detection", "object detection"), "words not nested");
        assertFalse(PaperTaskNames.sameTask("ned", "named entity disambiguation"), "lower case: a word, no acronym");
        assertTrue(PaperTaskNames.sameTask("NEDs", "named entity disambiguation"));
    }
}
