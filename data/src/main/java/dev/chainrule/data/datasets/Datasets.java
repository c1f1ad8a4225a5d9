package dev.chainrule.data.datasets;

/**
 * The seeds' data sets by scikit-learn's names, with scikit-learn's numbers for the same {@code random_state}. For
 * every parameter use the generator classes ({@link MakeMoons}, {@link MakeCircles}, {@link MakeBlobs},
 * {@link MakeClassification}, {@link Xor}, {@link Playground}).
 *
 * <pre>{@code
 * Dataset moons = Datasets.makeMoons(500, 0.2, 42);      // make_moons(n_samples=500, noise=0.2, random_state=42)
 * Dataset blobs = Datasets.makeBlobs(100, 2, 3, 0);      // make_blobs(100, 2, centers=3, random_state=0)
 * Dataset cls = Datasets.makeClassification(100, 20, 1); // make_classification(100, 20, random_state=1)
 * }</pre>
 */
public final class Datasets {
    private Datasets() {
    }

    /** {@code make_moons(n_samples=samples, noise=noise, random_state=seed)}. */
    public static Dataset makeMoons(int samples, double noise, long seed) {
        return MakeMoons.of(samples).withNoise(noise).generate(seed);
    }

    /** {@code make_circles(n_samples=samples, noise=noise, factor=factor, random_state=seed)}. */
    public static Dataset makeCircles(int samples, double noise, double factor, long seed) {
        return MakeCircles.of(samples).withNoise(noise).withFactor(factor).generate(seed);
    }

    /** {@code make_blobs(n_samples=samples, n_features=features, centers=centers, random_state=seed)}. */
    public static Dataset makeBlobs(int samples, int features, int centers, long seed) {
        return MakeBlobs.of(samples).withFeatures(features).withCenters(centers).generate(seed);
    }

    /** {@code make_classification(n_samples=samples, n_features=features, random_state=seed)}. */
    public static Dataset makeClassification(int samples, int features, long seed) {
        return MakeClassification.of(samples, features).generate(seed);
    }

    /** Seed 003's XOR: four Gaussian clusters at (±1, ±1) with standard deviation {@code noise}. */
    public static Dataset xor(int samples, double noise, long seed) {
        return Xor.of(samples).withNoise(noise).generate(seed);
    }

    /** The Playground's two spirals. */
    public static Dataset spiral(int samples, double noise, long seed) {
        return Playground.spiral(samples, noise, seed);
    }
}
