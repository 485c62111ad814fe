package org.paperkg.server.policy;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The query rewrite the public service applies before Jena's own optimizer: SERVICE to an address outside the
 * allow-list is refused (403), regular-expression functions are replaced by bounded ones, and the result is cut at
 * the row limit. Installed in the dataset's context as its optimizer factory, so every query and update WHERE clause
 * passes through it.
 */
public final class PolicyRewrite implements Rewrite {

    private final ServerPolicy policy;
    private final boolean limitRows;
    private final Rewrite standard;

    private PolicyRewrite(ServerPolicy policy, boolean limitRows, Rewrite standard) {
        this.policy = policy;
        this.limitRows = limitRows;
        this.standard = standard;
    }

    /**
     * The optimizer factory to put under {@code ARQConstants.sysOptimizerFactory} of {@code dataset}. Results are cut
     * at the row limit in read transactions only: in a write (an update's WHERE clause) a cut would silently drop work.
     * A query (not an update, whose outcome must not depend on the writer's connection) is handed to {@code watch},
     * which stops it if its client goes away.
     */
    public static RewriteFactory factory(ServerPolicy policy, DatasetGraph dataset, ClientDisconnectWatch watch) {
        return (Context context) -> {
            boolean read = dataset.transactionMode() != ReadWrite.WRITE;
            if (read) {
                watch.queryStarted(Context.getCancelSignal(context));
            }
            return new PolicyRewrite(policy, read, Optimize.stdOptimizationFactory.create(context));
        };
    }

    @Override
    public Op rewrite(Op op) {
        Op bounded = Transformer.transform(new RemoteCallCheck(), new BoundedExpressions(policy.timeoutMillis()), op);
        return standard.rewrite(limitRows ? limitRows(bounded) : bounded);
    }

    private Op limitRows(Op op) {
        long max = policy.maxResultRows();
        if (op instanceof OpSlice s && s.getLength() >= 0 && s.getLength() <= max) {
            return op;
        }
        return new OpSlice(op, Long.MIN_VALUE, max);
    }

    /** Refuses SERVICE whose endpoint is not a constant IRI on the allow-list. */
    private final class RemoteCallCheck extends TransformCopy {
        @Override
        public Op transform(OpService service, Op subOp) {
            Node endpoint = service.getService();
            if (!endpoint.isURI() || !policy.remoteAllowed(endpoint.getURI())) {
                ServletOps.errorForbidden("SERVICE " + (endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint)
                        + " is not allowed: this endpoint makes no requests to other servers (an operator can allow "
                        + "some with --allow-service).");
            }
            return super.transform(service, subOp);
        }
    }
}
