package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/** What a phrase is the object of, whether it is called a task, and the kind of its head word. */
class TestTaskCues {

    /** Tokens "word/TAG/lemma" as CoreNLP would give them (lemma: the word when left out). */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String t : tagged.split(" ")) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setTag(p[1]);
            l.setLemma(p.length > 2 ? p[2] : p[0].toLowerCase());
            out.add(l);
        }
        return out;
    }

    private static List<String> features(List<CoreLabel> s, int from, int to) {
        List<String> f = new ArrayList<>();
        TaskCues.features(s, from, to, f);
        return f;
    }

    @Test
    void theVerbWhoseObjectThePhraseIs() {
        List<CoreLabel> s = tokens("We/PRP tackle/VBP the/DT problem/NN of/IN quill/NN sorting/NN ./.");
        assertEquals("tackle", TaskCues.governor(s, 5));
        List<String> f = features(s, 5, 7);
        assertTrue(f.contains("t:governor=tackle"), f.toString());
        assertTrue(f.contains("t:task-of"), f.toString());
        List<CoreLabel> n = tokens("a/DT zorb/NN network/NN for/IN quill/NN sorting/NN");
        assertNull(TaskCues.governor(n, 4), "a noun in between: no verb governs it");
    }

    @Test
    void aPhraseCalledATask() {
        List<CoreLabel> s = tokens("Quill/NN sorting/NN is/VBZ/be a/DT challenging/JJ task/NN ./.");
        assertTrue(features(s, 0, 2).contains("t:called-a-task"));
        List<CoreLabel> o = tokens("Quill/NN sorting/NN is/VBZ/be fast/JJ ./.");
        assertFalse(features(o, 0, 2).contains("t:called-a-task"));
    }

    @Test
    void headKinds() {
        assertEquals("action", TaskCues.headKind("estimation", "NN"));
        assertEquals("agent", TaskCues.headKind("estimator", "NN"));
        assertEquals("property", TaskCues.headKind("robustness", "NN"));
        assertEquals("field", TaskCues.headKind("robotics", "NNS"));
        assertEquals("name", TaskCues.headKind("zorbnet", "NNP"));
        assertEquals("other", TaskCues.headKind("image", "NN"));
    }
}
