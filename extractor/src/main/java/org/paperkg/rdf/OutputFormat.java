package org.paperkg.rdf;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF formats paperkg writes: quad formats keep the named graphs, triple formats write their union. */
public enum OutputFormat {
    NQUADS("nq", Lang.NQUADS, RDFFormat.NQUADS, true, true),
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, true, true),
    NTRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, false, true),
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, false, true),
    /** JSON-LD cannot be streamed by Jena: the whole dataset is collected in memory, then written. */
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD11, true, false);

    private final String extension;
    private final Lang lang;
    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;

    OutputFormat(String extension, Lang lang, RDFFormat format, boolean quads, boolean streaming) {
        this.extension = extension;
        this.lang = lang;
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
    }

    /** File extension without dot, also the name accepted by {@code --format}. */
    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    /** The Jena serialization used. */
    public RDFFormat rdfFormat() {
        return format;
    }

    /** True when named graphs are kept. */
    public boolean quads() {
        return quads;
    }

    /** True when written as the data arrives; false when collected in memory first. */
    public boolean streaming() {
        return streaming;
    }

    /** The format for a name or extension (nq, nquads, trig, nt, ntriples, ttl, turtle, jsonld, json-ld); null if unknown. */
    public static OutputFormat byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            n = n.substring(1);
        }
        return switch (n) {
            case "nq", "nquads", "n-quads" -> NQUADS;
            case "trig" -> TRIG;
            case "nt", "ntriples", "n-triples" -> NTRIPLES;
            case "ttl", "turtle" -> TURTLE;
            case "jsonld", "json-ld", "json" -> JSONLD;
            default -> null;
        };
    }

    /** The format named by the file's extension, ignoring a final {@code .gz}; null if unknown. */
    public static OutputFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : byName(name.substring(dot + 1));
    }

    /** True when the file name ends in {@code .gz}. */
    public static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
