package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;
import java.util.Arrays;

/**
 * scikit-learn's {@code make_blobs}: isotropic Gaussian clusters, the same numbers for the same
 * {@code random_state}. Immutable; each {@code with…} method returns a changed copy.
 *
 * <pre>{@code
 * // X, y = make_blobs(n_samples=150, n_features=3, centers=4, cluster_std=0.5, random_state=1)
 * Dataset blobs = MakeBlobs.of(150).withFeatures(3).withCenters(4).withClusterStd(0.5).generate(1);
 * // X, y = make_blobs(n_samples=[10, 20, 5], center_box=(-5, 5), random_state=7)
 * Dataset uneven = MakeBlobs.ofCounts(10, 20, 5).withCenterBox(-5, 5).generate(7);
 * }</pre>
 *
 * <p>As scikit-learn does: unless the centres are given, they are drawn first, uniformly in the centre box, one
 * centre after the other ({@code uniform(low, high, size=(centers, features))}). With a total sample count {@code n}
 * and {@code k} centres each centre gets {@code n / k} samples and the first {@code n % k} one more. Then, centre by
 * centre, the samples are {@code normal(centre, std)} row by row and get the centre's index as label. Finally the
 * rows are shuffled with one {@code permutation(n)}.
 *
 * <p>Parameters are checked one by one when set; the rules that tie them together (one standard deviation per
 * centre, one centre per count) when generating.
 */
public final class MakeBlobs {
    private static final String NAME = "make_blobs";
    private final int samples;
    private final int[] counts;
    private final int features;
    private final int centerCount;
    private final double[][] centers;
    private final double[] clusterStd;
    private final double boxLow;
    private final double boxHigh;
    private final boolean shuffle;

    private MakeBlobs(int samples, int[] counts, int features, int centerCount, double[][] centers,
            double[] clusterStd, double boxLow, double boxHigh, boolean shuffle) {
        this.samples = samples;
        this.counts = counts;
        this.features = features;
        this.centerCount = centerCount;
        this.centers = centers;
        this.clusterStd = clusterStd;
        this.boxLow = boxLow;
        this.boxHigh = boxHigh;
        this.shuffle = shuffle;
        check();
    }

    /** {@code make_blobs(n_samples=samples)}: 2 features, 3 centres in the box (-10, 10), standard deviation 1. */
    public static MakeBlobs of(int samples) {
        Numpy.checkSamples(NAME, "samples", samples);
        return new MakeBlobs(samples, null, 2, 3, null, new double[] {1.0}, -10.0, 10.0, true);
    }

    /** {@code make_blobs(n_samples=[c0, c1, ...])}: one centre per count, {@code counts[i]} samples around it. */
    public static MakeBlobs ofCounts(int... counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException(NAME + ": give at least one count of samples per centre");
        }
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            Numpy.checkSamples(NAME, "counts[" + i + "]", counts[i]);
            total = Math.addExact(total, counts[i]);
        }
        return new MakeBlobs(total, counts.clone(), 2, counts.length, null, new double[] {1.0}, -10.0, 10.0, true);
    }

    /** The number of features of drawn centres (ignored when the centres are given). */
    public MakeBlobs withFeatures(int newFeatures) {
        return new MakeBlobs(samples, counts, newFeatures, centerCount, centers, clusterStd, boxLow, boxHigh, shuffle);
    }

    /** Draw this many centres in the centre box. */
    public MakeBlobs withCenters(int count) {
        return new MakeBlobs(samples, counts, features, count, null, clusterStd, boxLow, boxHigh, shuffle);
    }

    /** These centres, one per row (their length is the number of features). */
    public MakeBlobs withCenters(double[][] points) {
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        return new MakeBlobs(samples, counts, features, points.length, copy, clusterStd, boxLow, boxHigh, shuffle);
    }

    /** The same standard deviation for every cluster. */
    public MakeBlobs withClusterStd(double std) {
        return withClusterStd(new double[] {std});
    }

    /** One standard deviation per cluster (or a single one for all). */
    public MakeBlobs withClusterStd(double... std) {
        return new MakeBlobs(samples, counts, features, centerCount, centers, std.clone(), boxLow, boxHigh, shuffle);
    }

    /** The box {@code (low, high)} in which centres are drawn, the same for every feature. */
    public MakeBlobs withCenterBox(double low, double high) {
        return new MakeBlobs(samples, counts, features, centerCount, centers, clusterStd, low, high, shuffle);
    }

    public MakeBlobs withShuffle(boolean newShuffle) {
        return new MakeBlobs(samples, counts, features, centerCount, centers, clusterStd, boxLow, boxHigh, newShuffle);
    }

    private void check() {
        if (features < 1) {
            throw new IllegalArgumentException(NAME + ": features must be >= 1, got " + features);
        }
        if (centerCount < 1) {
            throw new IllegalArgumentException(NAME + ": there must be at least one centre, got " + centerCount);
        }
        if (centers != null) {
            for (int i = 0; i < centers.length; i++) {
                if (centers[i].length == 0 || centers[i].length != centers[0].length) {
                    throw new IllegalArgumentException(NAME + ": centre " + i + " has " + centers[i].length
                            + " coordinates but centre 0 has " + centers[0].length);
                }
            }
        }
        for (double s : clusterStd) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException(NAME + ": cluster standard deviations must be finite and >= 0, got "
                        + s);
            }
        }
        if (!Double.isFinite(boxHigh - boxLow)) {
            throw new IllegalArgumentException(NAME + ": the centre box must be finite, got (" + boxLow + ", "
                    + boxHigh + ")");
        }
    }

    /** The dataset for {@code random_state=seed}. */
    public Dataset generate(long seed) {
        return generate(new RandomState(seed));
    }

    /** The dataset, drawing from {@code rng}. */
    public Dataset generate(RandomState rng) {
        checkTogether();
        double[][] c = centers != null ? centers : rng.uniform(boxLow, boxHigh, centerCount, features);
        int d = c[0].length;
        int[] perCenter = counts != null ? counts : split(samples, centerCount);
        double[][] x = new double[samples][];
        int[] y = new int[samples];
        int row = 0;
        for (int i = 0; i < c.length; i++) {
            double std = clusterStd.length == 1 ? clusterStd[0] : clusterStd[i];
            for (int r = 0; r < perCenter[i]; r++, row++) {
                x[row] = new double[d];
                for (int j = 0; j < d; j++) {
                    x[row][j] = rng.normal(c[i][j], std);
                }
                y[row] = i;
            }
        }
        if (shuffle) {
            Numpy.shuffleRows(x, y, rng);
        }
        return Dataset.of(x, y);
    }

    /** The rules that tie parameters together, checked when generating so the {@code with…} order is free. */
    private void checkTogether() {
        if (counts != null && centerCount != counts.length) {
            throw new IllegalArgumentException(NAME + ": with samples given per centre there is one centre per count ("
                    + counts.length + "), not " + centerCount);
        }
        if (clusterStd.length != 1 && clusterStd.length != centerCount) {
            throw new IllegalArgumentException(NAME + ": give one cluster standard deviation per centre ("
                    + centerCount + ") or a single one, got " + clusterStd.length);
        }
    }

    private static int[] split(int n, int k) {
        int[] out = new int[k];
        Arrays.fill(out, n / k);
        for (int i = 0; i < n % k; i++) {
            out[i]++;
        }
        return out;
    }

    @Override
    public String toString() {
        return "MakeBlobs[samples=" + (counts != null ? Arrays.toString(counts) : samples) + ", features="
                + (centers != null ? centers[0].length : features) + ", centers="
                + (centers != null ? Arrays.deepToString(centers) : centerCount) + ", clusterStd="
                + Arrays.toString(clusterStd) + ", centerBox=(" + boxLow + ", " + boxHigh + "), shuffle=" + shuffle + "]";
    }
}
