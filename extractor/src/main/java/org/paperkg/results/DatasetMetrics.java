package org.paperkg.results;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric a build's papers state their results on a dataset with, so that a score an abstract writes without a
 * metric word ("reaching 80.9% on A") is read under it, as a leaderboard shows it. Counted from the explicit-metric
 * results of the build's own papers (never a label), as distinct papers per dataset, scale and metric.
 *
 * <p>A metric is the usual one only on strong evidence, fixed before looking at any evaluation: at least
 * {@link #MIN_PAPERS} papers state it (two could be a coincidence of one group's habit), and it holds at least
 * {@link #MIN_SHARE} of all the dataset's paper-and-metric statements at that scale, so that a dataset whose papers
 * state two metrics side by side (EM and F1, top-1 and top-5 in equal measure) gives none. A percentage takes a metric
 * stated in percent or on a 0-100 scale, a number up to 1 one stated from 0 to 1. Immutable; serialisable for a
 * Spark broadcast.
 */
public final class DatasetMetrics implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Papers that must state the metric on the dataset. */
    public static final int MIN_PAPERS = 3;
    /** Share of the dataset's paper-and-metric statements at the scale the metric must hold. */
    public static final double MIN_SHARE = 2.0 / 3.0;

    /** No evidence: every score without a metric word stays unread. */
    public static final DatasetMetrics NONE = new DatasetMetrics(Map.of(), MIN_PAPERS, MIN_SHARE);

    /** How a value is written: in percent or 0-100, or from 0 to 1. */
    public enum Scale {
        PERCENT, FRACTION;

        /** The scale of a score as written, or empty for another unit, a value above 100 or a negative one. */
        public static Optional<Scale> of(BigDecimal value, String unit) {
            if (value.signum() < 0) {
                return Optional.empty();
            }
            if ("%".equals(unit)) {
                return value.compareTo(BigDecimal.valueOf(100)) <= 0 ? Optional.of(PERCENT) : Optional.empty();
            }
            if (unit != null) {
                return Optional.empty();
            }
            if (value.compareTo(BigDecimal.ONE) <= 0) {
                return Optional.of(FRACTION);
            }
            return value.compareTo(BigDecimal.valueOf(100)) <= 0 ? Optional.of(PERCENT) : Optional.empty();
        }
    }

    /** One paper states a result of {@code metric} (its key) on {@code dataset} (an entity key) at {@code scale}. */
    public record Evidence(String dataset, Scale scale, String metric) implements Serializable {
    }

    private final Map<Evidence, Integer> papers;
    /** The evidence by dataset, for a look-up per score. */
    private final Map<String, Map<Evidence, Integer>> byDataset = new HashMap<>();
    private final int minPapers;
    private final double minShare;

    private DatasetMetrics(Map<Evidence, Integer> papers, int minPapers, double minShare) {
        this.papers = Map.copyOf(papers);
        this.papers.forEach((e, n) -> byDataset.computeIfAbsent(e.dataset(), d -> new HashMap<>()).put(e, n));
        this.minPapers = minPapers;
        this.minShare = minShare;
    }

    /** The table of {@code papers} (how many distinct papers give each piece of evidence). */
    public static DatasetMetrics of(Map<Evidence, Integer> papers) {
        return new DatasetMetrics(papers, MIN_PAPERS, MIN_SHARE);
    }

    /** The same evidence under other thresholds, to measure how much they matter. */
    public DatasetMetrics withThresholds(int minPapers, double minShare) {
        return new DatasetMetrics(papers, minPapers, minShare);
    }

    /**
     * What one paper's results say: each dataset, scale and metric it states a score of with a metric word (a gain
     * says nothing of the scale; a score whose metric came from this table is no evidence).
     */
    public static Set<Evidence> evidence(List<ResultClaim> claims) {
        Set<Evidence> out = new HashSet<>();
        for (ResultClaim c : claims) {
            if (c.improvement() || c.rule().endsWith(FROM_CORPUS)) {
                continue;
            }
            Scale.of(c.value(), c.unit()).ifPresent(s -> out.add(new Evidence(c.dataset().entityKey(), s,
                    c.metric().key())));
        }
        return out;
    }

    /** The end of the rule of a result whose metric this table gave. */
    public static final String FROM_CORPUS = ":metric-from-corpus";

    /** The key of the usual metric of {@code dataset} for a value at {@code scale}, when the evidence is strong. */
    public Optional<String> usual(String dataset, Scale scale) {
        Map<String, Integer> counts = new HashMap<>();
        byDataset.getOrDefault(dataset, Map.of()).forEach((e, n) -> {
            if (e.scale() == scale) {
                counts.merge(e.metric(), n, Integer::sum);
            }
        });
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= minPapers && e.getValue() >= minShare * all)
                .map(Map.Entry::getKey).findFirst();
    }

    /** The evidence, as counted. */
    public Map<Evidence, Integer> papers() {
        return papers;
    }

    /** Counts the evidence of papers one at a time; not thread-safe. */
    public static final class Counter {
        private final Map<Evidence, Integer> papers = new HashMap<>();

        /** Adds one paper's results. */
        public Counter add(List<ResultClaim> claimsOfOnePaper) {
            for (Evidence e : evidence(claimsOfOnePaper)) {
                papers.merge(e, 1, Integer::sum);
            }
            return this;
        }

        public DatasetMetrics table() {
            return of(papers);
        }
    }
}
