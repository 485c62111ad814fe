package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * Pass 1 learnt in parts and merged, then the survey counted in parts and merged (as a cluster does per partition),
 * gives what learning and surveying it all gives.
 */
class TestCorpusEntityResolverMerge {

    private static PaperRecord paper(String key, String title, String abs) {
        return new PaperRecord(key, title, abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Mention m(PaperRecord p, String text, EntityType type, MentionRole role, String rule, String acr) {
        int start = p.fullText().indexOf(text);
        return new Mention(text, type, role, start, start + text.length(), "s", rule, 0.8, acr);
    }

    private final PaperRecord a = paper("a", "Braided kernels for pebble sorting",
            "We propose braided kernel machines (BKMs). BKMs sort pebbles.");
    private final PaperRecord b = paper("b", "Pebble sorting at scale",
            "We compare BKMs with braided kernel machines and lattice voting on the Quarry corpus.");
    private final PaperRecord c = paper("c", "Lattice voting revisited",
            "Lattice voting is applied to pebble sorting.");

    private List<Mention> mentions(PaperRecord p) {
        if (p == a) {
            return List.of(m(a, "braided kernel machines", EntityType.METHOD, MentionRole.CONTRIBUTED, "acronym", "BKMs"),
                    m(a, "BKMs", EntityType.METHOD, MentionRole.USED, "acronym", null),
                    m(a, "pebble sorting", EntityType.TASK, MentionRole.USED, "head:task", null));
        }
        if (p == b) {
            return List.of(m(b, "BKMs", EntityType.METHOD, MentionRole.USED, "name:method", null),
                    m(b, "lattice voting", EntityType.METHOD, MentionRole.USED, "head:method", null),
                    m(b, "Quarry corpus", EntityType.DATASET, MentionRole.USED, "head:dataset", null));
        }
        return List.of(m(c, "Lattice voting", EntityType.METHOD, MentionRole.USED, "head:method", null));
    }

    /** Links of every paper, then the entities, with support counted from the links as a cluster counts it. */
    private List<Object> resolve(CorpusEntityResolver r) {
        List<Object> out = new ArrayList<>();
        for (PaperRecord p : List.of(a, b, c)) {
            out.add(r.links(p, mentions(p)));
        }
        out.add(List.copyOf(r.entities()));
        return out;
    }

    @Test
    void mergedPartsResolveLikeTheWhole() throws Exception {
        CorpusEntityResolver whole = new CorpusEntityResolver();
        for (PaperRecord p : List.of(a, b, c)) {
            whole.learn(p, mentions(p));
        }
        for (PaperRecord p : List.of(a, b, c)) {
            whole.survey(p, mentions(p));
        }
        CorpusEntityResolver first = new CorpusEntityResolver();
        first.learn(c, mentions(c));
        CorpusEntityResolver second = new CorpusEntityResolver();
        second.learn(b, mentions(b));
        second.learn(a, mentions(a));
        first.merge(roundTrip(second));
        // the survey per part, on copies of the merged resolver, its counts shipped back and added up
        CorpusSurvey one = roundTrip(first).newSurvey();
        one.survey(b);
        CorpusSurvey two = roundTrip(first).newSurvey();
        two.survey(c);
        two.survey(a);
        one.merge(roundTrip(two));
        first.useSurvey(roundTrip(one));

        assertEquals(resolve(whole), resolve(roundTrip(first)));
    }

    /** Acronyms the papers' text defines count across parts: two papers in two parts make an expansion. */
    @Test
    void textAcronymsAddUpAcrossParts() {
        AcronymIndex first = new AcronymIndex();
        first.defineInText("PSN", "pebble sorting networks");
        AcronymIndex second = new AcronymIndex();
        second.defineInText("PSN", "pebble sorting networks");
        assertNull(first.expansion("PSN"), "one paper is not enough");
        assertFalse(first.isLongForm(LabelNormalizer.slug("pebble sorting networks")));
        first.add(second);
        assertTrue(first.isLongForm(LabelNormalizer.slug("pebble sorting networks")), "a name of its own");
        assertNotNull(first.expansion("PSN"));
        assertEquals(LabelNormalizer.normalize("pebble sorting networks"), first.expansion("PSN"));
    }

    @Test
    void entityTakesItsSupportFromTheCaller() {
        CorpusEntityResolver r = new CorpusEntityResolver();
        r.learn(a, mentions(a));
        Entity e = r.entity(EntityType.METHOD, "braided-kernel-machine", 7);
        assertEquals(7, e == null ? -1 : e.support(), String.valueOf(e));
        assertNull(r.entity(EntityType.METHOD, "never-seen", 1));
    }

    /** Through Java serialisation, as Spark ships it to executors. */
    @SuppressWarnings("unchecked")
    private static <T extends java.io.Serializable> T roundTrip(T r) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
