package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Words that occur in the same contexts share a class (invented text). */
class TestWordClustering {

    @Test
    void wordsInTheSameContextsShareAClass() {
        String[] data = {"zorbnet", "quillset", "blimmer"};
        String[] methods = {"frobformer", "glimmernet", "snarkgan"};
        WordStatistics.Counter counter = new WordStatistics.Counter();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            for (String d : data) {
                text.append("we evaluate on ").append(d).append(" dataset and report accuracy . ");
            }
            for (String m : methods) {
                text.append("our ").append(m).append(" model outperforms the baseline . ");
            }
        }
        for (int i = 0; i < 3; i++) {
            counter.add(text.toString());
        }
        WordStatistics words = counter.build(1);
        // as many classes as words: words with the same contexts must still share one, the others must not
        WordClustering clustering = new WordClustering(words, words.size());
        clustering.add(text.toString());
        Map<String, Integer> classes = clustering.classes();
        assertEquals(classes, clustering.classes(), "deterministic");
        assertEquals(classes.get("zorbnet"), classes.get("quillset"));
        assertEquals(classes.get("zorbnet"), classes.get("blimmer"));
        assertEquals(classes.get("frobformer"), classes.get("snarkgan"));
        assertNotEquals(classes.get("zorbnet"), classes.get("frobformer"), classes.toString());

        WordStatistics withClasses = words.withClasses(classes);
        assertEquals(classes.get("glimmernet").intValue(), withClasses.wordClass("GlimmerNet"));
        assertEquals(-1, withClasses.wordClass("unknownword"));
    }

    @Test
    void aWordMostPapersUseIsABareCommonWordOnlyAloneAndInLowerCase() {
        WordStatistics.Counter counter = new WordStatistics.Counter();
        for (int i = 0; i < 8; i++) {
            counter.add("our frobnet models beat other models on data " + (i < 1 ? "quillset" : ""));
        }
        WordStatistics words = counter.build(1);
        assertTrue(LearnedMentionExtractor.bareCommonWord("models", words));
        assertFalse(LearnedMentionExtractor.bareCommonWord("Models", words), "written as a name");
        assertFalse(LearnedMentionExtractor.bareCommonWord("frobnet models", words), "a modified name");
        assertFalse(LearnedMentionExtractor.bareCommonWord("quillset", words), "in one paper of eight");
    }
}
