package org.paperkg.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes paperkg RDF to a file (or stream) in one {@link OutputFormat}, gzip-compressed when asked.
 * Quad formats keep each quad's graph; triple formats write the triple only (the union of the graphs; entity
 * descriptions repeated across paper graphs are written once). Streaming formats write as quads arrive;
 * JSON-LD collects everything in memory and writes it on {@link #close()}.
 */
public final class GraphWriter implements AutoCloseable {

    private final OutputFormat format;
    private final OutputStream out;
    private final StreamRDF stream;
    private final DatasetGraph collected;
    private long quads;
    private boolean closed;

    private GraphWriter(OutputFormat format, OutputStream out) {
        this.format = Objects.requireNonNull(format, "format");
        this.out = out;
        if (format.streaming()) {
            this.collected = null;
            StreamRDF writer = new StreamRDFWrapper(StreamRDFWriter.getWriterStream(out, format.rdfFormat())) {
                @Override
                public void quad(Quad quad) {
                    quads++;
                    super.quad(quad);
                }

                @Override
                public void triple(Triple triple) {
                    quads++;
                    super.triple(triple);
                }
            };
            this.stream = format.quads() ? writer : new TriplesOnly(writer);
        } else {
            this.collected = DatasetGraphFactory.createTxnMem();
            this.stream = new StreamRDFWrapper(StreamRDFLib.dataset(collected)) {
                @Override
                public void quad(Quad quad) {
                    quads++;
                    super.quad(quad);
                }
            };
        }
        stream.start();
        Prefixes.declare(stream);
    }

    /** Opens {@code file} for writing in {@code format}, or the format its extension names when {@code format} is null. */
    public static GraphWriter open(Path file, OutputFormat format) throws IOException {
        return open(file, format, OutputFormat.gzipped(file));
    }

    /** Opens {@code file} like {@link #open(Path, OutputFormat)}, gzip-compressing when {@code gzip} is true. */
    public static GraphWriter open(Path file, OutputFormat format, boolean gzip) throws IOException {
        OutputFormat f = format != null ? format : OutputFormat.forFile(file);
        if (f == null) {
            throw new IOException("Cannot tell the RDF format from the file name " + file
                    + "; use .nq .trig .nt .ttl or .jsonld (optionally .gz), or give --format.");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (gzip) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        return new GraphWriter(f, raw);
    }

    /** Writes to {@code out} (closed with this writer). */
    public static GraphWriter of(OutputStream out, OutputFormat format) {
        return new GraphWriter(format, out);
    }

    public OutputFormat format() {
        return format;
    }

    /** Number of quads (or, in triple formats, triples) written so far. */
    public long count() {
        return quads;
    }

    /** The stream to send quads to; call {@link #close()} when done instead of {@code finish()}. */
    public StreamRDF stream() {
        return new StreamRDFWrapper(stream) {
            @Override
            public void start() {
                // started when opened
            }

            @Override
            public void finish() {
                // finished by close()
            }
        };
    }

    /** Finishes the output (writes JSON-LD now) and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream o = out) {
            stream.finish();
            if (collected != null) {
                RDFDataMgr.write(o, collected, format.rdfFormat());
            }
            o.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Drops the graph name of each quad, so a triple format receives the union of the graphs. The type and labels of
     * an entity, repeated in every paper graph that links to it, are written once: memory grows with the entities.
     */
    private static final class TriplesOnly extends StreamRDFWrapper {
        private final Set<Triple> entityTriples = new HashSet<>();

        TriplesOnly(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            Triple t = quad.asTriple();
            if (isEntity(t.getSubject()) && !entityTriples.add(t)) {
                return;
            }
            super.triple(t);
        }

        private static boolean isEntity(Node n) {
            if (!n.isURI() || !n.getURI().startsWith(PKG.RESOURCE)) {
                return false;
            }
            String rest = n.getURI().substring(PKG.RESOURCE.length());
            return rest.startsWith("method/") || rest.startsWith("task/") || rest.startsWith("dataset/");
        }
    }
}
