package dev.chainrule.data.preprocessing;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

/**
 * Mini-batches of a dataset for one epoch of training, in order or shuffled.
 *
 * <pre>{@code
 * for (Dataset batch : Batches.of(train, 32)) { ... }             // rows 0..31, 32..63, ...
 * Batches epochs = Batches.shuffled(train, 32, new RandomState(0));
 * for (int epoch = 0; epoch < 10; epoch++) {
 *     for (Dataset batch : epochs) { ... }                         // a new order every epoch
 * }
 * }</pre>
 *
 * <p>Each pass over a shuffled {@code Batches} (each call of {@link #iterator()}) draws a new order of the rows
 * from the generator: Fisher–Yates from the last position down, swapping position {@code i} with
 * {@code rng.nextInt(i + 1)}. For a {@link RandomState} those are NumPy's draws, so the orders of successive epochs
 * are those of {@code rng.permutation(n)} called once per epoch in NumPy (and of PyTorch's {@code DataLoader} with
 * {@code shuffle=True}: a fresh order every epoch). The generator is shared, not copied. The last batch is smaller when the batch size does not
 * divide the number of samples, unless {@link #dropLast()} drops it. Each batch is a new immutable dataset.
 */
public final class Batches implements Iterable<Dataset> {
    private final Dataset data;
    private final int batchSize;
    private final RandomGenerator rng;
    private final boolean dropLast;

    private Batches(Dataset data, int batchSize, RandomGenerator rng, boolean dropLast) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batches: batchSize must be >= 1, got " + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.rng = rng;
        this.dropLast = dropLast;
    }

    /** Batches of consecutive rows, in order. */
    public static Batches of(Dataset data, int batchSize) {
        return new Batches(data, batchSize, null, false);
    }

    /** Batches of a new random order of the rows on every pass, drawn from {@code rng} (NumPy's for a RandomState). */
    public static Batches shuffled(Dataset data, int batchSize, RandomGenerator rng) {
        return new Batches(data, batchSize, java.util.Objects.requireNonNull(rng, "rng"), false);
    }

    /** The same batches without a last, smaller one. */
    public Batches dropLast() {
        return new Batches(data, batchSize, rng, true);
    }

    /** The number of batches in one pass. */
    public int count() {
        int n = data.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** One pass (one epoch); a shuffled {@code Batches} draws its order now. */
    @Override
    public Iterator<Dataset> iterator() {
        int n = data.size();
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        if (rng != null) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        int batches = count();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches;
            }

            @Override
            public Dataset next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("batches: no batch left in this pass");
                }
                int from = next * batchSize;
                next++;
                return data.select(java.util.Arrays.copyOfRange(order, from, Math.min(n, from + batchSize)));
            }
        };
    }
}
