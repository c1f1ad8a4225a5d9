package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/**
 * The four classification data sets of the TensorFlow Playground (seed 002, Exercise 3): circle, XOR, Gaussian and
 * spiral, drawn from a {@link RandomState} so that a seed gives the same points every time.
 *
 * <pre>{@code
 * Dataset spiral = Playground.spiral(500, 0.0, 42);
 * Dataset noisy = Playground.generate(Playground.Kind.CIRCLE, 500, 0.25, 7);
 * Dataset seven = PlaygroundFeature.map(spiral, PlaygroundFeature.values());   // all 7 input features
 * }</pre>
 *
 * <p>The distributions are the Playground's ({@code dataset.ts}); its label +1 is 1 here and -1 is 0, and, as
 * there, the points come class by class, unshuffled (shuffle or split them with {@code TrainTestSplit}). Where the
 * Playground calls {@code Math.random()}, {@code uniform(a, b)} below is {@link RandomState#uniform(double, double)},
 * one draw each, in the order written; {@code noise} is the Playground's noise slider divided by 100 (0 to 0.5).
 * Of {@code n} points the first class gets {@code n - n/2}, the second {@code n/2}. Sine and cosine are the C
 * library's, so NumPy code can make the same points.
 * <ul>
 *   <li><b>circle</b> — radius {@code R = 5}. Label 1 first: {@code r = uniform(0, R/2)}, then label 0:
 *       {@code r = uniform(0.7 R, R)}; each point {@code (r sin a, r cos a)} with {@code a = uniform(0, 2π)}. Then
 *       {@code uniform(-R, R)·noise} is added to x and to y, and the label becomes 1 if that noisy point lies within
 *       {@code R/2} of the origin, else 0; as in the Playground, the stored point is the one without noise.</li>
 *   <li><b>xor</b> — {@code x = uniform(-5, 5)} moved 0.3 away from 0, likewise {@code y}; label 1 if
 *       {@code (x + uniform(-5, 5)·noise)·(y + uniform(-5, 5)·noise) >= 0}, else 0; the point stored without
 *       noise.</li>
 *   <li><b>gauss</b> — two Gaussian clouds, label 1 around (2, 2) and label 0 around (-2, -2), variance
 *       {@code 0.5 + 7·noise} (0.5 to 4): x and y each {@code normal(centre, √variance)}.</li>
 *   <li><b>spiral</b> — two spirals; point {@code i} of {@code m} has {@code r = 5i/m},
 *       {@code t = 1.75·2π·i/m + Δ} (Δ = 0 for label 1, π for label 0) and is
 *       {@code (r sin t + uniform(-1, 1)·noise, r cos t + uniform(-1, 1)·noise)}.</li>
 * </ul>
 */
public final class Playground {
    /** The Playground's classification data sets. */
    public enum Kind { CIRCLE, XOR, GAUSS, SPIRAL }

    private Playground() {
    }

    /** The data set {@code kind} with {@code samples} points and {@code noise}, for {@code seed}. */
    public static Dataset generate(Kind kind, int samples, double noise, long seed) {
        return generate(kind, samples, noise, new RandomState(seed));
    }

    /** The data set {@code kind}, drawing from {@code rng}. */
    public static Dataset generate(Kind kind, int samples, double noise, RandomState rng) {
        Numpy.checkSamples("playground", "samples", samples);
        Numpy.checkNoise("playground", noise);
        double[][] x = new double[samples][];
        int[] y = new int[samples];
        int first = samples - samples / 2;
        switch (kind) {
            case CIRCLE -> circle(x, y, first, noise, rng);
            case XOR -> xor(x, y, noise, rng);
            case GAUSS -> gauss(x, y, first, noise, rng);
            case SPIRAL -> spiral(x, y, first, noise, rng);
        }
        return Dataset.of(x, y);
    }

    public static Dataset circle(int samples, double noise, long seed) {
        return generate(Kind.CIRCLE, samples, noise, seed);
    }

    public static Dataset xor(int samples, double noise, long seed) {
        return generate(Kind.XOR, samples, noise, seed);
    }

    public static Dataset gauss(int samples, double noise, long seed) {
        return generate(Kind.GAUSS, samples, noise, seed);
    }

    public static Dataset spiral(int samples, double noise, long seed) {
        return generate(Kind.SPIRAL, samples, noise, seed);
    }

    private static void circle(double[][] x, int[] y, int first, double noise, RandomState rng) {
        double radius = 5;
        for (int i = 0; i < x.length; i++) {
            double r = i < first ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
            double angle = rng.uniform(0, 2 * Math.PI);
            double px = r * LibmTrig.sin(angle);
            double py = r * LibmTrig.cos(angle);
            double nx = px + rng.uniform(-radius, radius) * noise;
            double ny = py + rng.uniform(-radius, radius) * noise;
            x[i] = new double[] {px, py};
            y[i] = Math.sqrt(nx * nx + ny * ny) < radius * 0.5 ? 1 : 0;
        }
    }

    private static void xor(double[][] x, int[] y, double noise, RandomState rng) {
        double padding = 0.3;
        for (int i = 0; i < x.length; i++) {
            double px = rng.uniform(-5, 5);
            px += px > 0 ? padding : -padding;
            double py = rng.uniform(-5, 5);
            py += py > 0 ? padding : -padding;
            double nx = px + rng.uniform(-5, 5) * noise;
            double ny = py + rng.uniform(-5, 5) * noise;
            x[i] = new double[] {px, py};
            y[i] = nx * ny >= 0 ? 1 : 0;
        }
    }

    private static void gauss(double[][] x, int[] y, int first, double noise, RandomState rng) {
        double std = Math.sqrt(0.5 + 7 * noise);
        for (int i = 0; i < x.length; i++) {
            double c = i < first ? 2 : -2;
            x[i] = new double[] {rng.normal(c, std), rng.normal(c, std)};
            y[i] = i < first ? 1 : 0;
        }
    }

    private static void spiral(double[][] x, int[] y, int first, double noise, RandomState rng) {
        for (int i = 0; i < x.length; i++) {
            boolean positive = i < first;
            int m = positive ? first : x.length - first;
            int k = positive ? i : i - first;
            double r = (double) k / m * 5;
            double t = 1.75 * k / m * 2 * Math.PI + (positive ? 0 : Math.PI);
            double px = r * LibmTrig.sin(t) + rng.uniform(-1, 1) * noise;
            double py = r * LibmTrig.cos(t) + rng.uniform(-1, 1) * noise;
            x[i] = new double[] {px, py};
            y[i] = positive ? 1 : 0;
        }
    }
}
