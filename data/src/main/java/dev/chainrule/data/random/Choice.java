package dev.chainrule.data.random;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The four cases of NumPy's legacy {@code RandomState.choice(n, size, replace, p)}. Package-private.
 *
 * <ul>
 *   <li>With replacement, uniform: {@code randint(0, n, size)}.</li>
 *   <li>With replacement, weighted: the running sums of {@code p} divided by the last one form a cumulative
 *       distribution {@code cdf}; each of {@code size} uniform draws {@code u} picks the first index whose
 *       {@code cdf} exceeds {@code u}.</li>
 *   <li>Without replacement, uniform: the first {@code size} entries of {@code permutation(n)}.</li>
 *   <li>Without replacement, weighted: draw as many uniforms as indices are still missing, map them through the
 *       cumulative distribution of the remaining weights (chosen indices get weight 0), keep each new index the
 *       first time it appears, and repeat until {@code size} indices are chosen.</li>
 * </ul>
 */
final class Choice {
    /** NumPy's tolerance for {@code sum(p) == 1}: the square root of the double epsilon. */
    private static final double ATOL = Math.sqrt(Math.ulp(1.0));

    private Choice() {
    }

    static int[] indices(RandomState rng, int n, int size, boolean replace, double[] p) {
        Checks.size(size, "size");
        if (n <= 0 && size != 0) {
            throw new IllegalArgumentException("choice: n must be > 0 unless no samples are taken, got " + n);
        }
        if (p != null) {
            checkProbabilities(n, p);
        }
        if (replace) {
            return p == null ? uniformWithReplacement(rng, n, size) : weightedWithReplacement(rng, p, size);
        }
        if (size > n) {
            throw new IllegalArgumentException("choice: cannot take a larger sample (" + size
                    + ") than the population (" + n + ") without replacement");
        }
        if (p == null) {
            int[] perm = rng.permutation(n);
            return java.util.Arrays.copyOf(perm, size);
        }
        return weightedWithoutReplacement(rng, p, size);
    }

    private static void checkProbabilities(int n, double[] p) {
        if (p.length != n) {
            throw new IllegalArgumentException("choice: p must have one probability per element: " + n
                    + " elements but " + p.length + " probabilities");
        }
        double sum = 0.0;
        double c = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) {
                throw new IllegalArgumentException("choice: p[" + i + "] is NaN");
            }
            if (p[i] < 0) {
                throw new IllegalArgumentException("choice: probabilities must be >= 0, p[" + i + "] = " + p[i]);
            }
            double y = p[i] - c; // Kahan summation, as NumPy checks the sum
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        if (Math.abs(sum - 1.0) > ATOL) {
            throw new IllegalArgumentException("choice: probabilities must sum to 1, they sum to " + sum);
        }
    }

    private static int[] uniformWithReplacement(RandomState rng, int n, int size) {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) rng.randint(0, n);
        }
        return out;
    }

    private static int[] weightedWithReplacement(RandomState rng, double[] p, int size) {
        double[] cdf = cdf(p);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = searchRight(cdf, rng.randomSample());
        }
        return out;
    }

    private static int[] weightedWithoutReplacement(RandomState rng, double[] p, int size) {
        int positive = 0;
        for (double v : p) {
            positive += v > 0 ? 1 : 0;
        }
        if (positive < size) {
            throw new IllegalArgumentException("choice: only " + positive + " probabilities are non-zero, fewer than size "
                    + size);
        }
        double[] weights = p.clone();
        int[] found = new int[size];
        int chosen = 0;
        while (chosen < size) {
            double[] u = rng.randomSample(size - chosen);
            for (int i = 0; i < chosen; i++) {
                weights[found[i]] = 0.0;
            }
            double[] cdf = cdf(weights);
            Set<Integer> fresh = new LinkedHashSet<>();
            for (double v : u) {
                fresh.add(searchRight(cdf, v));
            }
            for (int idx : fresh) {
                found[chosen++] = idx;
            }
        }
        return found;
    }

    /** Running sums divided by the total, as {@code cumsum(p) / cumsum(p)[-1]}. */
    private static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            cdf[i] = s;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return cdf;
    }

    /** The number of {@code cdf} entries {@code <= u} ({@code searchsorted(side='right')}). */
    private static int searchRight(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
