package org.paperkg.listings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.paperkg.listings.TextLines.Line;

/**
 * Reads arXiv-like JSON records: JSON Lines (one object per line; a bad line is rejected alone) or one JSON document
 * (an array of records, an object wrapping such an array, or a single record), streamed with Jackson so only one
 * record is in memory at a time. Field names are mapped by {@link ArxivFields}.
 */
final class JsonRecordsReader implements ListingReader {

    private final boolean jsonLines;
    private final ObjectMapper mapper;

    /** A reader for JSON Lines ({@code true}) or for one JSON document ({@code false}). */
    JsonRecordsReader(boolean jsonLines) {
        this.jsonLines = jsonLines;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TextLines.MAX_LINE).build())
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    @Override
    public void read(Path file, String name, RecordSink sink) throws IOException {
        if (jsonLines) {
            readLines(file, name, sink);
        } else {
            readDocument(file, name, sink);
        }
    }

    private void readLines(Path file, String name, RecordSink sink) throws IOException {
        try (TextLines lines = new TextLines(file)) {
            long record = 0;
            Line line;
            while ((line = lines.next()) != null) {
                if (line.blank()) {
                    continue;
                }
                record++;
                if (line.bad()) {
                    sink.reject(line.number(), record, line.message(record));
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line.text());
                } catch (JsonProcessingException e) {
                    sink.reject(line.number(), record, "record " + record + " is not valid JSON: "
                            + e.getOriginalMessage());
                    continue;
                }
                accept(node, name, line.number(), record, sink);
            }
        }
    }

    /** Records started and finished in the current document, for messages about where reading stopped. */
    private static final class Count {
        long started;
        long finished;

        long failing() {
            return started > finished ? started : started + 1;
        }
    }

    private void readDocument(Path file, String name, RecordSink sink) throws IOException {
        Count count = new Count();
        try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.createParser(in)) {
            try {
                JsonToken root = p.nextToken();
                if (root == JsonToken.START_ARRAY) {
                    readArray(p, name, sink, count);
                } else if (root == JsonToken.START_OBJECT) {
                    readObject(p, name, sink, count);
                } else {
                    sink.reject(line(p.currentTokenLocation()), 0, "is JSON but holds no paper records");
                    return;
                }
                if (p.nextToken() != null) {
                    long at = line(p.currentTokenLocation());
                    sink.reject(at, 0, "has more JSON after the records at line " + at + "; it was skipped");
                }
            } catch (JsonProcessingException e) {
                long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                sink.reject(at, count.failing(), "is not valid JSON at line " + at + " (after " + count.finished
                        + " records): " + e.getOriginalMessage() + "; the rest of the file was skipped");
            }
        }
    }

    /** Reads the elements of an array the parser has just entered. */
    private void readArray(JsonParser p, String name, RecordSink sink, Count count) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonEOFException(p, null, "the file ends inside the list of records");
            }
            long line = line(p.currentTokenLocation());
            count.started++;
            JsonNode node = mapper.readTree(p);
            accept(node, name, line, count.started, sink);
            count.finished++;
        }
    }

    /** Reads an object the parser has just entered: a wrapper with a records array, or itself one record. */
    private void readObject(JsonParser p, String name, RecordSink sink, Count count) throws IOException {
        long start = line(p.currentTokenLocation());
        ObjectNode rest = mapper.createObjectNode();
        boolean sawArray = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && ArxivFields.RECORD_ARRAYS.contains(field)) {
                sawArray = true;
                readArray(p, name, sink, count);
            } else {
                rest.set(field, mapper.readTree(p));
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonEOFException(p, null, "the file ends inside a JSON object");
        }
        if (sawArray) {
            return;
        }
        if (ArxivFields.isRecord(rest)) {
            count.started++;
            accept(rest, name, start, count.started, sink);
            count.finished++;
        } else {
            sink.reject(start, 0, "is JSON but holds no paper records (no title, and no array named "
                    + String.join(", ", ArxivFields.RECORD_ARRAYS) + ")");
        }
    }

    private static void accept(JsonNode node, String name, long line, long record, RecordSink sink) throws IOException {
        if (!node.isObject()) {
            sink.reject(line, record, "record " + record + " is not a JSON object");
            return;
        }
        PaperBuilder b = ArxivFields.toBuilder(node);
        if (!b.hasTitle()) {
            sink.reject(line, record, "record " + record + " has no title");
            return;
        }
        sink.accept(b.build(name, line, record));
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
