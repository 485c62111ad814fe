package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;

class TestDatasetReleases {

    private final Map<EntityId, NameStats> all = new HashMap<>();

    private EntityId dataset(String label, int papers) {
        return add(EntityType.DATASET, label, papers);
    }

    private EntityId add(EntityType type, String label, int papers) {
        NameStats st = new NameStats();
        st.surfaces.put(label, 1);
        st.papers = papers;
        EntityId id = new EntityId(type, LabelNormalizer.slug(label));
        all.put(id, st);
        return id;
    }

    @Test
    void versionAndPublisherReleasesFoldIntoTheBaseNameTheCorpusUsesMore() {
        EntityId base = dataset("GizmoNet", 9);
        EntityId v2 = dataset("GizmoNetV2", 4);
        EntityId spaced = dataset("GizmoNet v1.1", 2);
        EntityId prefixed = dataset("QR-GizmoNet", 3);
        EntityId moreUsed = dataset("WidgetBankV3", 7);
        EntityId lessUsedBase = dataset("WidgetBank", 2);
        EntityId method = add(EntityType.METHOD, "GizmoNetV2", 5);
        EntityId word = dataset("Suite", 12);
        EntityId named = dataset("QR-Suite", 3);
        EntityVariants v = EntityVariants.of(all, new AcronymIndex());
        assertEquals(base, v.canonical(v2));
        assertEquals(base, v.canonical(spaced));
        assertEquals(base, v.canonical(prefixed));
        assertEquals(moreUsed, v.canonical(moreUsed), "the base is named in fewer papers: not folded");
        assertEquals(lessUsedBase, v.canonical(lessUsedBase));
        assertEquals(method, v.canonical(method), "datasets only");
        assertEquals(named, v.canonical(named), "a base not written as a name is a cut-short name, not a dataset");
        assertEquals(word, v.canonical(word));
    }

    @Test
    void onlyTheDominantSizeSuffixFoldsAndABareNumberNever() {
        EntityId base = dataset("PictoBank", 10);
        EntityId small = dataset("PictoBank-1K", 6);
        EntityId large = dataset("PictoBank-21K", 2);
        EntityId numbered = dataset("PictoBank200", 5);
        EntityId classes = dataset("PICTO-10", 4);
        EntityId classesBase = dataset("PICTO", 8);
        EntityVariants v = EntityVariants.of(all, new AcronymIndex());
        assertEquals(base, v.canonical(small));
        assertEquals(large, v.canonical(large), "a size suffix other than the dominant one names another dataset");
        assertEquals(numbered, v.canonical(numbered));
        assertEquals(classes, v.canonical(classes));
        assertEquals(classesBase, v.canonical(classesBase));
    }

    @Test
    void twoSizeSuffixesInAsManyPapersFoldNeither() {
        EntityId base = dataset("PictoBank", 10);
        EntityId a = dataset("PictoBank-1K", 3);
        EntityId b = dataset("PictoBank-5K", 3);
        EntityVariants v = EntityVariants.of(all, new AcronymIndex());
        assertEquals(a, v.canonical(a));
        assertEquals(b, v.canonical(b));
        assertEquals(base, v.canonical(base));
    }
}
