package dev.chainrule.demos.studio.playground;

import dev.chainrule.demos.studio.HttpError;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Playground models of all open tabs, within bounds: at most {@code max} models exist (a new one beyond is
 * refused with 503 unless an unwatched one can be dropped), a model that no page has watched for {@code idle} is
 * dropped, and the running ones train in turns of a tenth of a second on two threads, so that several tabs share the
 * machine fairly and the server stays responsive.
 *
 * <pre>{@code
 * Models models = new Models(4, Duration.ofMinutes(3));
 * Models.Entry e = models.create(config);
 * models.play(e);          // trains in the background until paused
 * }</pre>
 */
final class Models implements AutoCloseable {
    /** How long one model trains before the next running one gets its turn. */
    static final Duration TURN = Duration.ofMillis(100);
    private static final SecureRandom IDS = new SecureRandom();

    /** A model and who is watching it. */
    static final class Entry {
        final PlaygroundModel model;
        final AtomicInteger listeners = new AtomicInteger();
        final AtomicLong version = new AtomicLong();
        final AtomicBoolean scheduled = new AtomicBoolean();
        volatile long seen = System.nanoTime();
        volatile String problem;

        Entry(PlaygroundModel model) {
            this.model = model;
        }

        void touch() {
            seen = System.nanoTime();
        }

        void changed() {
            version.incrementAndGet();
        }
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final int max;
    private final Duration idle;
    private final ThreadPoolExecutor training;
    private final ScheduledExecutorService sweeper;
    private volatile boolean closed;

    Models(int max, Duration idle) {
        this.max = max;
        this.idle = idle;
        this.training = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> daemon(r, "playground-training"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "playground-sweeper"));
        long every = Math.max(50, Math.min(10_000, idle.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::dropIdle, every, every, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A new model for {@code config}; 503 when {@code max} are watched already. */
    synchronized Entry create(PlaygroundConfig config) {
        if (byId.size() >= max) {
            byId.values().stream().filter(e -> e.listeners.get() == 0).min(java.util.Comparator.comparingLong(e -> e.seen))
                    .ifPresent(e -> remove(e.model.id));
        }
        if (byId.size() >= max) {
            throw new HttpError(503, "the studio keeps at most " + max + " Playground models at once and each is in use"
                    + " by an open page; close a Playground tab and try again");
        }
        String id = HexFormat.of().formatHex(IDS.generateSeed(12));
        Entry e = new Entry(new PlaygroundModel(id, config));
        byId.put(id, e);
        return e;
    }

    /** The model {@code id}; 404 when there is none (never made, dropped or closed). */
    Entry get(String id) {
        Entry e = byId.get(id);
        if (e == null) {
            throw new HttpError(404, "no Playground model " + id + " (closed, or dropped after " + idle.toMinutes()
                    + " minutes unwatched); reload the page");
        }
        e.touch();
        return e;
    }

    boolean exists(String id) {
        return byId.containsKey(id);
    }

    int size() {
        return byId.size();
    }

    boolean closed() {
        return closed;
    }

    /** Trains {@code e} in turns until paused. */
    void play(Entry e) {
        e.model.running(true);
        e.changed();
        schedule(e);
    }

    private void schedule(Entry e) {
        if (!closed && e.scheduled.compareAndSet(false, true)) {
            training.execute(() -> turn(e));
        }
    }

    private void turn(Entry e) {
        long end = System.nanoTime() + TURN.toNanos();
        try {
            while (System.nanoTime() < end && e.model.running() && byId.containsKey(e.model.id)) {
                e.model.epoch();
                e.changed();
            }
        } catch (RuntimeException | OutOfMemoryError x) {
            e.model.running(false);
            e.problem = x.getMessage() == null ? x.getClass().getSimpleName() : x.getMessage();
            e.changed();
        } finally {
            e.scheduled.set(false);
        }
        if (e.model.running() && byId.containsKey(e.model.id)) {
            schedule(e);
        }
    }

    /**
     * The result of {@code work} (steps asked for by a page, a learning rule), computed on the training threads, so
     * that the requests of many pages never take more of the machine than the trainings do.
     */
    <T> T compute(java.util.function.Supplier<T> work) {
        java.util.concurrent.Future<T> f;
        try {
            f = training.submit(work::get);
        } catch (java.util.concurrent.RejectedExecutionException x) {
            throw new HttpError(503, "the studio is stopping");
        }
        try {
            return f.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException x) {
            if (x.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(x.getCause());
        } catch (java.util.concurrent.TimeoutException x) {
            f.cancel(true);
            throw new HttpError(503, "the studio is too busy to answer in time; try again");
        } catch (InterruptedException x) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the studio is stopping");
        }
    }

    /** A page stopped watching {@code e}: when it was the last, the training stops. */
    void unwatched(Entry e) {
        if (e.listeners.decrementAndGet() == 0) {
            e.model.running(false);
            e.touch();
            e.changed();
        }
    }

    void remove(String id) {
        Entry e = byId.remove(id);
        if (e != null) {
            e.model.running(false);
            e.changed();
        }
    }

    private void dropIdle() {
        long now = System.nanoTime();
        byId.values().removeIf(e -> {
            boolean drop = e.listeners.get() == 0 && now - e.seen > idle.toNanos();
            if (drop) {
                e.model.running(false);
            }
            return drop;
        });
    }

    @Override
    public void close() {
        closed = true;
        byId.values().forEach(e -> e.model.running(false));
        byId.clear();
        training.shutdownNow();
        sweeper.shutdownNow();
    }
}
