package org.paperkg.server.policy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request whose queries are cancelled if its client goes away. Jetty reports a failed request (HTTP/2 reset,
 * server stop) through a failure listener, but over HTTP/1.1 it does not read a connection while the request is
 * being handled, so a client that closes its socket is not noticed until the answer is written: for a sort or
 * grouping that is the end of the query. So while a query runs, its connection is read without blocking every
 * {@code probeMillis}: end of stream or an error means the client is gone. The request has been read in full by
 * then (Fuseki reads the query before running it), so the only bytes that can arrive are a pipelined next request;
 * one cannot be put back, so the connection is then closed after this answer, which HTTP/1.1 lets a server do (the
 * client sends it again).
 */
final class WatchedExchange {

    private static final Logger LOG = LoggerFactory.getLogger(ClientDisconnectWatch.class);

    private final Request request;
    private final long probeMillis;
    private final AtomicLong stoppedCounter;
    private final List<AtomicBoolean> cancels = new CopyOnWriteArrayList<>();
    private final AtomicBoolean probing = new AtomicBoolean();
    private final AtomicBoolean gone = new AtomicBoolean();
    private volatile boolean ended;

    WatchedExchange(Request request, long probeMillis, AtomicLong stoppedCounter) {
        this.request = request;
        this.probeMillis = probeMillis;
        this.stoppedCounter = stoppedCounter;
    }

    /** Cancels {@code cancel} if the client goes away before the request ends; starts watching on the first query. */
    void watch(AtomicBoolean cancel) {
        cancels.add(cancel);
        if (probing.compareAndSet(false, true)) {
            request.addFailureListener(failure -> clientGone());
            scheduleProbe();
        }
    }

    /** The request has been answered: stop watching. */
    void end() {
        ended = true;
    }

    private void scheduleProbe() {
        if (!ended) {
            request.getComponents().getScheduler().schedule(this::probe, probeMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void probe() {
        if (ended) {
            return;
        }
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (!(endPoint instanceof SocketChannelEndPoint)) {
            return; // TLS or HTTP/2 in front: the failure listener is the signal there
        }
        int read;
        try {
            read = endPoint.fill(BufferUtil.allocate(1));
        } catch (IOException e) {
            read = -1;
        }
        if (read < 0 || !endPoint.isOpen()) {
            clientGone();
        } else if (read > 0) {
            LOG.debug("A pipelined request came in during a running query; the connection closes after this answer.");
            Request.addCompletionListener(request, failure -> endPoint.close());
        } else {
            scheduleProbe();
        }
    }

    private void clientGone() {
        if (ended || !gone.compareAndSet(false, true)) {
            return;
        }
        for (AtomicBoolean cancel : cancels) {
            cancel.set(true);
        }
        stoppedCounter.incrementAndGet();
        LOG.info("The client of {} closed its connection; its query was stopped.", request.getHttpURI().getPath());
    }
}
