package org.paperkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/** Recognises RDF files by name ({@code .nq .trig .ttl .nt .jsonld .rdf}, optionally {@code .gz}) and picks writer formats. */
public final class RdfFiles {

    private RdfFiles() {
    }

    /** The RDF language of {@code file} from its extension, or null when it is not an RDF file (e.g. a listing). */
    public static Lang lang(Path file) {
        String name = baseName(file);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = name.substring(dot + 1);
        return switch (ext) {
            case "nq", "nquads" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            case "ttl" -> Lang.TURTLE;
            case "nt" -> Lang.NTRIPLES;
            case "jsonld" -> Lang.JSONLD;
            case "rdf", "owl" -> Lang.RDFXML;
            default -> null;
        };
    }

    /** A buffered stream of {@code file}'s bytes, decompressed when its name ends in {@code .gz}. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** True when {@code file} ends in {@code .gz}. */
    public static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * The streaming writer format for an output file named {@code file}: N-Quads, TriG, Turtle or N-Triples.
     * Triple formats receive the union of all graphs.
     */
    public static RDFFormat writerFormat(Path file) {
        Lang lang = lang(file);
        if (lang == null) {
            throw new StoreException("Cannot tell the RDF format of " + file
                    + " from its name; use .nq, .trig, .ttl or .nt (optionally with .gz).");
        }
        return writerFormat(lang);
    }

    /** The streaming writer format for {@code lang}. */
    public static RDFFormat writerFormat(Lang lang) {
        if (lang.equals(Lang.NQUADS)) {
            return RDFFormat.NQUADS;
        } else if (lang.equals(Lang.TRIG)) {
            return RDFFormat.TRIG_BLOCKS;
        } else if (lang.equals(Lang.TURTLE)) {
            return RDFFormat.TURTLE_BLOCKS;
        } else if (lang.equals(Lang.NTRIPLES)) {
            return RDFFormat.NTRIPLES;
        }
        throw new StoreException("Dumps are written as N-Quads, TriG, Turtle or N-Triples, not " + lang.getLabel() + ".");
    }

    /** True for languages that carry named graphs. */
    public static boolean isQuads(Lang lang) {
        return RDFLanguages.isQuads(lang);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
