package org.paperkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.paperkg.papers.PaperRecord;

/**
 * The real arXiv records of the benchmark: every {@code {count, papers:[...]}} JSON file and every JSON Lines file
 * under the given folders, de-duplicated on the arXiv id without version, in a fixed pseudo-random order (a hash of
 * the id) so that any prefix mixes both sources.
 */
public final class SourceCorpus {

    private static final Pattern ARXIV_ID = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");

    /** One real record: its arXiv id (no version), the field names it came with, and its paperkg view. */
    public record SourcePaper(String arxivId, ObjectNode json, PaperRecord paper) {
    }

    private final List<SourcePaper> papers;
    private final int recordsRead;

    private SourceCorpus(List<SourcePaper> papers, int recordsRead) {
        this.papers = papers;
        this.recordsRead = recordsRead;
    }

    /** Reads every {@code .json} / {@code .jsonl} file under {@code dirs}. */
    public static SourceCorpus read(List<Path> dirs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, SourcePaper> byId = new LinkedHashMap<>();
        int read = 0;
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                        .sorted().toList();
            }
            for (Path file : files) {
                List<JsonNode> records = new ArrayList<>();
                if (file.toString().endsWith(".jsonl")) {
                    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            if (!line.isBlank()) {
                                records.add(json.readTree(line));
                            }
                        }
                    }
                } else {
                    JsonNode root = json.readTree(file.toFile());
                    JsonNode list = root.isArray() ? root : root.path("papers");
                    list.forEach(records::add);
                }
                for (JsonNode r : records) {
                    if (!(r instanceof ObjectNode o)) {
                        continue;
                    }
                    read++;
                    SourcePaper p = toPaper(o);
                    if (p != null) {
                        byId.putIfAbsent(p.arxivId(), p);
                    }
                }
            }
        }
        List<SourcePaper> ordered = new ArrayList<>(byId.values());
        ordered.sort(Comparator.comparingLong((SourcePaper p) -> mix(p.arxivId())).thenComparing(SourcePaper::arxivId));
        return new SourceCorpus(List.copyOf(ordered), read);
    }

    private static SourcePaper toPaper(ObjectNode o) {
        String id = arxivId(o);
        String title = text(o, "title");
        String abs = text(o, "summary");
        if (abs == null) {
            abs = text(o, "abstract");
        }
        if (id == null || title == null || abs == null) {
            return null;
        }
        PaperRecord paper = new PaperRecord(id, title.strip().replaceAll("\\s+", " "),
                abs.strip().replaceAll("\\s+", " "), null, null, null, null, id, null, null, null, null, false);
        return new SourcePaper(id, o, paper);
    }

    /** The arXiv id without version from {@code arxiv_id}, {@code id} or {@code url}, else null. */
    static String arxivId(JsonNode o) {
        for (String field : List.of("arxiv_id", "id", "url")) {
            String v = text(o, field);
            if (v != null) {
                Matcher m = ARXIV_ID.matcher(v);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** A fixed 64-bit mix of the id (FNV-1a then a finaliser), so the order does not depend on the JVM. */
    private static long mix(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Distinct papers, in benchmark order. */
    public List<SourcePaper> papers() {
        return papers;
    }

    /** Records read before de-duplication. */
    public int recordsRead() {
        return recordsRead;
    }
}
