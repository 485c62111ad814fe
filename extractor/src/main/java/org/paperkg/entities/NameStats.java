package org.paperkg.entities;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What pass 1 learnt about one entity (surface forms, acronyms, papers, strong evidence) and how many papers pass 2
 * linked to it. Pass 1 writes it under the resolver's lock; in pass 2 only {@link #linked} changes.
 */
final class NameStats {
    /** Display forms (not acronyms) with the number of mentions using each. */
    final Map<String, Integer> surfaces = new TreeMap<>();
    final Set<String> acronyms = new TreeSet<>();
    int papers;
    boolean strong;
    /** Papers linked in pass 2, counted from several threads. */
    final AtomicInteger linked = new AtomicInteger();

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
