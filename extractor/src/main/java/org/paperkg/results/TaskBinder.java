package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.paperkg.entities.PaperLink;

/**
 * The task a value is measured for, only where its sentence ties the two: a task written right after the value
 * ("48.5% mask AP for instance segmentation", "52.9% on X action classification"), else the nearest task before it
 * in its own clause that no earlier value takes that way ("object detection (58.7 box AP and 51.1 mask AP)"), else
 * the paper's task given as the fallback, else none. A task of another clause ("..., surpassing systems built with
 * feature engineering") or of another value is not the value's: a wrong task is worse than none.
 */
final class TaskBinder {

    /** Words that may stand between a value (and its metric) and the task it is measured for. */
    private static final Set<String> TIES = Set.of("for", "on", "in", "of", "the", "a", "an", "task", "tasks",
            "dataset", "datasets", "benchmark", "benchmarks", "test", "set", "(", ")");

    /** Words other than ties that may stand between a value and its task: adjectives of the setting. */
    private static final int OTHER_WORDS = 2;

    private final String[] words;
    private final List<StatedValue> stated;
    private final List<NameOccurrence> tasks;
    private final List<NameOccurrence> datasets;
    private final Clauses clauses;
    private final PaperLink fallback;

    /**
     * @param tasks    the task names written in the sentence, in text order
     * @param datasets the dataset names written in it, which may stand between a value and its task
     * @param fallback the paper's task for a value whose sentence names none of its own, or null
     */
    TaskBinder(String[] words, List<StatedValue> stated, List<NameOccurrence> tasks, List<NameOccurrence> datasets,
               Clauses clauses, PaperLink fallback) {
        this.words = words;
        this.stated = stated;
        this.tasks = tasks;
        this.datasets = datasets;
        this.clauses = clauses;
        this.fallback = fallback;
    }

    /** The task of {@code v}, or null. */
    PaperLink bind(StatedValue v) {
        for (NameOccurrence o : tasks) {
            if (o.first() >= v.firstToken() && o.last() <= v.lastToken()) {
                return o.link(); // written in the metric's name: "99.1% face verification accuracy"
            }
        }
        for (NameOccurrence o : tasks) {
            if (o.first() >= v.lastToken() && tied(v, o)) {
                return o.link();
            }
        }
        // a list's later items ("..., 16.8 on A, 14.3 on B, and 19.2 on C") share the clause of its first item
        int anchor = stated.stream().filter(w -> w.group() == v.group() || v.rule().equals("parallel")
                        && w.metric().key().equals(v.metric().key()) && w.firstToken() < v.firstToken())
                .mapToInt(StatedValue::firstToken).min().orElse(v.firstToken());
        NameOccurrence before = null;
        for (NameOccurrence o : tasks) {
            if (o.last() <= v.firstToken()
                    && (clauses.same(o.first(), v.firstToken()) || o.last() <= anchor && clauses.same(o.first(), anchor))
                    && stated.stream().noneMatch(w -> w != v && w.lastToken() <= o.first() && tied(w, o))) {
                before = o;
            }
        }
        return before != null ? before.link() : fallback;
    }

    /**
     * Between the value's span and the task: tie words, dataset names, at most {@link #OTHER_WORDS} other words
     * ("on conditional X image generation") and no comma, in one clause; the values of a list joined to this one
     * ("44.4% mask AP and 49.7% box AP on the X wombat segmentation benchmark"), but no value after a dataset name,
     * which has a dataset of its own ("82.4% on X and 52.9% on Y wombat counting").
     */
    private boolean tied(StatedValue v, NameOccurrence o) {
        if (!clauses.same(v.lastToken() - 1, o.first())) {
            return false;
        }
        int other = 0;
        boolean dataset = false;
        for (int i = v.lastToken(); i < o.first(); i++) {
            int t = i;
            if (datasets.stream().anyMatch(d -> d.first() <= t && t < d.last())) {
                dataset = true;
            } else if (stated.stream().anyMatch(w -> w != v && w.firstToken() <= t && t < w.lastToken())) {
                if (dataset) {
                    return false;
                }
            } else if (words[i].equals(",") || !TIES.contains(words[i].toLowerCase(Locale.ROOT))
                    && ++other > OTHER_WORDS) {
                return false;
            }
        }
        return true;
    }
}
