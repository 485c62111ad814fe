package org.paperkg.mentions.conll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.mentions.EntityType;

/**
 * Maps the entity type names of a CoNLL source ({@code Method}, {@code RESEARCH_PROBLEM}, ...) to paperkg's
 * {@link EntityType}s; type names are matched case-insensitively and unmapped types are dropped.
 */
public final class TagMapping {

    private final Map<String, EntityType> map;

    private TagMapping(Map<String, EntityType> map) {
        this.map = Map.copyOf(map);
    }

    /**
     * The default for the data paperkg knows: SciERC ({@code Method}, {@code Task}, {@code Material} as dataset)
     * and cs-ner ({@code METHOD} and {@code SOLUTION} as method, {@code RESEARCH_PROBLEM} as task,
     * {@code DATASET}); everything else (Metric, OtherScientificTerm, Generic, RESOURCE, TOOL, LANGUAGE) dropped.
     */
    public static TagMapping defaults() {
        return of(Map.of(
                "method", EntityType.METHOD,
                "solution", EntityType.METHOD,
                "task", EntityType.TASK,
                "research_problem", EntityType.TASK,
                "material", EntityType.DATASET,
                "dataset", EntityType.DATASET));
    }

    /** A mapping from the given source type names (any case) to entity types. */
    public static TagMapping of(Map<String, EntityType> mapping) {
        Map<String, EntityType> m = new LinkedHashMap<>();
        mapping.forEach((k, v) -> m.put(k.strip().toLowerCase(Locale.ROOT), v));
        return new TagMapping(m);
    }

    /**
     * Parses {@code Source=type} pairs separated by commas or line breaks, e.g.
     * {@code Method=method,Task=task,Material=dataset}; type is method, task or dataset; {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the first bad pair
     */
    public static TagMapping parse(String spec) {
        Map<String, EntityType> m = new LinkedHashMap<>();
        String[] lines = spec.split("\\R");
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            for (String pair : line.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                EntityType type = eq < 0 ? null : EntityType.parse(pair.substring(eq + 1));
                if (eq <= 0 || type == null) {
                    throw new IllegalArgumentException("line " + (ln + 1) + ": expected Source=method|task|dataset, found '"
                            + pair.strip() + "'");
                }
                m.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), type);
            }
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("the label mapping is empty");
        }
        return new TagMapping(m);
    }

    /**
     * Reads a mapping file in the {@link #parse(String)} syntax.
     *
     * @throws IOException when the file cannot be read or a line is bad (the message names file and line)
     */
    public static TagMapping read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The entity type for a source type name or a full tag ({@code I-Method}); null when unmapped or outside. */
    public EntityType map(String typeOrTag) {
        if (typeOrTag == null) {
            return null;
        }
        EntityType direct = map.get(typeOrTag.toLowerCase(Locale.ROOT));
        if (direct != null) {
            return direct;
        }
        String type = TagScheme.type(typeOrTag);
        return type == null ? null : map.get(type.toLowerCase(Locale.ROOT));
    }

    /**
     * Re-tags a sentence: decodes its spans, keeps the mapped ones labelled with {@link EntityType} names and
     * encodes them in {@code scheme}.
     */
    public List<String> relabel(ConllSentence sentence, TagScheme scheme) {
        List<ConllSpan> mapped = TagScheme.decode(0, sentence.labels()).stream()
                .filter(s -> map(s.label()) != null)
                .map(s -> new ConllSpan(0, s.start(), s.end(), map(s.label()).name()))
                .toList();
        return scheme.encode(sentence.size(), mapped);
    }

    /** The source type names (lower case) and their entity types. */
    public Map<String, EntityType> asMap() {
        return map;
    }

    @Override
    public String toString() {
        return map.toString();
    }
}
