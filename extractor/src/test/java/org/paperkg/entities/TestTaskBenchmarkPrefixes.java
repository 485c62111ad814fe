package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

class TestTaskBenchmarkPrefixes {

    private static PaperRecord paper(String abs) {
        return new PaperRecord("p", "A title", abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Mention m(PaperRecord p, String text, EntityType type) {
        int start = p.fullText().indexOf(text);
        return new Mention(text, type, MentionRole.USED, start, start + text.length(), "s", "learned", 0.8, null);
    }

    private static String prefix(String task) {
        return task.substring(0, TaskBenchmarkPrefixes.prefixLength(task));
    }

    @Test
    void aBenchmarkWithItsYearOpensTheTask() {
        assertEquals("GLOB 2031 Elvish-to-Dwarvish", prefix("GLOB 2031 Elvish-to-Dwarvish translation"));
        assertEquals("GLOB'31 Elvish-Dwarvish", prefix("GLOB'31 Elvish-Dwarvish translation"));
        assertEquals("GLOB31 El-Dw", prefix("GLOB31 El-Dw news translation"));
        assertEquals("QuillEval-2029", prefix("QuillEval-2029 sarcasm detection"));
        assertEquals("ZetaNLL29", prefix("ZetaNLL29 entity tagging task"));
    }

    @Test
    void noYearNoTaskAfterItOrNoNameIsNoBenchmark() {
        assertEquals("", prefix("GLOB translation"), "no year");
        assertEquals("", prefix("GLOB 2031"), "nothing after the benchmark");
        assertEquals("", prefix("Widget 2031 parsing"), "one capital: a word, not a benchmark's name");
        assertEquals("", prefix("FLUX-31 diagnosis"), "two digits after a hyphen: a disease or a version");
        assertEquals("", prefix("GLOB 3031 parsing"), "no year");
        assertEquals("", prefix("GLOB 20315 parsing"), "a number, not a year");
        assertEquals("", prefix("image GLOB 2031 parsing"), "the benchmark must open the task");
        assertEquals("", prefix("CONFX 2031 LEARNING WIDGETS AT SCALE"), "a heading in capitals, not a task");
    }

    @Test
    void aDatasetMentionIsAddedOverThePrefix() {
        PaperRecord p = paper("Our model reaches 31.5 BLEU on the GLOB 2031 Elvish-to-Dwarvish translation task.");
        List<Mention> ms = List.of(m(p, "GLOB 2031 Elvish-to-Dwarvish translation", EntityType.TASK));
        List<Mention> out = TaskBenchmarkPrefixes.added(p, ms);
        assertEquals(2, out.size());
        Mention d = out.get(1);
        assertEquals(EntityType.DATASET, d.type());
        assertEquals("GLOB 2031 Elvish-to-Dwarvish", d.text());
        assertEquals(d.text(), p.fullText().substring(d.charStart(), d.charEnd()));
        assertEquals("task-prefix", d.rule());
    }

    @Test
    void nothingIsAddedWhereADatasetMentionIsThereAlreadyOrForOtherTypes() {
        PaperRecord p = paper("On the GLOB 2031 Elvish-to-Dwarvish translation task, the GLOB31 Widget scores 4.");
        List<Mention> withDataset = List.of(m(p, "GLOB 2031 Elvish-to-Dwarvish translation", EntityType.TASK),
                m(p, "GLOB 2031 Elvish-to-Dwarvish", EntityType.DATASET));
        assertSame(withDataset, TaskBenchmarkPrefixes.added(p, withDataset));
        List<Mention> method = List.of(m(p, "GLOB31 Widget", EntityType.METHOD));
        assertSame(method, TaskBenchmarkPrefixes.added(p, method));
    }
}
