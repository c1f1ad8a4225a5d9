package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/**
 * scikit-learn's {@code make_moons}: two interleaving half circles, the same numbers for the same
 * {@code random_state}.
 *
 * <pre>{@code
 * // X, y = make_moons(n_samples=500, noise=0.2, random_state=42)
 * Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);
 * }</pre>
 *
 * <p>The outer moon (label 0) is {@code (cos t, sin t)} and the inner one (label 1) {@code (1 - cos t, 0.5 - sin t)}
 * for {@code t} evenly spaced over [0, π] ({@code np.linspace}, end point included). Then, as scikit-learn does:
 * the rows are shuffled with one {@code permutation(n)} (if {@code shuffle}), and Gaussian noise with standard
 * deviation {@code noise} is added to every coordinate, row by row. {@code sin} and {@code cos} are computed
 * exactly as the C library does, so the points are NumPy's to the last bit where NumPy uses the C library's
 * {@code sin} and {@code cos}; on CPUs with AVX-512 some NumPy versions do not, and their points differ in the last
 * bit or two (see {@link dev.chainrule.data.datasets}).
 *
 * @param outer samples in the outer moon (label 0); {@code of(n)} puts {@code n / 2} here
 * @param inner samples in the inner moon (label 1); {@code of(n)} puts {@code n - n / 2} here
 * @param noise standard deviation of the Gaussian noise; 0 for none (scikit-learn's {@code noise=None})
 * @param shuffle whether to shuffle the rows
 */
public record MakeMoons(int outer, int inner, double noise, boolean shuffle) {
    /** Checks scikit-learn's rules. */
    public MakeMoons {
        Numpy.checkSamples("make_moons", "outer", outer);
        Numpy.checkSamples("make_moons", "inner", inner);
        Numpy.checkNoise("make_moons", noise);
    }

    /** {@code make_moons(n_samples=samples)}: no noise, shuffled. */
    public static MakeMoons of(int samples) {
        Numpy.checkSamples("make_moons", "samples", samples);
        return new MakeMoons(samples / 2, samples - samples / 2, 0.0, true);
    }

    public MakeMoons withNoise(double newNoise) {
        return new MakeMoons(outer, inner, newNoise, shuffle);
    }

    public MakeMoons withShuffle(boolean newShuffle) {
        return new MakeMoons(outer, inner, noise, newShuffle);
    }

    /** The dataset for {@code random_state=seed}. */
    public Dataset generate(long seed) {
        return generate(new RandomState(seed));
    }

    /** The dataset, drawing from {@code rng} (as passing a {@code RandomState} instance to scikit-learn). */
    public Dataset generate(RandomState rng) {
        int n = outer + inner;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] tOut = Numpy.linspace(0, Math.PI, outer, true);
        double[] tIn = Numpy.linspace(0, Math.PI, inner, true);
        for (int i = 0; i < outer; i++) {
            x[i] = new double[] {LibmTrig.cos(tOut[i]), LibmTrig.sin(tOut[i])};
        }
        for (int i = 0; i < inner; i++) {
            x[outer + i] = new double[] {1 - LibmTrig.cos(tIn[i]), 1 - LibmTrig.sin(tIn[i]) - 0.5};
            y[outer + i] = 1;
        }
        if (shuffle) {
            Numpy.shuffleRows(x, y, rng);
        }
        Numpy.addNoise(x, noise, rng);
        return Dataset.of(x, y);
    }
}
