package org.paperkg.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/**
 * Paper-level limits on what the per-candidate decisions keep. The annotators list 2-8 methods, 1-4 tasks and 0-4
 * datasets per paper (guideline rule 6), while candidates are kept one by one: an abstract with many candidates gets
 * more names than anyone would list, the least probable of them mostly wrong, and an abstract whose tasks all fall
 * just under the threshold gets none although almost every annotated paper has one. So: at most {@code caps[type]}
 * names of a type per paper (0: no limit), the paper's proposed methods first and then the most probable; and a paper
 * left without a task gets its likeliest task candidate when its task probability reaches {@code taskBar} (above 1:
 * off). A name is counted once with its acronym ("Large Language Models" and "LLMs"). Both are tuned on dev by
 * {@code paperkg train} and stored with the model.
 *
 * @param caps    the most names kept per paper, per type in {@link EntityType} order; 0 for no limit
 * @param taskBar the lower bar of the one task a paper without a task gets; above 1: off
 */
record NamesPerPaper(int[] caps, double taskBar) {

    /** No limits (models written before these decisions). */
    static final NamesPerPaper NONE = new NamesPerPaper(new int[EntityType.values().length], LearnedModel.OFF);

    NamesPerPaper {
        caps = caps.clone();
        if (caps.length != EntityType.values().length) {
            throw new IllegalArgumentException("one cap per entity type");
        }
    }

    @Override
    public int[] caps() {
        return caps.clone();
    }

    /** The most names of {@code type} kept per paper; 0 for no limit. */
    int cap(EntityType type) {
        return caps[type.ordinal()];
    }

    /** A copy with another limit for one type. */
    NamesPerPaper withCap(EntityType type, int cap) {
        int[] c = caps.clone();
        c[type.ordinal()] = cap;
        return new NamesPerPaper(c, taskBar);
    }

    /** A copy with another bar for the task of a paper without one. */
    NamesPerPaper withTaskBar(double bar) {
        return new NamesPerPaper(caps, bar);
    }

    /** For reports: ", at most 8 methods, 4 tasks per paper; a task from 0.15", or "" without limits. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            if (cap(t) > 0) {
                out.append(out.length() == 0 ? ", at most " : ", ").append(cap(t)).append(' ').append(t.id())
                        .append(cap(t) == 1 ? "" : "s");
            }
        }
        if (out.length() > 0) {
            out.append(" per paper");
        }
        if (taskBar <= 1) {
            out.append(String.format(java.util.Locale.ROOT, "; a task from %.2f", taskBar));
        }
        return out.toString();
    }

    boolean isNone() {
        return Arrays.stream(caps).allMatch(c -> c == 0) && taskBar > 1;
    }

    /**
     * The accepted mentions of one paper within the limits, in text order, with the paper's task added when it has
     * none; {@code probabilities} are the candidates' ({@link LearnedModel#probabilities}).
     */
    List<Mention> apply(List<Mention> accepted, List<Candidate> candidates, double[][] probabilities) {
        List<Mention> out = new ArrayList<>(accepted);
        for (EntityType type : EntityType.values()) {
            if (cap(type) > 0) {
                out = limit(out, type, cap(type));
            }
        }
        if (taskBar <= 1 && out.stream().noneMatch(m -> m.type() == EntityType.TASK)) {
            Mention task = likeliestTask(out, candidates, probabilities);
            if (task != null) {
                out = new ArrayList<>(out);
                out.add(task);
                out.sort(Comparator.comparingInt(Mention::charStart).thenComparingInt(Mention::charEnd));
            }
        }
        return out;
    }

    /** The mentions with only the {@code cap} first names of {@code type} kept: proposed ones, then the likeliest. */
    private static List<Mention> limit(List<Mention> mentions, EntityType type, int cap) {
        Map<String, String> acronymOf = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == type && m.acronym() != null) {
                acronymOf.put(key(m.acronym()), key(m.text()));
            }
        }
        Map<String, double[]> names = new HashMap<>(); // name: {proposed 0/1, best confidence, first start}
        for (Mention m : mentions) {
            if (m.type() == type) {
                String k = acronymOf.getOrDefault(key(m.text()), key(m.text()));
                double[] s = names.computeIfAbsent(k, x -> new double[] {0, 0, m.charStart()});
                s[0] = Math.max(s[0], m.role() == MentionRole.CONTRIBUTED ? 1 : 0);
                s[1] = Math.max(s[1], m.confidence());
            }
        }
        if (names.size() <= cap) {
            return mentions;
        }
        List<String> order = new ArrayList<>(names.keySet());
        order.sort(Comparator.<String>comparingDouble(k -> -names.get(k)[0]).thenComparingDouble(k -> -names.get(k)[1])
                .thenComparingDouble(k -> names.get(k)[2]));
        Set<String> kept = new HashSet<>(order.subList(0, cap));
        return mentions.stream().filter(m -> m.type() != type
                || kept.contains(acronymOf.getOrDefault(key(m.text()), key(m.text())))).toList();
    }

    private static String key(String text) {
        // "LLMs" and "LLM" are one name; a plural "s" after a capital
        String t = text.length() > 2 && text.endsWith("s") && Character.isUpperCase(text.charAt(text.length() - 2))
                ? text.substring(0, text.length() - 1) : text;
        return LabelNormalizer.normalize(t);
    }

    /** The candidate of highest task probability at or above the bar that overlaps no kept mention, as a task. */
    private Mention likeliestTask(List<Mention> kept, List<Candidate> candidates, double[][] p) {
        int task = EntityType.TASK.ordinal() + 1;
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (p[i][task] >= taskBar && (best < 0 || p[i][task] > p[best][task])
                    && kept.stream().noneMatch(m -> m.charStart() < c.end() && c.start() < m.charEnd())) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Candidate c = candidates.get(best);
        Mention r = c.rule();
        return new Mention(c.text(), EntityType.TASK, MentionRole.USED, c.start(), c.end(), c.evidence(),
                r == null ? "learned" : r.rule(), p[best][task], r == null ? null : r.acronym());
    }
}
