package org.paperkg.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * A task mention that opens with a benchmark's name and year ("the Widgo'19 Elvish-to-Dwarvish translation task",
 * "the ABCD 2021 lesion segmentation challenge") also names the benchmark: abstracts write the data an evaluation
 * campaign of a given year released as that campaign's name, its year and the language pair, and go on with the
 * task. The extractor takes the whole phrase as the task and the dataset was never linked; the corpus pass links
 * such a prefix only when its exact spelling is a strong corpus name, and these spellings vary ("'19", "19",
 * " 2019") too much for that. Each such task mention gets a dataset mention over its prefix.
 */
final class TaskBenchmarkPrefixes {

    /**
     * A name with two capitals or more, a year written after it (apostrophe and two digits, two digits glued on, or
     * four digits after a space, a hyphen or nothing), an optional language pair ("English-German", "En-De",
     * "English-to-German"); then at least one more word of the task. Two digits after a hyphen are no year
     * ("ABCD-19" names a disease or a model version as often as a benchmark).
     */
    private static final Pattern PREFIX = Pattern.compile(
            "(\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*(?:['\u2019]\\d\\d|\\d\\d|[ -]?(?:19|20)\\d\\d))(?![\\p{L}\\p{N}])"
            + "((?:\\s+\\p{Lu}\\p{L}+(?:-to-|-)\\p{Lu}\\p{L}+)?)(?=\\s+\\p{L})");

    private TaskBenchmarkPrefixes() {
    }

    /**
     * The length of the benchmark prefix that opens a task mention's text, or 0 when it opens with none. The task's
     * words after it must have a lower-case letter: a run of capitals after a venue and its year is a page heading
     * glued to the title, not a task.
     */
    static int prefixLength(String taskText) {
        Matcher m = PREFIX.matcher(taskText);
        return m.lookingAt() && taskText.substring(m.end(2)).chars().anyMatch(Character::isLowerCase) ? m.end(2) : 0;
    }

    /** {@code mentions} with a dataset mention added over the benchmark prefix of each task mention that has one. */
    static List<Mention> added(PaperRecord paper, List<Mention> mentions) {
        String text = paper.fullText();
        List<Mention> result = null;
        for (Mention m : mentions) {
            if (m.type() != EntityType.TASK || m.charStart() < 0 || m.charEnd() > text.length()
                    || !text.substring(m.charStart(), m.charEnd()).equals(m.text())) {
                continue;
            }
            int length = prefixLength(m.text());
            if (length == 0 || covered(mentions, m.charStart(), m.charStart() + length)) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(mentions);
            }
            result.add(new Mention(m.text().substring(0, length), EntityType.DATASET, MentionRole.USED,
                    m.charStart(), m.charStart() + length, m.evidence(), "task-prefix", m.confidence(), null));
        }
        return result == null ? mentions : result;
    }

    /** Whether a dataset mention already starts at the prefix (the extractor's own, or one added before). */
    private static boolean covered(List<Mention> mentions, int start, int end) {
        for (Mention d : mentions) {
            if (d.type() == EntityType.DATASET && d.charStart() == start && d.charEnd() >= end) {
                return true;
            }
        }
        return false;
    }
}
