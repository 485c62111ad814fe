package org.paperkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.Mention;
import org.paperkg.papers.PaperJson;
import org.paperkg.papers.PaperRecord;

/**
 * Papers, mentions and links as JSON text between stages: Spark then only moves strings (compact under its
 * serializer and independent of how the records evolve), as the single-JVM pipeline's spill files do.
 */
final class PaperCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<Mention>> MENTIONS = new TypeReference<>() { };
    private static final TypeReference<List<PaperLink>> LINKS = new TypeReference<>() { };

    private PaperCodec() {
    }

    static String paper(PaperRecord paper) {
        return PaperJson.toJsonLine(paper);
    }

    static PaperRecord paper(String json) {
        try {
            return PaperJson.fromJsonLine(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mentions(List<Mention> mentions) {
        return write(mentions);
    }

    static List<Mention> mentions(String json) {
        return read(json, MENTIONS);
    }

    static String links(List<PaperLink> links) {
        return write(links);
    }

    static List<PaperLink> links(String json) {
        return read(json, LINKS);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
