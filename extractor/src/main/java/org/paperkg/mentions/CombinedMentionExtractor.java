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
 * stay as they are (overlapping when spans differ). Thread-safe when the extractors are.
 */
public final class CombinedMentionExtractor implements MentionExtractor {

    private static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::charStart)
            .thenComparingInt(Mention::charEnd)
            .thenComparing(Mention::type);

    private final List<MentionExtractor> extractors;

    /** Combines the extractors; earlier ones come first in joined rule names. */
    public CombinedMentionExtractor(List<MentionExtractor> extractors) {
        if (extractors.isEmpty()) {
            throw new IllegalArgumentException("no extractor to combine");
        }
        this.extractors = List.copyOf(extractors);
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
        return merge(results);
    }

    /** Merges the mentions of several sources (one list per source) as {@link #extract} does, in text order. */
    public static List<Mention> merge(List<List<Mention>> sources) {
        Map<Key, List<Mention>> bySpan = new LinkedHashMap<>();
        for (List<Mention> source : sources) {
            for (Mention m : source) {
                bySpan.computeIfAbsent(new Key(m.charStart(), m.charEnd(), m.type()), k -> new ArrayList<>()).add(m);
            }
        }
        List<Mention> out = new ArrayList<>(bySpan.size());
        for (List<Mention> group : bySpan.values()) {
            out.add(group.size() == 1 ? group.get(0) : combine(group));
        }
        out.sort(TEXT_ORDER);
        return out;
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
