package org.paperkg.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * A paper names its task once: when the model keeps both "pose estimation" and "monocular 3D human pose estimation"
 * in one paper, the annotators named one task, not two (in the annotated papers 2% of task pairs of a paper are
 * such variants; among the extractor's false tasks on dev a third were). Of task names that are variants of each
 * other (the same head word, one's words all in the other), only the most probable is kept, with all its mentions.
 */
final class TaskVariants {

    private TaskVariants() {
    }

    /** The mentions with the less probable variants of a more probable task name removed; order kept. */
    static List<Mention> keepOne(List<Mention> mentions) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.TASK) {
                best.merge(LabelNormalizer.normalize(m.text()), m.confidence(), Math::max);
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
            if (kept.stream().anyMatch(k -> variants(k, n))) {
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

    /** Two normalised names with the same last word, the words of one all in the other. */
    static boolean variants(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (!wa[wa.length - 1].equals(wb[wb.length - 1])) {
            return false;
        }
        Set<String> sa = new HashSet<>(Arrays.asList(wa));
        Set<String> sb = new HashSet<>(Arrays.asList(wb));
        return sa.containsAll(sb) || sb.containsAll(sa);
    }
}
