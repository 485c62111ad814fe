package org.paperkg.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/**
 * One type for the names of a paper that differ only in their numbers ("Zorb-4 and Zorb-6", "Gnat9-2mix" and
 * "Gnat9-3mix"): such names are versions or sizes of one thing, so a paper that writes them side by side means them
 * as the same kind. Their mentions vote with the paper's evidence (confidence, a contribution, an acronym, a typing
 * head or cue, the corpus's type), and the weakly typed ones of the losing type take the family's type. Only methods
 * and datasets are unified, the two types such names are confused between; a tie changes nothing.
 */
final class NumberedFamilies {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** The rule suffix {@link TypeVotes} gives a mention it retyped by the corpus's type. */
    private static final String CORPUS_TYPED = "+corpus-type";

    private NumberedFamilies() {
    }

    /** The mentions, those of a family's losing type retyped (rule suffixed "+family-type"), in the same order. */
    static List<Mention> unify(List<Mention> mentions) {
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, double[]> votes = new HashMap<>();
        for (Mention m : mentions) {
            String family = family(m);
            if (family == null) {
                continue;
            }
            names.computeIfAbsent(family, k -> new HashSet<>()).add(LabelNormalizer.slug(m.text()));
            votes.computeIfAbsent(family, k -> new double[2])[m.type() == EntityType.DATASET ? 1 : 0] += weight(m);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String family = family(m);
            EntityType winner = family == null || names.get(family).size() < 2 ? null : winner(votes.get(family));
            if (winner == null || winner == m.type() || TypeVotes.stronglyTyped(m) || m.acronym() != null) {
                out.add(m);
            } else {
                out.add(new Mention(m.text(), winner, m.role(), m.charStart(), m.charEnd(), m.evidence(),
                        m.rule() + "+family-type", m.confidence(), m.acronym()));
            }
        }
        return out;
    }

    /**
     * After the corpus's canonical entities: where the corpus gave one name of a family another type than the
     * paper's mentions of it ("Gnat9-2mix", typed a method here, is a dataset in the corpus), the family's other
     * names that the paper types only weakly follow it ("Gnat9-3mix" beside it). One corpus type per family, else
     * nothing moves; a name with a typing head or cue, an acronym or the paper's contribution keeps its type.
     */
    static Map<EntityId, List<Mention>> followCorpus(Map<EntityId, List<Mention>> grouped) {
        Map<String, Set<EntityType>> corpusTypes = new HashMap<>();
        Map<String, Integer> members = new HashMap<>();
        for (var e : grouped.entrySet()) {
            String family = family(e.getKey());
            if (family == null) {
                continue;
            }
            members.merge(family, 1, Integer::sum);
            if (!e.getValue().isEmpty() && e.getValue().stream().noneMatch(m -> m.type() == e.getKey().type())) {
                corpusTypes.computeIfAbsent(family, k -> new HashSet<>()).add(e.getKey().type());
            }
        }
        if (corpusTypes.isEmpty()) {
            return grouped;
        }
        Map<EntityId, List<Mention>> out = new LinkedHashMap<>();
        for (var e : grouped.entrySet()) {
            EntityId id = e.getKey();
            String family = family(id);
            Set<EntityType> types = family == null ? null : corpusTypes.get(family);
            EntityId to = id;
            if (types != null && types.size() == 1 && members.get(family) >= 2 && !types.contains(id.type())
                    && e.getValue().stream().allMatch(NumberedFamilies::weak)) {
                to = new EntityId(types.iterator().next(), id.key());
            }
            out.computeIfAbsent(to, k -> new ArrayList<>()).addAll(e.getValue());
        }
        return out;
    }

    private static String family(EntityId id) {
        if (id.type() != EntityType.METHOD && id.type() != EntityType.DATASET
                || !DIGITS.matcher(id.key()).find() || id.key().chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return DIGITS.matcher(id.key()).replaceAll("#");
    }

    private static boolean weak(Mention m) {
        return !TypeVotes.stronglyTyped(m) && m.acronym() == null && m.role() != MentionRole.CONTRIBUTED;
    }

    /** The name with its numbers masked, for a method or dataset whose name has a letter and a number; else null. */
    static String family(Mention m) {
        if (m.type() != EntityType.METHOD && m.type() != EntityType.DATASET) {
            return null;
        }
        String name = m.text().strip().toLowerCase(Locale.ROOT);
        if (!DIGITS.matcher(name).find() || name.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return DIGITS.matcher(name).replaceAll("#");
    }

    private static EntityType winner(double[] v) {
        if (v[0] == v[1]) {
            return null;
        }
        return v[1] > v[0] ? EntityType.DATASET : EntityType.METHOD;
    }

    private static double weight(Mention m) {
        boolean typed = TypeVotes.stronglyTyped(m) || m.rule().endsWith(CORPUS_TYPED);
        return m.confidence() + (m.role() == MentionRole.CONTRIBUTED ? 1 : 0) + (m.acronym() != null ? 1 : 0)
                + (typed ? 1 : 0);
    }
}
