package org.paperkg.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * Corpus-level typing: counts, per name, the papers where a head noun, cue or vocabulary typed it, and gives weakly
 * typed mentions the type their name has in most of those papers.
 */
final class TypeVotes implements Serializable {

    /** Name slug to counts, per type ordinal, of papers with a strongly typed mention of it. */
    private final Map<String, int[]> votes = new HashMap<>();

    /** Pass 1: one vote per paper, name and type, from the strongly typed mentions. */
    void learn(List<Mention> mentions) {
        Set<String> voted = new HashSet<>();
        for (Mention m : mentions) {
            if (!stronglyTyped(m)) {
                continue;
            }
            String slug = LabelNormalizer.slug(m.text());
            if (voted.add(m.type().id() + "/" + slug)) {
                votes.computeIfAbsent(slug, k -> new int[EntityType.values().length])[m.type().ordinal()]++;
            }
        }
    }

    /** Adds the votes counted in {@code other}. */
    void add(TypeVotes other) {
        other.votes.forEach((slug, v) -> {
            int[] mine = votes.computeIfAbsent(slug, k -> new int[EntityType.values().length]);
            for (int i = 0; i < v.length; i++) {
                mine[i] += v[i];
            }
        });
    }

    /**
     * A weakly typed mention takes the type its name has in most of the papers where a head noun or cue typed it
     * (at least two papers and two thirds of them): a name typed by a cue in other papers keeps that type.
     */
    List<Mention> retype(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int[] v = stronglyTyped(m) || m.acronym() != null ? null : votes.get(LabelNormalizer.slug(m.text()));
            EntityType best = m.type();
            if (v != null) {
                int total = 0;
                for (int n : v) {
                    total += n;
                }
                for (EntityType t : EntityType.values()) {
                    int n = v[t.ordinal()];
                    if (n >= 2 && n > v[best.ordinal()] && 3 * n >= 2 * total) {
                        best = t;
                    }
                }
            }
            result.add(best == m.type() ? m : new Mention(m.text(), best, m.role(), m.charStart(), m.charEnd(),
                    m.evidence(), m.rule() + "+corpus-type", m.confidence(), m.acronym()));
        }
        return result;
    }

    /** Rules whose evidence is about the type itself: a typing head noun, a cue pattern, the user's vocabulary. */
    static boolean stronglyTyped(Mention m) {
        String r = m.rule().startsWith("cue:contribution+") ? m.rule().substring("cue:contribution+".length())
                : m.rule();
        return r.startsWith("head:") && !r.endsWith("-weak") || r.equals("cue:called") || r.equals("cue:title-name")
                || r.equals("cue:data-from") || r.equals("cue:for-gerund") || r.equals("vocabulary");
    }
}
