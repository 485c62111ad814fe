package org.paperkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.store.Dumper;
import org.paperkg.store.RdfFiles;

/**
 * Serves the whole graph as a gzip-compressed download, streamed from the store. The format comes from the file name
 * ({@code /dump/paperkg.nq.gz}, {@code .trig.gz}, {@code .ttl.gz}, {@code .nt.gz}) or, for {@code /dump}, from the
 * {@code Accept} header (N-Quads by default).
 */
public final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Base name of dump files. */
    public static final String NAME = "paperkg";

    private final transient Supplier<DatasetGraph> dataset;

    public DumpServlet(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Lang lang;
        boolean gzipFile;
        if (path.isEmpty()) {
            lang = fromAccept(req.getHeader("Accept"));
            gzipFile = false;
        } else {
            lang = RdfFiles.lang(java.nio.file.Path.of(path.replace('/', '_')));
            gzipFile = path.toLowerCase(Locale.ROOT).endsWith(".gz");
            if (lang == null || !(lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG) || lang.equals(Lang.TURTLE)
                    || lang.equals(Lang.NTRIPLES))) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND,
                        "Dumps are " + NAME + ".nq.gz, " + NAME + ".trig.gz, " + NAME + ".ttl.gz or " + NAME + ".nt.gz");
                return;
            }
        }
        RDFFormat format = RdfFiles.writerFormat(lang);
        String ext = lang.getFileExtensions().get(0);
        if (gzipFile) {
            // A .gz file: the body is the compressed file itself, saved as is.
            resp.setContentType("application/gzip");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + NAME + "." + ext + ".gz\"");
        } else {
            // Negotiated: the RDF media type, compressed in transit.
            resp.setContentType(lang.getHeaderString() + (lang.equals(Lang.NQUADS) || lang.equals(Lang.NTRIPLES) ? "" : "; charset=utf-8"));
            resp.setHeader("Content-Encoding", "gzip");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + NAME + "." + ext + "\"");
        }
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            Dumper.write(dataset.get(), out, format);
        }
    }

    static Lang fromAccept(String accept) {
        if (accept != null) {
            String a = accept.toLowerCase(Locale.ROOT);
            if (a.contains("application/trig")) {
                return Lang.TRIG;
            } else if (a.contains("text/turtle")) {
                return Lang.TURTLE;
            } else if (a.contains("application/n-triples")) {
                return Lang.NTRIPLES;
            }
        }
        return Lang.NQUADS;
    }
}
