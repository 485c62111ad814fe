package org.paperkg.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;

/**
 * What a {@link GraphBuilder} run produced.
 *
 * @param papers    papers written (one named graph each)
 * @param entities  distinct entities per type
 * @param links     paper-to-entity links per relation
 * @param quads     quads (or triples) sent to the output
 * @param seconds   wall-clock seconds of the whole run, reading included
 * @param rejects   input records or files rejected while reading
 */
public record BuildSummary(long papers, Map<EntityType, Long> entities, Map<Relation, Long> links, long quads,
                           double seconds, long rejects) {

    public BuildSummary {
        Map<EntityType, Long> e = new EnumMap<>(EntityType.class);
        e.putAll(entities);
        entities = Collections.unmodifiableMap(e);
        Map<Relation, Long> l = new EnumMap<>(Relation.class);
        l.putAll(links);
        links = Collections.unmodifiableMap(l);
    }

    /** Entities of all types. */
    public long entityCount() {
        return entities.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Links of all relations. */
    public long linkCount() {
        return links.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Papers (abstracts) per second over the whole run. */
    public double abstractsPerSecond() {
        return seconds <= 0 ? 0 : papers / seconds;
    }

    /** A few lines for people: papers, entities per type, links per relation, time and speed. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("papers:   %d%n", papers));
        s.append(String.format("entities: %d (", entityCount()));
        String sep = "";
        for (EntityType t : EntityType.values()) {
            s.append(sep).append(entities.getOrDefault(t, 0L)).append(' ').append(t.id()).append('s');
            sep = ", ";
        }
        s.append(String.format(")%nlinks:    %d (", linkCount()));
        sep = "";
        for (Relation r : Relation.values()) {
            s.append(sep).append(r.localName()).append(' ').append(links.getOrDefault(r, 0L));
            sep = ", ";
        }
        s.append(String.format(")%n"));
        s.append(String.format("time:     %.1f s, %.1f abstracts/s", seconds, abstractsPerSecond()));
        if (rejects > 0) {
            s.append(String.format("%nrejected: %d input records", rejects));
        }
        return s.toString();
    }
}
