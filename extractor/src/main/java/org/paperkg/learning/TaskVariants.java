package org.paperkg.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.entities.PaperTaskNames;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * A paper names its task once: when the model keeps both "pose estimation" and "monocular 3D human pose estimation"
 * in one paper, the annotators named one task, not two (in the annotated papers 2% of task pairs of a paper are
 * such variants; among the extractor's false tasks on dev a third were). Of task names that are variants of each
 * other (the same head word, one's words all in the other; or an acronym written in capitals and the initials of the
 * other), only the most probable is kept, with all its mentions.
 */
final class TaskVariants {

    private TaskVariants() {
    }

    /** The mentions with the less probable variants of a more probable task name removed; order kept. */
    static List<Mention> keepOne(List<Mention> mentions) {
        Map<String, Double> best = new LinkedHashMap<>();
        Set<String> acronyms = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.TASK) {
                String n = LabelNormalizer.normalize(m.text());
                best.merge(n, m.confidence(), Math::max);
                if (m.text().chars().filter(Character::isUpperCase).count() >= 2 && n.indexOf(' ') < 0) {
                    acronyms.add(n);
                }
            }
        }
        if (best.size() < 2) {
            return mentions;
        }
        List<String> names = new ArrayList<>(best.keySet());
        names.sort((a, b) -> Double.compare(best.get(b), best.get(a)));
        List<String> kept = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        for (String n : names) {
            if (kept.stream().anyMatch(k -> variants(k, n) || acronyms.contains(n) && acronymOf(n, k)
                    || acronyms.contains(k) && acronymOf(k, n))) {
                dropped.add(n);
            } else {
                kept.add(n);
            }
        }
        if (dropped.isEmpty()) {
            return mentions;
        }
        return mentions.stream().filter(m -> m.type() != EntityType.TASK
                || !dropped.contains(LabelNormalizer.normalize(m.text()))).toList();
    }

    /** Whether a normalised one-word name spells the initials of a normalised name ("ned", "named entity disambiguation"). */
    static boolean acronymOf(String acronym, String name) {
        return PaperTaskNames.acronymOf(acronym, name);
    }

    /** Two normalised names with the same last word, the words of one all in the other. */
    static boolean variants(String a, String b) {
        return PaperTaskNames.variants(a, b);
    }
}
