package org.paperkg.spark;

/**
 * How many partitions the per-paper stages (extraction, survey, links, mapping) run in when the user does not say.
 * A stage ends when its last task does: with a few long tasks per core, the cores that finish first wait for it
 * (the event log of a 2-core run showed tasks of 25 s, one core idle at each stage's end). Small partitions of a
 * fixed number of papers keep that wait to a fraction of a second and give every core count the same work; the
 * bounds keep every core busy on a small corpus and the task count sane on a large one.
 */
final class ExtractionPartitions {

    /** Papers per partition: about two seconds of extraction on one core (~19 ms a paper, BENCHMARKS.md). */
    static final int PAPERS_PER_PARTITION = 100;
    /** At least this many partitions per core, so a small corpus still spreads over every core. */
    static final int MIN_PER_CORE = 4;
    /** At most this many per core: beyond a few hundred thousand papers per core, tasks grow instead. */
    static final int MAX_PER_CORE = 200;

    /** Partitions written to one N-Quads part: about a thousand papers a file. */
    static final int PARTITIONS_PER_PART = 10;

    private ExtractionPartitions() {
    }

    /**
     * The partition count for {@code records} input records on {@code cores} task slots ({@code
     * defaultParallelism}), or {@code requested} when it is above zero.
     */
    static int of(long records, int cores, int requested) {
        if (requested > 0) {
            return requested;
        }
        int slots = Math.max(1, cores);
        long wanted = (records + PAPERS_PER_PARTITION - 1) / PAPERS_PER_PARTITION;
        long bounded = Math.min(Math.max(wanted, (long) MIN_PER_CORE * slots), (long) MAX_PER_CORE * slots);
        return (int) Math.min(bounded, Integer.MAX_VALUE);
    }

    /** The N-Quads parts the paper graphs of {@code partitions} partitions are written to: one per ten. */
    static int parts(int partitions) {
        return Math.max(1, (partitions + PARTITIONS_PER_PART - 1) / PARTITIONS_PER_PART);
    }
}
