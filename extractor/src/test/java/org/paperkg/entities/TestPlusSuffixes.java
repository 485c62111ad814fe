package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

class TestPlusSuffixes {

    private static PaperRecord paper(String abs) {
        return new PaperRecord("p", "A title", abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Mention m(PaperRecord p, String text, int from) {
        int start = p.fullText().indexOf(text, from);
        return new Mention(text, EntityType.METHOD, MentionRole.CONTRIBUTED, start, start + text.length(), "s", "learned",
                0.9, null);
    }

    @Test
    void aNameGoesOnOverThePlusSignsGluedToIt() {
        PaperRecord p = paper("We present Gizmo++, which improves on Gizmo, and the Quill+ benchmark.");
        List<Mention> ms = List.of(m(p, "Gizmo", 0), m(p, "Quill", 0));
        List<Mention> out = PlusSuffixes.extended(p, ms);
        assertEquals("Gizmo++", out.get(0).text());
        assertEquals("Gizmo++", p.fullText().substring(out.get(0).charStart(), out.get(0).charEnd()));
        assertEquals("Quill+", out.get(1).text());
    }

    @Test
    void otherSpansStayAsTheyAre() {
        PaperRecord p = paper("Gizmo improves on Gizmo+Quill and on Widget + Spline.");
        List<Mention> ms = List.of(m(p, "Gizmo", 0), m(p, "Gizmo", 10), m(p, "Widget", 0));
        assertSame(ms, PlusSuffixes.extended(p, ms), "no sign, a sign joining two names, a spaced sign");
    }
}
