package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestLabelNormalizer {

    @Test
    void dropsDeterminersAndEvaluativeWords() {
        assertEquals("gizmo sampler", LabelNormalizer.display("a novel gizmo sampler"));
        assertEquals("Widget Transformer", LabelNormalizer.display("the proposed  Widget Transformer"));
    }

    @Test
    void foldsCaseHyphensAndPlurals() {
        assertEquals("sparse gizmo process", LabelNormalizer.normalize("Sparse-Gizmo Processes"));
        assertEquals("widget query", LabelNormalizer.normalize("widget queries"));
        assertEquals("gizmo analysis", LabelNormalizer.normalize("gizmo analysis"));
        assertEquals("sgm", LabelNormalizer.normalize("SGMs"));
    }

    @Test
    void slugsAreStable() {
        assertEquals("sparse-gizmo-model", LabelNormalizer.slug("The sparse gizmo models"));
        assertEquals(LabelNormalizer.slug("sparse-gizmo model"), LabelNormalizer.slug("Sparse Gizmo Models"));
        assertEquals("quill-plus-plus", LabelNormalizer.slug("Quill++"));
    }
}
