package org.paperkg.store;

/**
 * What a load did: files, quads and graphs read, graphs written (the others already held the same quads), quads in
 * the store afterwards, entities with support, and the time taken.
 */
public record LoadSummary(int files, long quadsRead, long graphsRead, long graphsWritten, long quadsInStore,
                          long entities, boolean bulk, double seconds) {

    /** Quads read per second (0 when nothing was read). */
    public double quadsPerSecond() {
        return seconds <= 0 ? 0 : quadsRead / seconds;
    }
}
