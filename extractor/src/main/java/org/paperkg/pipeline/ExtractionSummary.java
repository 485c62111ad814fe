package org.paperkg.pipeline;

import java.time.Duration;
import java.util.Collection;

import org.paperkg.entities.Entity;

/**
 * What an extraction run produced.
 *
 * @param papers   papers extracted
 * @param links    paper-to-entity links handed to the sink
 * @param entities every entity some paper links to, with support
 * @param elapsed  wall-clock time of both passes
 */
public record ExtractionSummary(long papers, long links, Collection<Entity> entities, Duration elapsed) {

    /** Papers per second over the whole run. */
    public double papersPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : papers / seconds;
    }
}
