package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/** The few NumPy and scikit-learn building blocks the generators share, with NumPy's rounding. Package-private. */
final class Numpy {
    private Numpy() {
    }

    /**
     * {@code np.linspace(start, stop, num, endpoint)}: {@code start + i·step} with {@code step = (stop - start) / div},
     * {@code div = num - 1} with the end point (which is then set to {@code stop} exactly) or {@code num} without.
     */
    static double[] linspace(double start, double stop, int num, boolean endpoint) {
        double[] out = new double[num];
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = delta / div;
        for (int i = 0; i < num; i++) {
            double v = div > 0 ? (step == 0 ? i / (double) div * delta : i * step) : i * delta;
            out[i] = v + start;
        }
        if (endpoint && num > 1) {
            out[num - 1] = stop;
        }
        return out;
    }

    /**
     * {@code sklearn.utils.shuffle(X, y, random_state=rng)}: one {@code rng.permutation(n)}, rows and labels taken in
     * that order. Returns the permutation; {@code x} and {@code y} are reordered in place.
     */
    static int[] shuffleRows(double[][] x, int[] y, RandomState rng) {
        int[] perm = rng.permutation(x.length);
        double[][] xs = x.clone();
        int[] ys = y.clone();
        for (int i = 0; i < perm.length; i++) {
            x[i] = xs[perm[i]];
            y[i] = ys[perm[i]];
        }
        return perm;
    }

    /** {@code X += rng.normal(scale=noise, size=X.shape)}, row by row; nothing is drawn for noise 0 (sklearn's None). */
    static void addNoise(double[][] x, double noise, RandomState rng) {
        if (noise == 0.0) {
            return;
        }
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] += rng.normal(0.0, noise);
            }
        }
    }

    static void checkNoise(String generator, double noise) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(generator + ": noise is the standard deviation of the Gaussian noise"
                    + " and must be a finite number >= 0, got " + noise);
        }
    }

    static void checkSamples(String generator, String name, int n) {
        if (n < 0) {
            throw new IllegalArgumentException(generator + ": " + name + " must be >= 0, got " + n);
        }
    }
}
