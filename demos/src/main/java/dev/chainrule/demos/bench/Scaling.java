package dev.chainrule.demos.bench;

import dev.chainrule.autograd.Tensor;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;

/**
 * How the deep-graph workload scales with the length of its chain ({@code chainrule bench --scaling}): for each
 * length, the median wall time of building the chain and running reverse mode for ∂x/∂x0, the bytes that allocates,
 * and the heap the built graph holds — each also per graph node, so that a cost that grows faster than the graph
 * shows as a per-node figure that grows.
 */
final class Scaling {
    /** The chain lengths {@code --scaling} measures, in iterations of {@code x = tanh(x)·0.9 + 0.1}. */
    static final List<Integer> ITERATIONS = List.of(1_000, 10_000, 100_000, 1_000_000);

    /** The graph nodes an iteration makes: the tanh, the product and the sum (its two constants are leaves, not counted). */
    static final int NODES_PER_ITERATION = 3;

    /** Warm-up runs of each length: at least two, and at least this long in all (so that the JIT compiler has run). */
    private static final long WARMUP_NANOS = 300_000_000L;

    private Scaling() {
    }

    /**
     * One length's measurements.
     *
     * @param iterations     the chain's length in iterations
     * @param runs           the timed runs (after warm-up runs: at least two, and at least 0.3 s of them)
     * @param medianMillis   the median wall time of a run: build the chain, then its gradient with respect to x0
     * @param allocatedBytes the median of the bytes a run allocated on its thread; NaN where the JVM cannot tell
     * @param retainedBytes  the used heap after GC with the built chain alive, minus the same without it
     */
    record Row(int iterations, int runs, double medianMillis, double allocatedBytes, double retainedBytes) {
        /** The graph's nodes: {@link #NODES_PER_ITERATION} × iterations. */
        long nodes() {
            return (long) NODES_PER_ITERATION * iterations;
        }

        double nanosPerNode() {
            return medianMillis * 1e6 / nodes();
        }

        double allocatedBytesPerNode() {
            return allocatedBytes / nodes();
        }

        double retainedBytesPerNode() {
            return retainedBytes / nodes();
        }
    }

    /** The timed runs for a chain of {@code iterations}: fewer for the long chains, whose single run is long. */
    static int runs(int iterations) {
        return iterations >= 1_000_000 ? 3 : iterations >= 100_000 ? 5 : iterations >= 10_000 ? 10 : 30;
    }

    /** Measures a chain of {@code iterations} over {@code runs} timed runs, after warm-up runs. */
    static Row measure(int iterations, int runs) {
        long warmup = System.nanoTime();
        for (int i = 0; i < 2 || System.nanoTime() - warmup < WARMUP_NANOS; i++) {
            Workloads.deepGraphRun(iterations);
        }
        double[] millis = new double[runs];
        double[] allocated = new double[runs];
        for (int i = 0; i < runs; i++) {
            long bytes = allocatedBytes();
            long start = System.nanoTime();
            Workloads.deepGraphRun(iterations);
            millis[i] = (System.nanoTime() - start) / 1e6;
            long after = allocatedBytes();
            allocated[i] = bytes < 0 || after < 0 ? Double.NaN : after - bytes;
        }
        Arrays.sort(millis);
        Arrays.sort(allocated);
        return new Row(iterations, runs, Timer.median(millis), Timer.median(allocated), retainedBytes(iterations));
    }

    /** The growth of the used heap, after full collections, when a chain of {@code iterations} is built and kept. */
    private static long retainedBytes(int iterations) {
        long before = usedHeapAfterGc();
        Tensor chain = Workloads.chain(Tensor.of(0.3), iterations);
        long after = usedHeapAfterGc();
        Reference.reachabilityFence(chain);
        return after - before;
    }

    /**
     * The used heap after five requested full collections: a full collection may leave some dead objects in place
     * rather than move the live ones past them (the serial collector compacts all only every fourth time, by default),
     * and those count as used.
     */
    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The bytes this thread has allocated so far, or -1 where the JVM does not count them. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
        }
        return -1;
    }
}
