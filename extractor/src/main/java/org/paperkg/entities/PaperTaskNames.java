package org.paperkg.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperkg.mentions.EntityType;

/**
 * A paper names its task once, also after resolution: the learned extractor keeps one of a paper's nested task
 * names, but the corpus pass and the resolver's labels can bring a variant back ("widget parsing" found by the corpus
 * pass beside the extractor's "low-light widget parsing", an acronym linked beside its long form). Of a paper's task
 * links whose labels are variants of each other (the same head word, one's words all in the other's; or a one-word
 * acronym in capitals and the initials of the other), only the most confident stays. Measured on the annotated
 * arxiv-daily dev papers (EVALUATION.md, branch TASKS16).
 */
public final class PaperTaskNames {

    private PaperTaskNames() {
    }

    /** The links with each task link dropped that is a variant of a more confident task link of the paper; order kept. */
    public static List<PaperLink> keepOne(List<PaperLink> links) {
        List<PaperLink> tasks = new ArrayList<>(links.stream()
                .filter(l -> l.relation().type() == EntityType.TASK).toList());
        if (tasks.size() < 2) {
            return links;
        }
        // the most confident first; ties by key, so the result does not depend on the order of the links
        tasks.sort(Comparator.comparingDouble(PaperLink::confidence).reversed().thenComparing(PaperLink::entityKey));
        List<PaperLink> kept = new ArrayList<>();
        Set<PaperLink> dropped = new HashSet<>();
        for (PaperLink t : tasks) {
            if (kept.stream().anyMatch(k -> sameTask(k.entityLabel(), t.entityLabel()))) {
                dropped.add(t);
            } else {
                kept.add(t);
            }
        }
        if (dropped.isEmpty()) {
            return links;
        }
        return links.stream().filter(l -> !dropped.contains(l)).toList();
    }

    /** Whether two task names, as written, name one task: nested variants, or an acronym and its long form. */
    public static boolean sameTask(String a, String b) {
        String na = LabelNormalizer.normalize(a);
        String nb = LabelNormalizer.normalize(b);
        return variants(na, nb) || capitalAcronym(a) && acronymOf(na, nb) || capitalAcronym(b) && acronymOf(nb, na);
    }

    /** A one-word name with two or more capitals ("QED", "PoSE"). */
    public static boolean capitalAcronym(String written) {
        String s = written.strip();
        return s.indexOf(' ') < 0 && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** Whether a normalised one-word name spells the initials of a normalised name ("ned", "named entity disambiguation"). */
    public static boolean acronymOf(String acronym, String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || acronym.indexOf(' ') >= 0) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            initials.append(w.charAt(0));
        }
        String a = acronym.endsWith("s") && acronym.length() > 2 ? acronym.substring(0, acronym.length() - 1) : acronym;
        return initials.toString().equals(acronym) || initials.toString().equals(a);
    }

    /** Two normalised names with the same last word, the words of one all in the other. */
    public static boolean variants(String a, String b) {
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
