package org.paperkg.pipeline;

/** What a {@link GraphBuilder} run reports while it works; every method is optional and called on one thread. */
public interface BuildProgress {

    /** Records read from the listings so far (while reading, before extraction starts). */
    default void recordsRead(long records) {
    }

    /** Reading is done: this many distinct papers will be extracted. */
    default void papersRead(long papers) {
    }

    /** Papers extracted so far. */
    default void papersExtracted(long papers) {
    }
}
