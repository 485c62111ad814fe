package org.paperkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file beside the store recording which version of the entity-graph derivation wrote the stored entity graph, so
 * a reload that changed no paper graph can skip recomputing it, and a new paperkg version still recomputes it once.
 */
final class EntityGraphStamp {

    private static final Logger LOG = LoggerFactory.getLogger(EntityGraphStamp.class);
    private static final String FILE = "entity-graph.stamp";

    private final Path file;
    private final String version;

    EntityGraphStamp(Path db) {
        this.file = db.resolve(FILE);
        this.version = fingerprint();
    }

    /** True when the stored entity graph was written by this version of the derivation. */
    boolean current() {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(version);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the entity graph now stored was derived by this version (call after the commit). */
    void write() {
        try {
            Files.writeString(file, version + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only costs a recomputation at the next reload.
            LOG.warn("Cannot write {}: {}", file, e.getMessage());
        }
    }

    /** Forgets the stamp (before a write that may leave the entity graph out of date should it fail). */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digest of the compiled derivation (the entity graph and the statistics it includes): changes with their code. */
    private static String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Class<?> part : new Class<?>[] {EntityGraph.class, GraphStatistics.class}) {
                try (InputStream in = part.getResourceAsStream(part.getSimpleName() + ".class")) {
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown-" + System.nanoTime(); // never matches: always recompute
        }
    }
}
