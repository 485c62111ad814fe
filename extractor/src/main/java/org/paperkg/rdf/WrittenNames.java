package org.paperkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.paperkg.results.ResultExtractor;

/**
 * The alternative names of an entity that a paper's text writes: as whole words (an acronym in its own case), and
 * somewhere other than inside a longer name of the same entity, so that "Gizmo Splatting" is no name of a paper that
 * only writes "3D Gizmo Splatting".
 */
public final class WrittenNames {

    private WrittenNames() {
    }

    /** The names of {@code alts} (other than {@code pref}) that {@code text} writes on their own, in their order. */
    public static Set<String> of(String pref, Collection<String> alts, String text) {
        List<String> longestFirst = new ArrayList<>(alts);
        longestFirst.add(pref);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<int[]> taken = new ArrayList<>();
        Set<String> alone = new LinkedHashSet<>();
        for (String name : longestFirst) {
            if (name.isBlank()) {
                continue;
            }
            boolean own = false;
            for (int at : ResultExtractor.positions(text, name)) {
                int end = at + name.length();
                if (taken.stream().noneMatch(r -> r[0] <= at && end <= r[1] && (r[0] < at || end < r[1]))) {
                    own = true;
                }
                taken.add(new int[]{at, end});
            }
            if (own && !name.equals(pref)) {
                alone.add(name);
            }
        }
        Set<String> inOrder = new LinkedHashSet<>();
        for (String a : alts) {
            if (alone.contains(a)) {
                inOrder.add(a);
            }
        }
        return inOrder;
    }
}
