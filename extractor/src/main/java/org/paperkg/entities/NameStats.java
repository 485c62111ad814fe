package org.paperkg.entities;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What pass 1 learnt about one entity (surface forms, acronyms, papers, strong evidence) and how many papers pass 2
 * linked to it. Pass 1 writes it under the resolver's lock; in pass 2 only {@link #linked} changes.
 */
final class NameStats implements Serializable {
    /** Display forms (not acronyms) with the number of mentions using each. */
    final Map<String, Integer> surfaces = new TreeMap<>();
    final Set<String> acronyms = new TreeSet<>();
    int papers;
    boolean strong;
    /**
     * Keys of names of the same type that extend this one by a last word ({@link NameExtensions}), with the number of
     * papers that named both.
     */
    final Map<String, Integer> extendedBy = new TreeMap<>();
    /** Papers linked in pass 2, counted from several threads. */
    final AtomicInteger linked = new AtomicInteger();

    /** Adds what {@code other} learnt from other papers: every field is a count, a union or an "or". */
    void add(NameStats other) {
        other.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
        acronyms.addAll(other.acronyms);
        other.extendedBy.forEach((k, n) -> extendedBy.merge(k, n, Integer::sum));
        papers += other.papers;
        strong |= other.strong;
        linked.addAndGet(other.linked.get());
    }

    /** Most frequent surface form; ties broken alphabetically; the acronym when no long form is known. */
    String prefLabel(EntityId id) {
        String best = null;
        int count = -1;
        for (var e : surfaces.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        if (best == null) {
            best = acronyms.isEmpty() ? id.key().replace('-', ' ') : acronyms.iterator().next();
        }
        return best;
    }
}
