package org.paperkg.server.policy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * When a running query must stop: its cancel signal (set by Jena on timeout or abort) or, should that never come,
 * a deadline of its own. Work that never returns to Jena's iterators (one regular-expression match) polls it.
 */
final class QueryDeadline {

    private final AtomicBoolean cancel;
    private final long deadlineNanos;

    private QueryDeadline(AtomicBoolean cancel, long deadlineNanos) {
        this.cancel = cancel;
        this.deadlineNanos = deadlineNanos;
    }

    /** The deadline of the query evaluating in {@code env}: now + {@code timeoutMillis}, or its cancel signal first. */
    static QueryDeadline of(FunctionEnv env, long timeoutMillis) {
        AtomicBoolean signal = null;
        if (env instanceof ExecutionContext ec) {
            signal = ec.getCancelSignal();
        }
        if (signal == null && env != null && env.getContext() != null) {
            signal = Context.getCancelSignal(env.getContext());
        }
        return new QueryDeadline(signal, System.nanoTime() + timeoutMillis * 1_000_000L);
    }

    /** Throws {@link QueryCancelledException} when the query was cancelled or the deadline has passed. */
    void check() {
        if ((cancel != null && cancel.get()) || System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
    }
}
