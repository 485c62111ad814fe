package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.paperkg.entities.LabelNormalizer;

/**
 * Whether a result's task names the gold result's task, leniently: Papers-with-Code task labels are often a
 * narrower or wider wording of the same task ("Real-Time Semantic Segmentation", "Question Answering"), so the same
 * normalised words, one name's words all within the other's, or one name an acronym of the other's words all count.
 */
final class TaskNames {

    private TaskNames() {
    }

    /** True when any of {@code names} names the gold task {@code gold}. */
    static boolean same(String gold, Collection<String> names) {
        List<String> g = words(gold);
        for (String n : names) {
            List<String> p = words(n);
            if (!g.isEmpty() && !p.isEmpty()
                    && (g.containsAll(p) || p.containsAll(g) || acronym(n, p, g) || acronym(gold, g, p))) {
                return true;
            }
        }
        return false;
    }

    /** {@code written} is an acronym in capitals made of the initials of {@code other}'s words ("NER"). */
    private static boolean acronym(String written, List<String> words, List<String> other) {
        String s = written.strip();
        if (words.size() != 1 || s.length() < 2 || other.size() < 2
                || !s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        other.forEach(w -> initials.append(w.charAt(0)));
        return initials.toString().equalsIgnoreCase(s);
    }

    /** Normalised words, each singular, British "-lling" as "-ling" ("modelling", "labelling"). */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : LabelNormalizer.normalize(name).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String x = LabelNormalizer.singular(w.replaceAll("lling$", "ling"));
            if (!x.isEmpty() && !out.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }
}
