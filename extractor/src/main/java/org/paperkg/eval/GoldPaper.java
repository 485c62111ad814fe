package org.paperkg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperkg.mentions.EntityType;

/**
 * One gold-annotated paper: its title and its entities per type (names with aliases, proposed flag on methods).
 *
 * @param id       the gold record id
 * @param title    the title, used to find the paper
 * @param entities gold entities per type
 */
public record GoldPaper(String id, String title, Map<EntityType, List<GoldEntity>> entities) {

    /** One gold entity: its name, aliases, and whether the paper proposes it. */
    public record GoldEntity(String name, List<String> aliases, boolean proposed) {

        /** Name and aliases. */
        public List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /** Reads a gold file: a JSON array of {id, title, methods, tasks, datasets}. */
    public static List<GoldPaper> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not readable gold JSON: " + e.getMessage().split("\n")[0], e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": gold file must hold a JSON array of papers");
        }
        List<GoldPaper> papers = new ArrayList<>();
        int index = 0;
        for (JsonNode p : root) {
            index++;
            if (!p.hasNonNull("title")) {
                throw new IOException(file + ": gold record " + index + " has no title");
            }
            Map<EntityType, List<GoldEntity>> map = new java.util.EnumMap<>(EntityType.class);
            for (EntityType type : EntityType.values()) {
                List<GoldEntity> list = new ArrayList<>();
                for (JsonNode e : p.path(type.id() + "s")) {
                    List<String> aliases = new ArrayList<>();
                    e.path("aliases").forEach(a -> aliases.add(a.asText()));
                    list.add(new GoldEntity(e.path("name").asText(), aliases, e.path("proposed").asBoolean(false)));
                }
                map.put(type, list);
            }
            papers.add(new GoldPaper(p.path("id").asText("G" + index), p.get("title").asText(), map));
        }
        return papers;
    }
}
