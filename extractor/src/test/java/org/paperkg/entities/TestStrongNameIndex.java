package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;

class TestStrongNameIndex {

    /** Pieces of invented text: leading words, plurals, punctuation, odd spacing and non-ASCII that normalize folds. */
    private static final String[] PIECES = {"the", "The", "a", "new", "novel", "state-of-the-art", "pre-trained",
        "our", "Widget", "widgets", "Nets", "net", "ranking", "Rankers", "glimmer", "GLiMMer", "GLiMMers", "FooNet-7",
        "C++", "x", "abies", "boxes", "axes", "bus", "physics", "&", "+", ".", ",", "(", ")", "[", "]", "\"", "'",
        "-", "/", ":", "?", "!", "%", "=", "_", "`", "\t", "  ", "\n", "é", "e\u0301", "Σ", "ΣIGMA", "İ", "\u2013",
        "\u00a0", "\u001c", "x.y", "v2.0", "k-NN", "don't", "1,000", "3.5", "Data", "sets", "dataset"};

    private static List<int[]> ngrams(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = StrongNameIndex.WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= 8 && i + n <= words.size(); n++) {
                spans.add(new int[]{words.get(i)[0], words.get(i + n - 1)[1]});
            }
        }
        return spans;
    }

    @Test
    void findsExactlyWhatNormalisingEverySpanFinds() {
        Random random = new Random(42);
        int hits = 0;
        int skipped = 0;
        for (int round = 0; round < 300; round++) {
            List<String> texts = new ArrayList<>();
            for (int t = 0; t < 5; t++) {
                StringBuilder sb = new StringBuilder();
                int len = 5 + random.nextInt(25);
                for (int k = 0; k < len; k++) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                    sb.append(random.nextInt(4) == 0 ? "" : " ");
                }
                texts.add(sb.toString());
            }
            // names: the normalised forms of some spans of the texts, so that many spans hit
            Map<String, EntityId> names = new HashMap<>();
            for (String text : texts) {
                for (int[] s : ngrams(text)) {
                    if (random.nextInt(6) == 0) {
                        names.put(LabelNormalizer.normalize(text.substring(s[0], s[1])),
                                new EntityId(EntityType.METHOD, "k" + names.size()));
                    }
                }
            }
            StrongNameIndex index = new StrongNameIndex(names);
            for (String text : texts) {
                for (int[] s : ngrams(text)) {
                    EntityId expected = names.get(LabelNormalizer.normalize(text.substring(s[0], s[1])));
                    assertEquals(expected, index.find(text, s[0], s[1]),
                            () -> "span [" + text.substring(s[0], s[1]) + "]");
                    hits += expected == null ? 0 : 1;
                    skipped += index.mayMatch(text, s[0], s[1]) ? 0 : 1;
                }
            }
        }
        assertTrue(hits > 1000, "hits " + hits);
        assertTrue(skipped > 1000, "skipped " + skipped);
    }

    @Test
    void skipsSpansThatCannotStartAName() {
        StrongNameIndex index = new StrongNameIndex(Map.of("glimmer net", new EntityId(EntityType.METHOD, "glimmer-net"),
                "widget", new EntityId(EntityType.TASK, "widget")));
        String text = "We train the new Glimmer-Nets on widgets and gadgets.";
        int start = text.indexOf("the");
        int end = text.indexOf("Nets") + 4;
        assertTrue(index.mayMatch(text, start, end));
        assertEquals("glimmer-net", index.find(text, start, end).key());
        assertTrue(index.mayMatch(text, text.indexOf("widgets"), text.indexOf("widgets") + 7));
        assertFalse(index.mayMatch(text, text.indexOf("gadgets"), text.indexOf("gadgets") + 7));
        assertFalse(index.mayMatch(text, 0, 2));
        assertNull(index.find(text, text.indexOf("train"), text.indexOf("train") + 5));
    }

    @Test
    void indexesOnlyUsableNamesOfStrongEntities() {
        NameStats strong = new NameStats();
        strong.strong = true;
        strong.surfaces.put("GlimmerNet", 2);
        strong.surfaces.put("glimmer", 1);
        strong.surfaces.put("glimmer networks", 1);
        NameStats weak = new NameStats();
        weak.surfaces.put("widget ranking", 3);
        Map<EntityId, NameStats> stats = new HashMap<>();
        stats.put(new EntityId(EntityType.METHOD, "glimmernet"), strong);
        stats.put(new EntityId(EntityType.TASK, "widget-ranking"), weak);
        StrongNameIndex index = StrongNameIndex.of(stats);
        String text = "glimmer, GlimmerNet, glimmer network and widget ranking";
        assertEquals("glimmernet", index.find(text, 9, 19).key());
        assertEquals("glimmernet", index.find(text, 21, 36).key());
        assertNull(index.find(text, 0, 7));
        assertNull(index.find(text, 41, 55));
    }
}
