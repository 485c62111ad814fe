package org.paperkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a fixed pool of threads and hands their results, in the order the tasks were submitted, to a consumer
 * on the submitting thread; at most a window of tasks is in flight, so memory stays bounded.
 *
 * @param <T> what a task returns
 */
final class OrderedWorkers<T> implements AutoCloseable {

    /** Receives results in submission order, on the thread that submits. */
    @FunctionalInterface
    interface ResultConsumer<T> {
        void accept(T result) throws IOException;
    }

    private final ExecutorService pool;
    private final int window;
    private final ResultConsumer<T> consumer;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

    OrderedWorkers(String name, int threads, int window, ResultConsumer<T> consumer) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.window = Math.max(1, window);
        this.consumer = consumer;
    }

    /** Submits a task; when the window is full, first waits for the oldest task and hands its result on. */
    void submit(Callable<T> task) throws IOException {
        inFlight.add(pool.submit(task));
        if (inFlight.size() >= window) {
            consumer.accept(await(inFlight.poll()));
        }
    }

    /** Waits for every submitted task and hands the remaining results on, in order. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            consumer.accept(await(inFlight.poll()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Extraction was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
