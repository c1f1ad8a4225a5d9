package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/**
 * The XOR problem as four Gaussian clusters, like seed 003's {@code data_xor.csv}: no straight line separates the
 * classes, a 2-2-1 network can.
 *
 * <pre>{@code
 * Dataset xor = Xor.of(200).generate(0);               // 4 clusters at (±1, ±1), standard deviation 0.3
 * Dataset wide = Xor.of(400).withNoise(0.5).withDistance(2).generate(7);
 * }</pre>
 *
 * <p>The clusters sit at {@code (-d, -d)}, {@code (-d, d)}, {@code (d, -d)}, {@code (d, d)} in that order, and a
 * point's label is the exclusive or of its centre's signs: 1 for {@code (-d, d)} and {@code (d, -d)}, 0 for the
 * other two. The points are exactly scikit-learn's
 * {@code make_blobs(n_samples, centers=[[-d, -d], [-d, d], [d, -d], [d, d]], cluster_std=noise, shuffle=shuffle,
 * random_state=seed)} with the cluster index {@code 0, 1, 2, 3} mapped to the label {@code 0, 1, 1, 0}, so a
 * Python notebook can make the same data.
 *
 * @param samples the number of points, shared among the clusters as {@code make_blobs} does
 * @param noise the clusters' standard deviation
 * @param distance {@code d}, each centre's distance from either axis
 * @param shuffle whether to shuffle the rows
 */
public record Xor(int samples, double noise, double distance, boolean shuffle) {
    private static final int[] LABEL_OF_CLUSTER = {0, 1, 1, 0};

    /** Checks the parameters. */
    public Xor {
        Numpy.checkSamples("xor", "samples", samples);
        Numpy.checkNoise("xor", noise);
        if (!(distance > 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("xor: distance must be a finite number > 0, got " + distance);
        }
    }

    /** {@code samples} points, standard deviation 0.3, centres at (±1, ±1), shuffled. */
    public static Xor of(int samples) {
        return new Xor(samples, 0.3, 1.0, true);
    }

    public Xor withNoise(double std) {
        return new Xor(samples, std, distance, shuffle);
    }

    public Xor withDistance(double d) {
        return new Xor(samples, noise, d, shuffle);
    }

    public Xor withShuffle(boolean rows) {
        return new Xor(samples, noise, distance, rows);
    }

    /** The dataset for {@code seed}. */
    public Dataset generate(long seed) {
        return generate(new RandomState(seed));
    }

    /** The dataset, drawing from {@code rng}. */
    public Dataset generate(RandomState rng) {
        double d = distance;
        Dataset blobs = MakeBlobs.of(samples).withCenters(new double[][] {{-d, -d}, {-d, d}, {d, -d}, {d, d}})
                .withClusterStd(noise).withShuffle(shuffle).generate(rng);
        int[] cluster = blobs.labels();
        int[] y = new int[cluster.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = LABEL_OF_CLUSTER[cluster[i]];
        }
        return Dataset.of(blobs.x(), y);
    }
}
