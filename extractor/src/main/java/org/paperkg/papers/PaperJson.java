package org.paperkg.papers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a paper printed by {@code paperkg papers}: fields {@code key, title, abstract, authors,
 * authorCount, date, venue, arxivId, doi, url, categories, origins, truncated}; null fields are left out.
 */
public final class PaperJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private PaperJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The paper as a JSON object. */
    public static ObjectNode toJson(PaperRecord p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", p.key());
        o.put("title", p.title());
        o.put("abstract", p.abstractText());
        if (!p.authors().isEmpty()) {
            ArrayNode a = o.putArray("authors");
            p.authors().forEach(a::add);
        }
        if (p.authorCount() != null) {
            o.put("authorCount", p.authorCount());
        }
        putIfNotNull(o, "date", p.date());
        putIfNotNull(o, "venue", p.venue());
        putIfNotNull(o, "arxivId", p.arxivId());
        putIfNotNull(o, "doi", p.doi());
        putIfNotNull(o, "url", p.url());
        if (!p.categories().isEmpty()) {
            ArrayNode c = o.putArray("categories");
            p.categories().forEach(c::add);
        }
        ArrayNode origins = o.putArray("origins");
        for (Origin origin : p.origins()) {
            origins.addObject().put("file", origin.file()).put("line", origin.line()).put("record", origin.record());
        }
        o.put("truncated", p.truncated());
        return o;
    }

    /** The paper as one line of JSON (no line breaks inside). */
    public static String toJsonLine(PaperRecord p) {
        try {
            return MAPPER.writeValueAsString(toJson(p));
        } catch (IOException e) {
            throw new IllegalStateException("could not write paper " + p.key() + " as JSON", e);
        }
    }

    /** Reads a paper back from the form written by {@link #toJson(PaperRecord)}. */
    public static PaperRecord fromJson(JsonNode o) {
        List<Origin> origins = new ArrayList<>();
        for (JsonNode n : o.path("origins")) {
            origins.add(new Origin(n.path("file").asText(), n.path("line").asLong(), n.path("record").asLong()));
        }
        return new PaperRecord(
                o.path("key").asText(),
                o.path("title").asText(),
                text(o, "abstract"),
                strings(o.path("authors")),
                o.hasNonNull("authorCount") ? o.get("authorCount").asInt() : null,
                text(o, "date"),
                text(o, "venue"),
                text(o, "arxivId"),
                text(o, "doi"),
                text(o, "url"),
                strings(o.path("categories")),
                origins,
                o.path("truncated").asBoolean(false));
    }

    /** Reads a paper back from one line written by {@link #toJsonLine(PaperRecord)}. */
    public static PaperRecord fromJsonLine(String line) throws IOException {
        return fromJson(MAPPER.readTree(line));
    }

    private static void putIfNotNull(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
