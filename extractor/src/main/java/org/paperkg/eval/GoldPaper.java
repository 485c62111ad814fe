package org.paperkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperkg.mentions.EntityType;

/**
 * One gold-annotated paper: its title and its entities per type (names with aliases, proposed flag on methods).
 * A record without a title is found by its id, an arXiv identifier (the team's own annotations keep only ids and
 * names; the text is read from the listings).
 *
 * @param id       the gold record id, an arXiv identifier when there is no title
 * @param title    the title, used to find the paper; null when the paper is found by its arXiv id
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

    /** The key a corpus paper is matched on: the title key, or {@code arxiv:} and the id for a paper without title. */
    public String matchKey() {
        return title != null ? DocumentEvaluator.titleKey(title) : ARXIV_KEY + id;
    }

    static final String ARXIV_KEY = "arxiv:";
    private static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{4,5}|[a-z.-]+/\\d{7}");

    /**
     * Reads a gold file: a JSON array of {id, title, methods, tasks, datasets}, or JSON Lines of such objects. A record
     * without a title must have an arXiv identifier as its id.
     */
    public static List<GoldPaper> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean array = lines.stream().filter(l -> !l.isBlank()).findFirst().map(l -> l.strip().startsWith("["))
                .orElse(true);
        try {
            if (array) {
                JsonNode root = mapper.readTree(file.toFile());
                if (root == null || !root.isArray()) {
                    throw new IOException(file + ": gold file must hold a JSON array of papers or JSON Lines");
                }
                root.forEach(records::add);
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not readable gold JSON: " + e.getMessage().split("\n")[0], e);
        }
        for (int i = 0; !array && i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(mapper.readTree(lines.get(i)));
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a JSON object: " + e.getOriginalMessage(), e);
            }
        }
        List<GoldPaper> papers = new ArrayList<>();
        int index = 0;
        for (JsonNode p : records) {
            index++;
            if (!p.hasNonNull("title") && !ARXIV_ID.matcher(p.path("id").asText()).matches()) {
                throw new IOException(file + ": gold record " + index + " has neither a title nor an arXiv id");
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
            papers.add(new GoldPaper(p.path("id").asText("G" + index),
                    p.hasNonNull("title") ? p.get("title").asText() : null, map));
        }
        return papers;
    }
}
