package org.paperkg.server.policy;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Applies a {@link ServerPolicy} to a built Fuseki server: the per-client limit on every route, a request-body size
 * limit, the query rewrite (no remote calls, bounded regular expressions, row limit on queries, queries stopped when
 * their client goes away);
 * the filters for LOAD and XML bodies are added by the builder.
 */
public final class ServerHardening {

    private final ServerPolicy policy;
    private final ClientDisconnectWatch disconnects = new ClientDisconnectWatch();

    public ServerHardening(ServerPolicy policy) {
        this.policy = policy;
    }

    /** The filter to add for every path ({@code /*}): stops a running query when its client goes away. */
    public ClientDisconnectWatch disconnectWatch() {
        return disconnects;
    }

    /** The filter to add to the builder for every path ({@code /*}) before {@code build()}. */
    public ClientConcurrencyFilter concurrencyFilter() {
        return new ClientConcurrencyFilter(policy.maxConcurrentPerClient());
    }

    /** The filter to add for the service's paths: refuses LOAD and SERVICE of addresses outside the allow-list in updates. */
    public UpdateRemoteFilter updateFilter() {
        return new UpdateRemoteFilter(policy);
    }

    /** Applies the limits to a built, not yet started server. */
    public void apply(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler inner = jetty.getHandler();
        SizeLimitHandler sizes = new SizeLimitHandler(policy.maxRequestBytes(), -1);
        sizes.setHandler(inner);
        jetty.setHandler(sizes);
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            DatasetGraph dataset = dap.getDataService().getDataset();
            dataset.getContext().set(ARQConstants.sysOptimizerFactory, PolicyRewrite.factory(policy, dataset, disconnects));
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
        }
    }
}
