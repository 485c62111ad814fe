package org.paperkg.server.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.PKG;
import org.paperkg.store.RdfFiles;
import org.paperkg.store.StoreException;

/**
 * Sends paper graphs to a running server's {@code /$/load} in batches of whole graphs (each batch one transaction
 * there). The entity and ontology graphs are not sent: the server derives them.
 */
public final class LiveLoadClient {

    /** A batch is sent once it holds this many quads: about 4 MB of N-Quads, well under the server's body limit. */
    static final int BATCH_QUADS = 20_000;

    private final URI load;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the server reported, summed over the batches. */
    public record Result(int batches, long quadsSent, long graphsWritten) {
    }

    /** A client for the server at {@code baseUrl} ({@code http://host:port}), as {@code user} with {@code password}. */
    public LiveLoadClient(String baseUrl, String user, char[] password) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.load = URI.create(base + LiveLoadServlet.PATH);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends every paper graph of {@code files} (RDF files paperkg reads). */
    public Result send(List<Path> files) {
        Batcher batcher = new Batcher();
        for (Path f : files) {
            RDFParser.source(f).lang(RdfFiles.lang(f)).parse(batcher);
        }
        batcher.flush();
        return new Result(batcher.batches, batcher.quads, batcher.written);
    }

    private final class Batcher extends StreamRDFBase {
        private final Set<Node> sent = new HashSet<>();
        private final List<Quad> run = new ArrayList<>();
        private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private StreamRDF writer = open(buffer);
        private Node current;
        private long inBatch;
        int batches;
        long quads;
        long written;

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (q.isDefaultGraph() || g.getURI().equals(PKG.ENTITIES_GRAPH) || g.getURI().equals(PKG.ONTOLOGY_GRAPH)) {
                return;
            }
            if (!g.equals(current)) {
                endRun();
                if (!sent.add(g)) {
                    throw new StoreException("The graph <" + g.getURI() + "> comes in two places of the input; "
                            + "its quads must be together (as `paperkg build` writes them).");
                }
                current = g;
            }
            run.add(q);
        }

        private void endRun() {
            run.forEach(writer::quad);
            quads += run.size();
            inBatch += run.size();
            run.clear();
            if (inBatch >= BATCH_QUADS) {
                flush();
            }
        }

        void flush() {
            run.forEach(writer::quad);
            quads += run.size();
            inBatch += run.size();
            run.clear();
            writer.finish();
            if (inBatch > 0) {
                post(buffer.toByteArray());
            }
            inBatch = 0;
            buffer = new ByteArrayOutputStream();
            writer = open(buffer);
        }

        private void post(byte[] body) {
            HttpRequest request = HttpRequest.newBuilder(load).header("Content-Type", "application/n-quads")
                    .header("Authorization", authorization).timeout(Duration.ofHours(1))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> r;
            try {
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new StoreException("Cannot reach " + load + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while loading into " + load + ".", e);
            }
            if (r.statusCode() == 401) {
                throw new StoreException("The server at " + load + " refused the user name or password.");
            }
            if (r.statusCode() != 200) {
                throw new StoreException("The server at " + load + " answered " + r.statusCode() + ": " + r.body().strip());
            }
            batches++;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"graphsWritten\":(\\d+)").matcher(r.body());
            if (m.find()) {
                written += Long.parseLong(m.group(1));
            }
        }
    }

    private static StreamRDF open(ByteArrayOutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        return w;
    }
}
