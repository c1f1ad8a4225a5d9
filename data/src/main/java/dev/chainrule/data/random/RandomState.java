package dev.chainrule.data.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * NumPy's legacy {@code numpy.random.RandomState}: the same numbers for the same seed and the same calls.
 *
 * <pre>{@code
 * RandomState rng = new RandomState(42);          // np.random.seed(42) / RandomState(42)
 * double[][] w = rng.randn(3, 2);                 // np.random.randn(3, 2)
 * int[] order = rng.permutation(10);              // np.random.permutation(10)
 * long k = rng.randint(0, 6);                     // np.random.randint(0, 6)
 * }</pre>
 *
 * <p><b>The generator.</b> MT19937, the 32-bit Mersenne Twister. {@code new RandomState(seed)} fills its 624-word
 * state exactly as NumPy does for an integer seed in {@code 0..2^32-1} (Knuth's recurrence from the seed);
 * {@link #fromKey(long...)} is NumPy's seeding with an array ({@code init_by_array}).
 *
 * <p><b>Doubles.</b> {@link #randomSample()} (= {@link #nextDouble()}) joins the top 27 bits of one 32-bit output
 * and the top 26 bits of the next into a 53-bit integer and divides by 2<sup>53</sup>: every double of the form
 * {@code k / 2^53} in [0, 1) is equally likely.
 *
 * <p><b>Gaussians.</b> {@link #randn()} (= {@link #nextGaussian()}) is the legacy polar method of Marsaglia: draw
 * {@code x1, x2} uniform in (-1, 1) until {@code 0 < r² = x1² + x2² < 1}, then {@code f = √(-2 ln r² / r²)} makes
 * two independent normals {@code f·x2} (returned) and {@code f·x1} (kept). The next Gaussian request returns the
 * kept value without drawing; any other draw in between leaves it in place, as in NumPy. {@code normal(loc, scale)}
 * is {@code loc + scale·randn()}, {@code uniform(low, high)} is {@code low + (high - low)·randomSample()}.
 *
 * <p><b>Integers.</b> {@link #randint(long, long)} draws {@code low + v} with {@code v} uniform in
 * {@code 0..high-low-1} by masked rejection: raw bits under the smallest covering bit mask, rejected while too large;
 * 32-bit outputs for ranges up to 2<sup>32</sup>, 64-bit outputs (high half first) beyond. A range of one value
 * draws nothing. {@link #permutation(int)} and the {@code shuffle} methods are Fisher–Yates from the last position
 * down: for {@code i = n-1 … 1} swap element {@code i} with a masked-rejection index in {@code 0..i}.
 *
 * <p>The logarithm is the C library's to the last bit (see {@code LibmLog}): Java's own {@link Math#log} would make
 * about one Gaussian in three thousand differ from NumPy's in the last bit. Not thread-safe: like NumPy's
 * generator, an instance is a mutable stream; {@link #copy()} forks an independent copy of the current state.
 * Methods of {@link RandomGenerator} not overridden here ({@code nextFloat}, {@code nextExponential}, streams) are
 * Java's algorithms on top of these draws, not NumPy's.
 */
public final class RandomState implements RandomGenerator {
    private final Mt19937 mt;
    private boolean hasGauss;
    private double gauss;

    /** NumPy's {@code RandomState(seed)}; {@code seed} must be in {@code 0..2^32-1}. */
    public RandomState(long seed) {
        this(Mt19937.seeded((int) Checks.seed(seed, "seed")));
    }

    private RandomState(Mt19937 mt) {
        this.mt = mt;
    }

    /** NumPy's {@code RandomState([k0, k1, ...])}: seeding by array; each word in {@code 0..2^32-1}. */
    public static RandomState fromKey(long... key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("key must not be empty");
        }
        int[] words = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            words[i] = (int) Checks.seed(key[i], "key[" + i + "]");
        }
        return new RandomState(Mt19937.byArray(words));
    }

    /** An independent generator in the same state, including a kept Gaussian. */
    public RandomState copy() {
        RandomState c = new RandomState(mt.copy());
        c.hasGauss = hasGauss;
        c.gauss = gauss;
        return c;
    }

    // ------------------------------------------------------------------ RandomGenerator

    /** The next raw 32-bit output. */
    @Override
    public int nextInt() {
        return mt.next32();
    }

    /** Two raw 32-bit outputs, the first as the high half. */
    @Override
    public long nextLong() {
        return mt.next64();
    }

    /** {@link #randomSample()}: 53 random bits in [0, 1), as NumPy's {@code random_sample}. */
    @Override
    public double nextDouble() {
        return mt.nextDouble();
    }

    /** {@link #randn()}: NumPy's legacy Gaussian with its kept second value. */
    @Override
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            double kept = gauss;
            gauss = 0.0;
            return kept;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * mt.nextDouble() - 1.0;
            x2 = 2.0 * mt.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * LibmLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code normal(mean, stddev)} (Java's default would use another Gaussian algorithm). */
    @Override
    public double nextGaussian(double mean, double stddev) {
        return normal(mean, stddev);
    }

    /** {@code randint(0, bound)}: the same draws as NumPy. */
    @Override
    public int nextInt(int bound) {
        return (int) randint(bound);
    }

    /** {@code randint(origin, bound)}: the same draws as NumPy. */
    @Override
    public int nextInt(int origin, int bound) {
        return (int) randint(origin, bound);
    }

    /** {@code randint(0, bound)}: the same draws as NumPy. */
    @Override
    public long nextLong(long bound) {
        return randint(bound);
    }

    /** {@code randint(origin, bound)}: the same draws as NumPy. */
    @Override
    public long nextLong(long origin, long bound) {
        return randint(origin, bound);
    }

    // ------------------------------------------------------------------ floats

    /** {@code random_sample()}: uniform in [0, 1). */
    public double randomSample() {
        return mt.nextDouble();
    }

    /** {@code random_sample(size)}. */
    public double[] randomSample(int size) {
        double[] out = new double[Checks.size(size, "size")];
        for (int i = 0; i < out.length; i++) {
            out[i] = mt.nextDouble();
        }
        return out;
    }

    /** {@code rand()}: uniform in [0, 1). */
    public double rand() {
        return mt.nextDouble();
    }

    /** {@code rand(n)}. */
    public double[] rand(int n) {
        return randomSample(n);
    }

    /** {@code rand(rows, cols)}, filled row by row. */
    public double[][] rand(int rows, int cols) {
        return uniform(0.0, 1.0, rows, cols);
    }

    /** {@code randn()}: standard normal. */
    public double randn() {
        return nextGaussian();
    }

    /** {@code randn(n)}. */
    public double[] randn(int n) {
        return normal(0.0, 1.0, n);
    }

    /** {@code randn(rows, cols)}, filled row by row (also {@code standard_normal(size=(rows, cols))}). */
    public double[][] randn(int rows, int cols) {
        return normal(0.0, 1.0, rows, cols);
    }

    /** {@code normal(loc, scale)}: {@code loc + scale·randn()}; {@code scale >= 0}. */
    public double normal(double loc, double scale) {
        Checks.scale(scale);
        return loc + scale * nextGaussian();
    }

    /** {@code normal(loc, scale, size)}. */
    public double[] normal(double loc, double scale, int size) {
        Checks.scale(scale);
        double[] out = new double[Checks.size(size, "size")];
        for (int i = 0; i < out.length; i++) {
            out[i] = loc + scale * nextGaussian();
        }
        return out;
    }

    /** {@code normal(loc, scale, (rows, cols))}, filled row by row. */
    public double[][] normal(double loc, double scale, int rows, int cols) {
        Checks.scale(scale);
        double[][] out = new double[Checks.size(rows, "rows")][Checks.size(cols, "cols")];
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] = loc + scale * nextGaussian();
            }
        }
        return out;
    }

    /** {@code uniform(low, high)}: {@code low + (high - low)·randomSample()}. */
    public double uniform(double low, double high) {
        return low + Checks.range(low, high) * mt.nextDouble();
    }

    /** {@code uniform(low, high, size)}. */
    public double[] uniform(double low, double high, int size) {
        double range = Checks.range(low, high);
        double[] out = new double[Checks.size(size, "size")];
        for (int i = 0; i < out.length; i++) {
            out[i] = low + range * mt.nextDouble();
        }
        return out;
    }

    /** {@code uniform(low, high, (rows, cols))}, filled row by row. */
    public double[][] uniform(double low, double high, int rows, int cols) {
        double range = Checks.range(low, high);
        double[][] out = new double[Checks.size(rows, "rows")][Checks.size(cols, "cols")];
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] = low + range * mt.nextDouble();
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ integers

    /** {@code randint(high)}: uniform in {@code 0..high-1}. */
    public long randint(long high) {
        return randint(0, high);
    }

    /** {@code randint(low, high)}: uniform in {@code low..high-1} (NumPy's default int64 type). */
    public long randint(long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException("randint: low must be < high, got low = " + low + ", high = " + high);
        }
        return low + Bounded.uint64(mt, high - 1 - low);
    }

    /** {@code randint(low, high, size)}. */
    public long[] randint(long low, long high, int size) {
        if (low >= high) {
            throw new IllegalArgumentException("randint: low must be < high, got low = " + low + ", high = " + high);
        }
        long rng = high - 1 - low;
        long[] out = new long[Checks.size(size, "size")];
        for (int i = 0; i < out.length; i++) {
            out[i] = low + Bounded.uint64(mt, rng);
        }
        return out;
    }

    // ------------------------------------------------------------------ permutations

    /** {@code permutation(n)}: {@code 0..n-1} shuffled. */
    public int[] permutation(int n) {
        int[] a = new int[Checks.size(n, "n")];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return shuffleInPlace(a);
    }

    /** A shuffled copy of {@code a} ({@code permutation(a)}); {@code a} is not changed. */
    public int[] shuffle(int[] a) {
        return shuffleInPlace(a.clone());
    }

    /**
     * A shuffled copy of {@code a}; {@code a} is not changed. (Shuffling {@code 0..n-1} makes the same swaps as
     * shuffling the elements, so element {@code k} of the copy is element {@code permutation(n)[k]}.)
     */
    public double[] shuffle(double[] a) {
        int[] order = permutation(a.length);
        double[] c = new double[a.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = a[order[i]];
        }
        return c;
    }

    /** A copy of {@code rows} with the rows shuffled (each row copied), as NumPy shuffles a 2-D array. */
    public double[][] shuffle(double[][] rows) {
        int[] order = permutation(rows.length);
        double[][] c = new double[rows.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = rows[order[i]].clone();
        }
        return c;
    }

    /** A shuffled copy of {@code list} (unmodifiable); {@code list} is not changed. */
    public <T> List<T> shuffle(List<T> list) {
        int[] order = permutation(list.size());
        List<T> c = new ArrayList<>(list.size());
        for (int i : order) {
            c.add(list.get(i));
        }
        return java.util.Collections.unmodifiableList(c);
    }

    private int[] shuffleInPlace(int[] c) {
        for (int i = c.length - 1; i > 0; i--) {
            int j = Bounded.interval(mt, i);
            int t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return c;
    }

    // ------------------------------------------------------------------ choice

    /** {@code choice(n)}: one index in {@code 0..n-1}. */
    public int choice(int n) {
        return choice(n, 1, true, null)[0];
    }

    /** {@code choice(n, size)}: with replacement, uniform. */
    public int[] choice(int n, int size) {
        return choice(n, size, true, null);
    }

    /** {@code choice(n, size, replace)}, uniform. */
    public int[] choice(int n, int size, boolean replace) {
        return choice(n, size, replace, null);
    }

    /**
     * {@code choice(n, size, replace, p)}: indices in {@code 0..n-1}; {@code p} (or {@code null} for uniform) gives
     * each index's probability. With replacement: {@code randint(0, n, size)}, or with {@code p} one
     * {@code randomSample()} per index looked up in the cumulative sums of {@code p}. Without replacement: the first
     * {@code size} entries of {@code permutation(n)}, or with {@code p} rounds of {@code randomSample} lookups that
     * keep only new indices (chosen ones get weight 0) until {@code size} are chosen.
     */
    public int[] choice(int n, int size, boolean replace, double[] p) {
        return Choice.indices(this, n, size, replace, p == null ? null : p.clone());
    }

    /** {@code choice(a, size, replace)}: elements of {@code a}. */
    public int[] choice(int[] a, int size, boolean replace) {
        int[] idx = choice(a.length, size, replace, null);
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = a[idx[i]];
        }
        return out;
    }
}
