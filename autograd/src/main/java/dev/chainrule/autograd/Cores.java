package dev.chainrule.autograd;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the parts of one large product on several cores: part 0 on the calling thread, the others on worker threads
 * of its own (daemons, one per further core, started on first use), and returns when all are done. The products
 * share {@link #machine()}, one per core of the machine.
 *
 * <p>Why not a parallel stream: a worker of the common fork-join pool that has nothing to do parks, and waking a
 * parked thread on a virtual machine's idle core took about 28 µs here — two parts of 14 µs of work took 42 µs; a
 * training step of mlp784-step has two such products. A worker here waits for its next part spinning for up to
 * {@value #SPIN_MICROS} µs (the gap between the products of one training step), and parks only after that, as
 * OpenMP's and OpenBLAS's threads do.
 *
 * <p>One caller at a time: a second thread that calls while the workers are busy (or a part that calls it again) runs
 * all its parts itself, one after the other. The parts write disjoint places and every element is computed the same
 * way whichever thread computes it, so the results are the same either way.
 */
final class Cores {
    private static final long SPIN_MICROS = 1000;
    /** The machine's cores, shared by every product. */
    private static final Cores MACHINE = new Cores(Runtime.getRuntime().availableProcessors());

    private final int count;
    private final AtomicBoolean busy = new AtomicBoolean();
    private Worker[] workers;

    /** Up to {@code count} parts at once: the caller and {@code count - 1} workers, started on first use. */
    Cores(int count) {
        this.count = count;
    }

    /** The machine's cores. */
    static Cores machine() {
        return MACHINE;
    }

    /** The most parts {@link #run} runs at once. */
    int count() {
        return count;
    }

    /** Runs {@code part.accept(p)} for {@code p = 0..parts-1}, on up to {@link #count()} threads at once. */
    void run(int parts, IntConsumer part) {
        if (parts <= 1 || count == 1 || !busy.compareAndSet(false, true)) {
            for (int p = 0; p < parts; p++) {
                part.accept(p);
            }
            return;
        }
        try {
            Worker[] w = workers();
            int helpers = Math.min(parts - 1, w.length);
            // Parts 1..helpers go to the workers; part 0 and any beyond the workers are the caller's.
            for (int h = 0; h < helpers; h++) {
                w[h].give(part, h + 1);
            }
            for (int p = 0; p < parts; p++) {
                if (p == 0 || p > helpers) {
                    part.accept(p);
                }
            }
            Throwable failure = null;
            for (int h = 0; h < helpers; h++) {
                Throwable t = w[h].await();
                failure = failure == null ? t : failure;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw new IllegalStateException("a part of a product failed", failure);
            }
        } finally {
            busy.set(false);
        }
    }

    private synchronized Worker[] workers() {
        if (workers == null) {
            Worker[] w = new Worker[count - 1];
            for (int i = 0; i < w.length; i++) {
                w[i] = new Worker("chainrule-core-" + (i + 1));
            }
            workers = w;
        }
        return workers;
    }

    /** A thread that runs one part at a time, given to it by {@link #give}. */
    private static final class Worker extends Thread {
        private volatile IntConsumer task;
        private volatile int index;
        private volatile boolean done = true;
        private volatile boolean parked;
        private volatile Throwable failure;

        Worker(String name) {
            super(name);
            setDaemon(true);
            start();
        }

        void give(IntConsumer part, int p) {
            index = p;
            failure = null;
            done = false;
            task = part;
            if (parked) {
                LockSupport.unpark(this);
            }
        }

        /** Waits for the part given by {@link #give} and returns what it threw, if anything. */
        Throwable await() {
            while (!done) {
                Thread.onSpinWait();
            }
            return failure;
        }

        @Override
        public void run() {
            while (true) {
                IntConsumer t = waitForTask();
                try {
                    t.accept(index);
                } catch (Throwable e) {
                    failure = e;
                }
                task = null;
                done = true;
            }
        }

        private IntConsumer waitForTask() {
            long until = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(SPIN_MICROS);
            IntConsumer t;
            while ((t = task) == null) {
                if (System.nanoTime() < until) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    if (task == null) {
                        LockSupport.park(this);
                    }
                    parked = false;
                    until = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(SPIN_MICROS);
                }
            }
            return t;
        }
    }
}
