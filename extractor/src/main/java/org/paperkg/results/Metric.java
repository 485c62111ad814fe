package org.paperkg.results;

import java.util.List;
import java.util.Objects;

/**
 * An evaluation metric with its normalised name.
 *
 * @param key       stable slug, the last segment of the metric's IRI
 * @param name      preferred (normalised) name, e.g. {@code top-1 accuracy}
 * @param direction whether higher or lower values are better
 * @param aliases   every name it is written with, the preferred name included
 */
public record Metric(String key, String name, Direction direction, List<String> aliases) {

    public Metric {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        aliases = List.copyOf(aliases);
    }
}
