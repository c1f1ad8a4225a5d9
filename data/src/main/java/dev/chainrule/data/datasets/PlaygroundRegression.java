package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/**
 * The two regression data sets of the TensorFlow Playground, as scikit-learn makes its generated sets: a function
 * of the number of samples, the noise and a seed, returning a {@link Dataset} with real-valued targets in
 * {@code [-1, 1]}. Where the Playground calls {@code Math.random()}, {@code uniform(a, b)} below is
 * {@link RandomState#uniform(double, double)}, one draw each, in the order written; {@code noise} is the
 * Playground's noise slider divided by 100 (0 to 0.5).
 * <ul>
 *   <li><b>plane</b> — {@code x1 = uniform(-6, 6)}, {@code x2 = uniform(-6, 6)}; the target is
 *       {@code (x1 + n1 + x2 + n2) / 10} with {@code n1, n2 = uniform(-6, 6)·noise}: a tilted plane.</li>
 *   <li><b>multi-Gaussian</b> — the same points; the target is that of the six bumps of radius 2 around
 *       {@code (±4, ±2.5)} and {@code (0, ±2.5)}, signs alternating, whose value {@code sign·max(0, 1 − d/2)} at
 *       the noisy point (distance {@code d} from the centre) is largest in size; 0 away from all of them.</li>
 * </ul>
 * As in the Playground, the stored point is the one without noise.
 *
 * <pre>{@code
 * Dataset plane = PlaygroundRegression.plane(500, 0.0, 42);        // y = (x1 + x2) / 10
 * Dataset bumps = PlaygroundRegression.multiGauss(500, 0.1, 7);
 * Dataset same = PlaygroundRegression.generate(PlaygroundRegression.Kind.PLANE, 500, 0.0, 42);
 * }</pre>
 */
public final class PlaygroundRegression {
    /** The Playground's regression data sets. */
    public enum Kind { PLANE, MULTI_GAUSS }

    private static final double RADIUS = 6;
    /** The bumps of the multi-Gaussian set: centre x, centre y, sign. */
    private static final double[][] BUMPS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1},
        {4, -2.5, -1}};

    private PlaygroundRegression() {
    }

    /** The data set {@code kind} with {@code samples} points and {@code noise}, for {@code seed}. */
    public static Dataset generate(Kind kind, int samples, double noise, long seed) {
        return generate(kind, samples, noise, new RandomState(seed));
    }

    /** The data set {@code kind}, drawing from {@code rng}. */
    public static Dataset generate(Kind kind, int samples, double noise, RandomState rng) {
        Numpy.checkSamples("playground regression", "samples", samples);
        Numpy.checkNoise("playground regression", noise);
        double[][] x = new double[samples][];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            double px = rng.uniform(-RADIUS, RADIUS);
            double py = rng.uniform(-RADIUS, RADIUS);
            double nx = px + rng.uniform(-RADIUS, RADIUS) * noise;
            double ny = py + rng.uniform(-RADIUS, RADIUS) * noise;
            x[i] = new double[] {px, py};
            y[i] = kind == Kind.PLANE ? plane(nx, ny) : bumps(nx, ny);
        }
        return new Dataset(x, y);
    }

    public static Dataset plane(int samples, double noise, long seed) {
        return generate(Kind.PLANE, samples, noise, seed);
    }

    public static Dataset multiGauss(int samples, double noise, long seed) {
        return generate(Kind.MULTI_GAUSS, samples, noise, seed);
    }

    /** The plane's target at {@code (x1, x2)}: {@code (x1 + x2) / 10}, so that it spans {@code [-1, 1]} over the square. */
    public static double plane(double x1, double x2) {
        return (x1 + x2) / 10;
    }

    /** The multi-Gaussian target at {@code (x1, x2)}: the bump whose value there is largest in size. */
    public static double bumps(double x1, double x2) {
        double label = 0;
        for (double[] b : BUMPS) {
            double d = Math.sqrt((x1 - b[0]) * (x1 - b[0]) + (x2 - b[1]) * (x2 - b[1]));
            double value = b[2] * Math.max(0, 1 - d / 2);
            if (Math.abs(value) > Math.abs(label)) {
                label = value;
            }
        }
        return label;
    }
}
