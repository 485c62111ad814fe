package org.paperkg.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Shorter and longer readings of a noun-phrase chunk, where the chunk's own edges are not the name's (EVALUATION.md,
 * "Task errors on dev": most tasks the model missed had a candidate only with the wrong edges, which the labeller
 * leaves out of training, so the model never learnt them). Each variant is a candidate beside the chunk; the
 * classifier picks among the overlapping ones. Variants, with the feature that marks them ({@code s:variant=...}):
 * <ul>
 *   <li>{@code no-task-word}: without a trailing "task(s)", "problem(s)": "navigation tasks", "a door-opening
 *       task" name the task "navigation", "door-opening";</li>
 *   <li>{@code gerund-end}: with a gerund after the chunk's last noun, which the chunk drops since a chunk ends in
 *       a noun: "question answering", "instruction following";</li>
 *   <li>{@code no-leading-word}: without a leading gerund used as a verb ("including", "collecting") or a
 *       count ("two");</li>
 *   <li>{@code no-leading-adjective}: without one or two leading adjectives ("robust", "real-time",
 *       "high-fidelity interactive"), which annotators leave out of a task's name more often than not.</li>
 * </ul>
 */
final class ChunkVariants {

    /** Nouns that follow a task's name and are not part of it ("the X task", "X problems"). */
    private static final Set<String> TASK_WORDS = Set.of("task", "problem");

    /** One variant: tokens {@code [from, to)} of the sentence and its kind. */
    record Span(int from, int to, String kind) {
    }

    private ChunkVariants() {
    }

    /** Whether only a chunk variant proposed the candidate (no rule, not the chunk itself). */
    static boolean isVariant(Candidate c) {
        return c.features().stream().anyMatch(f -> f.startsWith(VARIANT_FEATURE));
    }

    /** The prefix of the feature that marks a variant and its kind. */
    static final String VARIANT_FEATURE = "s:variant=";

    /**
     * The variants of the chunk {@code [from, end)}, which lies in the run {@code [from, runEnd)} of chunkable
     * tokens (a chunk ends at the run's last noun; the tokens after it are adjectives, gerunds or numbers).
     */
    static List<Span> of(List<CoreLabel> s, int from, int end, int runEnd) {
        List<Span> out = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        ends.add(new int[] {end, 0});
        if (end - from >= 2 && TASK_WORDS.contains(CandidateFinder.lemma(s.get(end - 1)))
                && content(s.get(end - 2))) {
            ends.add(new int[] {end - 1, 1});
        }
        if (end < runEnd && s.get(end).tag().equals("VBG") && s.get(end - 1).tag().startsWith("NN")) {
            ends.add(new int[] {end + 1, 2});
        }
        List<int[]> starts = new ArrayList<>();
        starts.add(new int[] {from, 0});
        boolean leadingWord = s.get(from).tag().equals("VBG")
                || s.get(from).tag().equals("CD") && !CandidateFinder.nameShaped(s.get(from).word());
        if (leadingWord && end - from >= 2) {
            starts.add(new int[] {from + 1, 1});
        } else if (s.get(from).tag().startsWith("JJ")) {
            starts.add(new int[] {from + 1, 2});
            if (from + 1 < end && s.get(from + 1).tag().startsWith("JJ")) {
                starts.add(new int[] {from + 2, 2});
            }
        }
        for (int[] st : starts) {
            for (int[] en : ends) {
                if (st[1] == 0 && en[1] == 0) {
                    continue;
                }
                // an adjective is dropped only where two words stay ("robust multimodal reasoning", not "robust
                // reasoning"): one noun alone is seldom what the annotators named
                int min = st[1] == 2 ? 2 : 1;
                if (en[0] - st[0] < min) {
                    continue;
                }
                out.add(new Span(st[0], en[0], kind(st[1], en[1])));
            }
        }
        return out;
    }

    private static String kind(int start, int end) {
        List<String> parts = new ArrayList<>();
        if (start == 1) {
            parts.add("no-leading-word");
        } else if (start == 2) {
            parts.add("no-leading-adjective");
        }
        if (end == 1) {
            parts.add("no-task-word");
        } else if (end == 2) {
            parts.add("gerund-end");
        }
        return String.join("+", parts);
    }

    /** A noun, gerund or hyphenated word: what a task's name can end in once "task" is dropped. */
    private static boolean content(CoreLabel t) {
        return t.tag().startsWith("NN") || t.tag().equals("VBG") || t.tag().startsWith("JJ") && t.word().indexOf('-') > 0;
    }
}
