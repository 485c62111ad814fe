package org.paperkg.results;

import java.util.Locale;

/**
 * A method name that only qualifies the value's metric: "a new Gnat labelling accuracy at 97.5%". The link side
 * sometimes links a task's short name as a used method; followed by a task's gerund and the metric, it names what
 * is scored, not who scores it, so it is no subject of the value.
 */
final class TaskNamedMetric {

    private TaskNamedMetric() {
    }

    /** {@code o} is followed only by lower-case gerunds ("tagging", "linking") up to the value's first token. */
    static boolean qualifies(String[] words, NameOccurrence o, StatedValue v) {
        int end = v.firstToken();
        if (o.last() >= end) {
            return false;
        }
        for (int j = o.last(); j < end; j++) {
            String w = words[j];
            if (w.length() < 5 || !w.equals(w.toLowerCase(Locale.ROOT)) || !w.endsWith("ing")) {
                return false;
            }
        }
        return true;
    }
}
