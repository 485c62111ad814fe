package org.paperkg.learning;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Features that tell a task from a field, a capability or a method ({@code t:}, EVALUATION.md, "Task errors on
 * dev"): what the phrase is the object of ("address / tackle / solve X", "the problem of X"), whether the sentence
 * calls it a task ("X is a challenging task"), and what kind of word its head is (an action noun such as
 * "estimation" or "segmentation" names a task; an agent noun such as "estimator" a method; "-ity" / "-ness" a
 * property; "-ics" / "-ogy" a field). General words only; no feature names an entity.
 */
final class TaskCues {

    /** Tokens between a governing verb and its object that keep the verb governing it ("address the joint X"). */
    private static final Set<String> BETWEEN_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "IN", "RB", "CD");
    /** Nouns that stand for the task and pass the verb on ("solve the problem of X", "the task of X"). */
    private static final Set<String> TASK_WORDS = Set.of("task", "problem", "challenge", "issue");

    private TaskCues() {
    }

    /** The task cues of the span of tokens {@code [from, to)} of sentence {@code s}. */
    static void features(List<CoreLabel> s, int from, int to, List<String> f) {
        String governor = governor(s, from);
        if (governor != null) {
            f.add("t:governor=" + governor);
        }
        if (from >= 2 && CandidateFinder.lemma(s.get(from - 1)).equals("of")
                && TASK_WORDS.contains(CandidateFinder.lemma(s.get(from - 2)))) {
            f.add("t:task-of");
        }
        if (calledATask(s, to)) {
            f.add("t:called-a-task");
        }
        String head = headKind(CandidateFinder.lemma(s.get(to - 1)), s.get(to - 1).tag());
        f.add("t:head-kind=" + head);
        f.add("t:head-kind=" + head + "/" + (governor != null ? "governed" : "free"));
    }

    /** The verb whose object the span is, within four tokens to the left; null when there is none. */
    static String governor(List<CoreLabel> s, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 4; k--) {
            CoreLabel t = s.get(k);
            if (t.tag().startsWith("VB") && !t.tag().equals("VBG") || t.tag().equals("VBG") && k < from - 1) {
                return CandidateFinder.lemma(t);
            }
            if (!BETWEEN_TAGS.contains(t.tag()) && !TASK_WORDS.contains(CandidateFinder.lemma(t))) {
                return null;
            }
        }
        return null;
    }

    /** "X is a (challenging) task / problem", "X remains an open problem". */
    private static boolean calledATask(List<CoreLabel> s, int to) {
        if (to >= s.size() || !s.get(to).tag().startsWith("VB")) {
            return false;
        }
        String verb = CandidateFinder.lemma(s.get(to));
        if (!verb.equals("be") && !verb.equals("remain")) {
            return false;
        }
        for (int k = to + 1; k < s.size() && k <= to + 5; k++) {
            CoreLabel t = s.get(k);
            if (TASK_WORDS.contains(CandidateFinder.lemma(t))) {
                return true;
            }
            if (!BETWEEN_TAGS.contains(t.tag()) && !t.tag().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /** The kind of word a head is, by its ending: action, agent, property, field, name or other. */
    static String headKind(String lemma, String tag) {
        if (tag.equals("NNP") || tag.equals("NNPS") || !lemma.chars().allMatch(Character::isLetter)) {
            return "name";
        }
        if (lemma.endsWith("tion") || lemma.endsWith("sion") || lemma.endsWith("ment") || lemma.endsWith("ing")
                || lemma.endsWith("ance") || lemma.endsWith("ence") || lemma.endsWith("sis") || lemma.endsWith("ery")) {
            return "action";
        }
        if (lemma.endsWith("er") || lemma.endsWith("or") || lemma.endsWith("ist")) {
            return "agent";
        }
        if (lemma.endsWith("ity") || lemma.endsWith("ness")) {
            return "property";
        }
        if (lemma.endsWith("ics") || lemma.endsWith("ogy") || lemma.endsWith("ism")) {
            return "field";
        }
        return "other";
    }
}
