package org.paperkg.learning;

import java.util.List;

import org.paperkg.mentions.Mention;

/**
 * One candidate span of a paper's text with its features.
 *
 * @param text     the span as written
 * @param start    start offset in the paper's full text
 * @param end      end offset (exclusive)
 * @param evidence the sentence holding the span
 * @param features feature names (binary features; groups by prefix, see {@link FeatureGroup})
 * @param rule     the first rule mention at exactly this span, or null when only a chunk proposed it
 */
public record Candidate(String text, int start, int end, String evidence, List<String> features, Mention rule) {

    public Candidate {
        features = List.copyOf(features);
    }

    /** The same candidate with more features. */
    Candidate plus(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(features);
        all.addAll(more);
        return new Candidate(text, start, end, evidence, all, rule);
    }

    /** The same candidate with only the features of the given groups. */
    Candidate keep(java.util.Set<FeatureGroup> groups) {
        return new Candidate(text, start, end, evidence,
                features.stream().filter(f -> groups.contains(FeatureGroup.of(f))).toList(), rule);
    }
}
