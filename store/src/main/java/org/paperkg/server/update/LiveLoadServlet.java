package org.paperkg.server.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.store.LoadSummary;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreException;

/**
 * {@code POST /$/load} (authenticated writers only): loads a batch of paper graphs (N-Quads) into the served store
 * as {@code paperkg load} does offline. Each paper graph is replaced and the entity graph brought in line inside one
 * TDB2 write transaction, so readers see the store before or after the batch, never a half-updated paper; the text
 * index is rebuilt and committed afterwards. Batches run one at a time.
 */
public final class LiveLoadServlet extends HttpServlet {

    /** The route, outside the dataset's own endpoints. */
    public static final String PATH = "/$/load";
    private static final long serialVersionUID = 1L;

    private final transient Supplier<DatasetGraph> dataset;
    private final transient Path db;
    private final transient Set<String> writers;
    private final transient ReentrantLock oneAtATime = new ReentrantLock();

    public LiveLoadServlet(Supplier<DatasetGraph> dataset, Path db, Set<String> writers) {
        this.dataset = dataset;
        this.db = db;
        this.writers = Set.copyOf(writers);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getRemoteUser();
        if (user == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"paperkg\"");
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Loading needs a writer's user name and password.");
            return;
        }
        if (!writers.contains(user)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "The user " + user + " may not load.");
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/n-quads")) {
            resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send N-Quads (application/n-quads).");
            return;
        }
        Path batch = Files.createTempFile("paperkg-live-load-", ".nq");
        try {
            try (InputStream in = req.getInputStream()) {
                Files.copy(in, batch, StandardCopyOption.REPLACE_EXISTING);
            }
            LoadSummary s;
            oneAtATime.lock();
            try {
                s = PaperStore.attach(dataset.get(), db).load(List.of(batch), n -> { });
            } finally {
                oneAtATime.unlock();
            }
            resp.setContentType("application/json");
            resp.getOutputStream().write(String.format(Locale.ROOT,
                    "{\"quadsRead\":%d,\"graphsRead\":%d,\"graphsWritten\":%d,\"quadsInStore\":%d,\"entities\":%d,\"seconds\":%.2f}%n",
                    s.quadsRead(), s.graphsRead(), s.graphsWritten(), s.quadsInStore(), s.entities(), s.seconds())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (StoreException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } finally {
            Files.deleteIfExists(batch);
        }
    }
}
