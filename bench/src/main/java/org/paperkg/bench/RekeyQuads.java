package org.paperkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;

import org.paperkg.rdf.PKG;

/**
 * Scales a built N-Quads file by re-keyed copies at RDF level, for load and query figures at sizes whose full
 * extraction does not fit the time box. Copy 0 is the input unchanged. Copy k (k ≥ 1) repeats every quad of every
 * per-paper graph with each IRI under a re-keyed prefix (papers and statements by default) suffixed {@code -ck},
 * {@code dcterms:title} of a paper suffixed {@code " [k]"} and {@code pkg:arxivId} suffixed {@code -ck}; entity IRIs
 * are kept, so the copies link to the same entities, as re-keyed copies of the same abstracts would. Quads outside the
 * per-paper graphs (entities, ontology, default graph) are written once, with {@code pkg:support} multiplied by the
 * number of copies so that support still counts the papers that link to an entity.
 *
 * <p>Usage: {@code RekeyQuads --in FILE.nq[.gz] --copies C --out FILE.nq[.gz] [--prefix IRI]...}
 */
public final class RekeyQuads {

    private RekeyQuads() {
    }

    public static void main(String[] argv) throws IOException {
        Args args = new Args(argv);
        Path in = Path.of(args.require("in"));
        Path out = Path.of(args.require("out"));
        int copies = args.getInt("copies", 10);
        List<String> prefixes = args.all("prefix").isEmpty()
                ? List.of(PKG.RESOURCE + "paper/", PKG.RESOURCE + "statement/")
                : args.all("prefix");
        long t0 = System.nanoTime();
        long[] written = {0};
        try (OutputStream os = open(out)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            writer.start();
            for (int k = 0; k < copies; k++) {
                int copy = k;
                RDFParser.source(in).lang(Lang.NQUADS).parse(new Copier(writer, prefixes, copy, copies, written));
            }
            writer.finish();
        }
        System.out.printf(Locale.ROOT, "RESULT rekey copies=%d quads_written=%d seconds=%.1f out=%s%n",
                copies, written[0], (System.nanoTime() - t0) / 1e9, out);
    }

    private static OutputStream open(Path out) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        return out.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }

    /** Re-keys one pass over the input as copy {@code k}. */
    private static final class Copier implements StreamRDF {
        private final StreamRDF out;
        private final List<String> prefixes;
        private final int k;
        private final int copies;
        private final long[] written;
        private final String suffix;

        Copier(StreamRDF out, List<String> prefixes, int k, int copies, long[] written) {
            this.out = out;
            this.prefixes = prefixes;
            this.k = k;
            this.copies = copies;
            this.written = written;
            this.suffix = "-c" + k;
        }

        private boolean rekeyed(Node n) {
            if (n == null || !n.isURI()) {
                return false;
            }
            String iri = n.getURI();
            for (String p : prefixes) {
                if (iri.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        private Node map(Node n) {
            return rekeyed(n) ? NodeFactory.createURI(n.getURI() + suffix) : n;
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            boolean perPaper = rekeyed(g);
            if (!perPaper) {
                if (k == 0) {
                    emit(g, q.getSubject(), q.getPredicate(), scaleSupport(q.getPredicate(), q.getObject()));
                }
                return;
            }
            if (k == 0) {
                emit(g, q.getSubject(), q.getPredicate(), q.getObject());
                return;
            }
            Node o = q.getObject();
            String p = q.getPredicate().getURI();
            if (o.isLiteral() && rekeyed(q.getSubject())) {
                if (p.equals(DCTerms.title.getURI())) {
                    o = NodeFactory.createLiteralLang(o.getLiteralLexicalForm() + " [" + k + "]", o.getLiteralLanguage());
                } else if (p.equals(PKG.arxivId.getURI())) {
                    o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + suffix);
                }
            }
            emit(map(g), map(q.getSubject()), q.getPredicate(), map(o));
        }

        private Node scaleSupport(Node p, Node o) {
            if (p.getURI().equals(PKG.support.getURI()) && o.isLiteral()) {
                try {
                    long v = Long.parseLong(o.getLiteralLexicalForm());
                    return NodeFactory.createLiteralDT(Long.toString(v * copies), o.getLiteralDatatype());
                } catch (NumberFormatException e) {
                    return o;
                }
            }
            return o;
        }

        private void emit(Node g, Node s, Node p, Node o) {
            out.quad(Quad.create(g, s, p, o));
            written[0]++;
        }

        @Override
        public void triple(Triple t) {
            if (k == 0) {
                out.triple(t);
                written[0]++;
            }
        }

        @Override
        public void start() {
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void finish() {
        }
    }
}
