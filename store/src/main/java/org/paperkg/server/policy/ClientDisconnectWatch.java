package org.paperkg.server.policy;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Stops a running query when its client goes away. Jena stops a query only when its cancel signal is set (the
 * timeout does that); this filter remembers which request each worker thread serves, {@link PolicyRewrite} hands it
 * the cancel signal of every query that thread starts, and a {@link WatchedExchange} sets the signal as soon as the
 * client's connection is found closed. Without it, a sort, a grouping or a backtracking regular expression whose
 * client has left runs on until the timeout.
 */
public final class ClientDisconnectWatch implements Filter {

    /** How often a running query's connection is looked at: the client is noticed gone within about this long. */
    static final long PROBE_MILLIS = 250;

    private final ConcurrentMap<Thread, WatchedExchange> serving = new ConcurrentHashMap<>();
    private final AtomicLong stopped = new AtomicLong();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty == null) {
            chain.doFilter(request, response);
            return;
        }
        Thread worker = Thread.currentThread();
        WatchedExchange exchange = new WatchedExchange(jetty, PROBE_MILLIS, stopped);
        serving.put(worker, exchange);
        try {
            chain.doFilter(request, response);
        } finally {
            serving.remove(worker, exchange);
            exchange.end();
        }
    }

    /**
     * Called on the worker thread as a query starts: its {@code cancel} signal is set if the client goes away before
     * the request ends. Queries run outside a request (none on this server) are not watched.
     */
    void queryStarted(AtomicBoolean cancel) {
        WatchedExchange exchange = serving.get(Thread.currentThread());
        if (exchange != null && cancel != null) {
            exchange.watch(cancel);
        }
    }

    /** How many queries were stopped because their client had gone (for tests and monitoring). */
    public long queriesStopped() {
        return stopped.get();
    }
}
