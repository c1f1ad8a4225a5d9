package dev.chainrule.demos.studio;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The programs' work, off the request threads: a fixed number of workers, a bounded queue (503 beyond it), and a
 * deadline per evaluation counted from when a worker starts it. Past the deadline the worker is interrupted (the
 * {@code .chain} evaluator stops at its next step) and the request gets a 422.
 *
 * <pre>{@code
 * try (Evaluations work = new Evaluations(2, 64, Duration.ofSeconds(5))) {
 *     String json = work.run(() -> Transcript.json(source, limits, null, OptionalDouble.empty()));
 * }
 * }</pre>
 */
public final class Evaluations implements AutoCloseable {
    /** How long a request waits for a free worker before it is told that the server is busy. */
    private static final Duration QUEUE_WAIT = Duration.ofSeconds(60);

    private final ThreadPoolExecutor pool;
    private final Duration deadline;

    public Evaluations(int workers, int queue, Duration deadline) {
        this.deadline = deadline;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "studio-evaluation");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * The result of {@code work}, run on a worker within the deadline.
     *
     * @throws HttpError 503 when every worker is busy and the queue is full, 422 past the deadline; a
     *                   {@link RuntimeException} of {@code work} is rethrown as it is
     */
    public <T> T run(Supplier<T> work) {
        AtomicLong started = new AtomicLong();
        Future<T> future;
        try {
            future = pool.submit(() -> {
                started.set(System.nanoTime());
                return work.get();
            });
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        long queuedAt = System.nanoTime();
        while (true) {
            try {
                return future.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                long start = started.get();
                if (start != 0 && now - start > deadline.toNanos()) {
                    future.cancel(true);
                    throw new HttpError(422, "the evaluation took longer than " + seconds(deadline)
                            + " and was stopped; make the program smaller, or run it with chainrule grad");
                }
                if (start == 0 && now - queuedAt > QUEUE_WAIT.toNanos()) {
                    future.cancel(true);
                    throw busy();
                }
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new HttpError(503, "the server is stopping");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static HttpError busy() {
        return new HttpError(503, "the server is busy with other evaluations; try again in a moment");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
