package org.paperkg.eval;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.paperkg.entities.LabelNormalizer;

/** Decides whether a predicted name matches a gold name, exactly (normalised labels) or partially. */
public final class NameMatcher {

    private NameMatcher() {
    }

    /** Equal normalised labels. */
    public static boolean exact(String a, String b) {
        return LabelNormalizer.normalize(a).equals(LabelNormalizer.normalize(b));
    }

    /** Same head word and one token set containing the other, or token Jaccard of at least 0.6. */
    public static boolean partial(String a, String b) {
        String na = LabelNormalizer.normalize(a);
        String nb = LabelNormalizer.normalize(b);
        if (na.equals(nb)) {
            return true;
        }
        Set<String> ta = new HashSet<>(Arrays.asList(na.split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(nb.split(" ")));
        String ha = na.substring(na.lastIndexOf(' ') + 1);
        String hb = nb.substring(nb.lastIndexOf(' ') + 1);
        if (ha.equals(hb) && (ta.containsAll(tb) || tb.containsAll(ta))) {
            return true;
        }
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        return !union.isEmpty() && (double) inter.size() / union.size() >= 0.6;
    }

    /** True when any name of one side matches any name of the other. */
    public static boolean any(Collection<String> a, Collection<String> b, boolean partial) {
        for (String x : a) {
            for (String y : b) {
                if (partial ? partial(x, y) : exact(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
