package org.paperkg.server.policy;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets each client address run at most a fixed number of requests at once; one more is answered 429 at once, so
 * one client cannot hold every worker thread. Behind a reverse proxy every client has the proxy's address: limit
 * per client in the proxy then, and raise this limit (README, security section).
 */
public final class ClientConcurrencyFilter implements Filter {

    private final int maxPerClient;
    /** Requests in flight per address; an entry is removed when its count drops to zero, so the map stays small. */
    private final ConcurrentMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    public ClientConcurrencyFilter(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        boolean[] admitted = new boolean[1];
        inFlight.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            admitted[0] = now < maxPerClient;
            return admitted[0] ? now + 1 : (n == null ? null : n);
        });
        if (!admitted[0]) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Retry-After", "1");
            http.sendError(429, "Too many requests at once from " + client + " (at most " + maxPerClient + ").");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }
}
