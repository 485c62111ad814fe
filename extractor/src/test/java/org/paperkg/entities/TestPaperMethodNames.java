package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Of a paper's method links that name one method twice, the most confident stays; distinct methods stay. */
class TestPaperMethodNames {

    private static PaperLink link(Relation relation, String label, String rule, double confidence) {
        return new PaperLink("paper-1", relation, LabelNormalizer.slug(label), label, "evidence", 0, label.length(),
                rule, confidence);
    }

    @Test
    void anAcronymBesideItsHyphenatedLongFormGoes() {
        PaperLink longForm = link(Relation.PROPOSES_METHOD, "Quill-Shaped Gizmo Network", "learned", 0.95);
        PaperLink acronym = link(Relation.PROPOSES_METHOD, "QSGN", "cue:contribution+name:undefined-acronym", 0.90);
        PaperLink other = link(Relation.USES_METHOD, "zorb pooling", "learned", 0.70);
        assertEquals(List.of(longForm, other), PaperMethodNames.keepOne(List.of(longForm, acronym, other), null),
                "no title: the more confident stays");
        assertEquals(List.of(acronym, other), PaperMethodNames.keepOne(List.of(longForm, acronym, other),
                "QSGN: Sorting Widgets at Scale"), "the name the title writes stays");
        assertEquals(List.of(longForm, other), PaperMethodNames.keepOne(List.of(longForm, acronym, other),
                "Quill-Shaped Gizmo Networks for Widget Sorting"));
    }

    @Test
    void theAcronymInTheTitleStaysAndProposesWhenItsLongFormDid() {
        PaperLink longForm = link(Relation.PROPOSES_METHOD, "lattice warp sampling", "acronym", 0.98);
        PaperLink acronym = link(Relation.USES_METHOD, "LWS", "name:undefined-acronym", 0.80);
        List<PaperLink> out = PaperMethodNames.keepOne(List.of(acronym, longForm), "LWS: Sampling Warped Lattices");
        assertEquals(1, out.size());
        assertEquals(Relation.PROPOSES_METHOD, out.get(0).relation());
        assertEquals("lws", out.get(0).entityKey());
    }

    @Test
    void aWeaklyFoundFragmentOfAMethodNameGoes() {
        PaperLink full = link(Relation.PROPOSES_METHOD, "Extended Latent Widget Diffusion", "cue:title-name", 0.95);
        PaperLink fragment = link(Relation.PROPOSES_METHOD, "Latent Widget Diffusion", "learned", 0.65);
        assertEquals(List.of(full), PaperMethodNames.keepOne(List.of(fragment, full), null));
    }

    @Test
    void aFragmentAndAnAcronymOfOneMethodBothGo() {
        PaperLink full = link(Relation.USES_METHOD, "Extended Latent Widget Diffusion", "cue:title-name", 0.95);
        PaperLink acronym = link(Relation.PROPOSES_METHOD, "ELWD", "cue:contribution+acronym", 0.90);
        PaperLink fragment = link(Relation.USES_METHOD, "Latent Widget Diffusion", "learned", 0.65);
        List<PaperLink> out = PaperMethodNames.keepOne(List.of(acronym, full, fragment), "Widget Diffusion");
        assertEquals(1, out.size());
        assertEquals("extended-latent-widget-diffusion", out.get(0).entityKey());
        assertEquals(Relation.PROPOSES_METHOD, out.get(0).relation());
    }

    @Test
    void nestedNamesWithStrongEvidenceAreTwoMethods() {
        List<PaperLink> in = List.of(
                link(Relation.PROPOSES_METHOD, "Gizmo-Consistent Reinforcement Learning", "cue:contribution+acronym",
                        0.95),
                link(Relation.USES_METHOD, "reinforcement learning", "acronym+acronym-use", 0.90),
                link(Relation.USES_METHOD, "zorb pooling", "learned", 0.90),
                link(Relation.USES_METHOD, "lattice pooling", "learned", 0.60),
                link(Relation.ADDRESSES_TASK, "zorb pooling", "learned", 0.50));
        assertSame(in, PaperMethodNames.keepOne(in, null), "no second name: nothing changes");
    }

    @Test
    void acronymsNeedCapitalsAndTheInitials() {
        assertTrue(PaperMethodNames.acronymOf("QSGN", "Quill-Shaped Gizmo Network"), "hyphen parts as words");
        assertTrue(PaperMethodNames.acronymOf("SGNs", "Shaped Gizmo Networks"), "plural acronym");
        assertTrue(PaperMethodNames.acronymOf("QSN", "Quill-Shaped Network"), "hyphenated word as one word");
        assertFalse(PaperMethodNames.acronymOf("qsn", "quill shaped network"), "lower case: a word");
        assertFalse(PaperMethodNames.acronymOf("QSN", "Network"), "one word has no initials to spell");
        assertFalse(PaperMethodNames.acronymOf("ZPT", "zorb pooling network"), "other initials");
    }

    @Test
    void weakEvidenceIsNoCueAcronymOrNameShape() {
        assertTrue(PaperMethodNames.weakEvidence("learned"));
        assertTrue(PaperMethodNames.weakEvidence("corpus+head:method"));
        assertFalse(PaperMethodNames.weakEvidence("learned+name:method"));
        assertFalse(PaperMethodNames.weakEvidence("cue:contribution+head:method"));
        assertFalse(PaperMethodNames.weakEvidence("acronym"));
    }
}
