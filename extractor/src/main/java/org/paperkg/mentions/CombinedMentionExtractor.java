package org.paperkg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.paperkg.papers.PaperRecord;

/**
 * Runs several extractors over the same paper and merges their mentions: mentions with the same span and type become
 * one, with the sources' rules joined by {@code +}, a confidence raised by agreement (noisy-or of the sources'
 * confidences, since independent extractors agreeing is strong evidence; see DESIGN.md "Confidence"), the
 * contributed role if any source gives it, and the first evidence and acronym found. Mentions the sources disagree on
 * stay as they are (overlapping when spans differ), unless {@link Overlaps#PREFER_EARLIER} is chosen. Thread-safe
 * when the extractors are.
 */
public final class CombinedMentionExtractor implements MentionExtractor {

    /** What to do with mentions whose spans overlap a different mention of another source. */
    public enum Overlaps {
        /** Keep every mention (the union). */
        KEEP_ALL,
        /**
         * Drop a mention that overlaps a mention of an earlier source without being equal to it (same span and
         * type, which merge as usual): later sources only add mentions where earlier ones found nothing. A dropped
         * mention that says "contributed" still passes that role to the overlapping earlier mentions of its type, so
         * an earlier boundary-precise source (the CRF) and a later role-aware one (the rules) combine.
         */
        PREFER_EARLIER
    }

    private static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::charStart)
            .thenComparingInt(Mention::charEnd)
            .thenComparing(Mention::type);

    private final List<MentionExtractor> extractors;
    private final Overlaps overlaps;

    /** Combines the extractors, keeping all mentions; earlier ones come first in joined rule names. */
    public CombinedMentionExtractor(List<MentionExtractor> extractors) {
        this(extractors, Overlaps.KEEP_ALL);
    }

    /** Combines the extractors with the given overlap policy; earlier ones come first in joined rule names. */
    public CombinedMentionExtractor(List<MentionExtractor> extractors, Overlaps overlaps) {
        if (extractors.isEmpty()) {
            throw new IllegalArgumentException("no extractor to combine");
        }
        this.extractors = List.copyOf(extractors);
        this.overlaps = Objects.requireNonNull(overlaps, "overlaps");
    }

    /** The combined extractors. */
    public List<MentionExtractor> extractors() {
        return extractors;
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        List<List<Mention>> results = new ArrayList<>(extractors.size());
        for (MentionExtractor e : extractors) {
            results.add(e.extract(paper));
        }
        return merge(results, overlaps);
    }

    /** Merges the mentions of several sources (one list per source), keeping all, in text order. */
    public static List<Mention> merge(List<List<Mention>> sources) {
        return merge(sources, Overlaps.KEEP_ALL);
    }

    /** Merges the mentions of several sources (one list per source) as {@link #extract} does, in text order. */
    public static List<Mention> merge(List<List<Mention>> sources, Overlaps overlaps) {
        Map<Key, List<Mention>> bySpan = new LinkedHashMap<>();
        List<Mention> earlier = new ArrayList<>(); // mentions of the sources before the current one
        Set<Key> contributed = new java.util.HashSet<>(); // earlier mentions a dropped one made contributed
        for (List<Mention> source : sources) {
            List<Mention> accepted = new ArrayList<>();
            for (Mention m : source) {
                Key key = new Key(m.charStart(), m.charEnd(), m.type());
                if (overlaps == Overlaps.PREFER_EARLIER && !bySpan.containsKey(key) && overlapsAny(m, earlier)) {
                    if (m.role() == MentionRole.CONTRIBUTED) {
                        for (Mention o : earlier) {
                            if (o.type() == m.type() && m.charStart() < o.charEnd() && o.charStart() < m.charEnd()) {
                                contributed.add(new Key(o.charStart(), o.charEnd(), o.type()));
                            }
                        }
                    }
                    continue;
                }
                bySpan.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                accepted.add(m);
            }
            earlier.addAll(accepted);
        }
        List<Mention> out = new ArrayList<>(bySpan.size());
        for (Map.Entry<Key, List<Mention>> e : bySpan.entrySet()) {
            List<Mention> group = e.getValue();
            Mention m = group.size() == 1 ? group.get(0) : combine(group);
            if (m.role() != MentionRole.CONTRIBUTED && contributed.contains(e.getKey())) {
                m = new Mention(m.text(), m.type(), MentionRole.CONTRIBUTED, m.charStart(), m.charEnd(), m.evidence(),
                        m.rule(), m.confidence(), m.acronym());
            }
            out.add(m);
        }
        out.sort(TEXT_ORDER);
        return out;
    }

    private static boolean overlapsAny(Mention m, List<Mention> others) {
        for (Mention o : others) {
            if (m.charStart() < o.charEnd() && o.charStart() < m.charEnd()) {
                return true;
            }
        }
        return false;
    }

    private static Mention combine(List<Mention> group) {
        Mention first = group.get(0);
        Set<String> rules = new LinkedHashSet<>();
        // the same rule twice (one extractor giving one span twice) is not independent agreement
        Map<String, Double> confidenceByRule = new LinkedHashMap<>();
        MentionRole role = MentionRole.USED;
        String evidence = null;
        String acronym = null;
        for (Mention m : group) {
            rules.add(m.rule());
            confidenceByRule.merge(m.rule(), m.confidence(), Math::max);
            if (m.role() == MentionRole.CONTRIBUTED) {
                role = MentionRole.CONTRIBUTED;
            }
            if (evidence == null) {
                evidence = m.evidence();
            }
            if (acronym == null) {
                acronym = m.acronym();
            }
        }
        double miss = 1.0;
        for (double c : confidenceByRule.values()) {
            miss *= 1.0 - Math.max(0.0, Math.min(1.0, c));
        }
        return new Mention(first.text(), first.type(), role, first.charStart(), first.charEnd(), evidence,
                String.join("+", rules), 1.0 - miss, acronym);
    }

    @Override
    public String name() {
        return extractors.stream().map(MentionExtractor::name).collect(Collectors.joining("+"));
    }

    private record Key(int start, int end, EntityType type) {
        Key {
            Objects.requireNonNull(type);
        }
    }
}
