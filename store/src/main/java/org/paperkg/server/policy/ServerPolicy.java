package org.paperkg.server.policy;

import java.net.URI;
import java.util.List;

/**
 * What the public service allows: remote endpoints a query may call (SERVICE, LOAD; none by default), the most rows
 * a query returns, the most requests one client address runs at once, the largest request body, and the query
 * timeout the regular-expression guard enforces.
 */
public record ServerPolicy(List<String> allowedRemotePrefixes, long maxResultRows, int maxConcurrentPerClient,
                           long maxRequestBytes, long timeoutMillis) {

    /** Default most rows per query result. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Default most requests in flight per client address. */
    /** Above the 6 connections a browser opens to one host, so pages and their assets never get 429. */
    public static final int DEFAULT_MAX_CONCURRENT = 8;
    /** Default largest request body (queries and writes): 16 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L << 20;

    public ServerPolicy {
        allowedRemotePrefixes = List.copyOf(allowedRemotePrefixes);
        if (maxResultRows < 1 || maxConcurrentPerClient < 1 || maxRequestBytes < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException("Server limits must be positive.");
        }
    }

    /** The defaults: no remote calls, {@value #DEFAULT_MAX_ROWS} rows, {@value #DEFAULT_MAX_CONCURRENT} requests per client. */
    public static ServerPolicy defaults(long timeoutMillis) {
        return new ServerPolicy(List.of(), DEFAULT_MAX_ROWS, DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_REQUEST_BYTES, timeoutMillis);
    }

    /** This policy with another allow-list of remote endpoint prefixes. */
    public ServerPolicy allowRemote(List<String> prefixes) {
        return new ServerPolicy(prefixes, maxResultRows, maxConcurrentPerClient, maxRequestBytes, timeoutMillis);
    }

    /** This policy with other limits. */
    public ServerPolicy limits(long maxRows, int maxConcurrent, long maxBytes) {
        return new ServerPolicy(allowedRemotePrefixes, maxRows, maxConcurrent, maxBytes, timeoutMillis);
    }

    /**
     * True when a query may call {@code iri}: it starts with an allowed prefix, compared after normalisation so
     * that {@code http://host/a/../b} cannot step out of an allowed path.
     */
    public boolean remoteAllowed(String iri) {
        if (iri == null || allowedRemotePrefixes.isEmpty()) {
            return false;
        }
        String normal;
        try {
            URI u = URI.create(iri).normalize();
            if (u.getScheme() == null || u.getRawUserInfo() != null) {
                return false;
            }
            normal = u.toString();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return allowedRemotePrefixes.stream().anyMatch(normal::startsWith);
    }
}
