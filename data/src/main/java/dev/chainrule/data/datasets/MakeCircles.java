package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/**
 * scikit-learn's {@code make_circles}: a large circle (label 0) around a smaller one (label 1), the same numbers
 * for the same {@code random_state}.
 *
 * <pre>{@code
 * // X, y = make_circles(n_samples=200, noise=0.05, factor=0.5, random_state=0)
 * Dataset rings = MakeCircles.of(200).withNoise(0.05).withFactor(0.5).generate(0);
 * }</pre>
 *
 * <p>The outer circle is {@code (cos t, sin t)}, the inner {@code factor·(cos t, sin t)}, each with {@code t}
 * evenly spaced over [0, 2π) ({@code np.linspace} without the end point, so no point repeats). Then the rows are
 * shuffled with one {@code permutation(n)} (if {@code shuffle}) and Gaussian noise is added row by row, as
 * scikit-learn does.
 *
 * @param outer samples on the outer circle (label 0); {@code of(n)} puts {@code n / 2} here
 * @param inner samples on the inner circle (label 1); {@code of(n)} puts {@code n - n / 2} here
 * @param noise standard deviation of the Gaussian noise; 0 for none
 * @param factor radius of the inner circle relative to the outer one, in [0, 1)
 * @param shuffle whether to shuffle the rows
 */
public record MakeCircles(int outer, int inner, double noise, double factor, boolean shuffle) {
    /** Checks scikit-learn's rules. */
    public MakeCircles {
        Numpy.checkSamples("make_circles", "outer", outer);
        Numpy.checkSamples("make_circles", "inner", inner);
        Numpy.checkNoise("make_circles", noise);
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("make_circles: factor is the inner circle's radius relative to the"
                    + " outer one and must be >= 0 and < 1, got " + factor);
        }
    }

    /** {@code make_circles(n_samples=samples)}: no noise, factor 0.8, shuffled. */
    public static MakeCircles of(int samples) {
        Numpy.checkSamples("make_circles", "samples", samples);
        return new MakeCircles(samples / 2, samples - samples / 2, 0.0, 0.8, true);
    }

    public MakeCircles withNoise(double newNoise) {
        return new MakeCircles(outer, inner, newNoise, factor, shuffle);
    }

    public MakeCircles withFactor(double newFactor) {
        return new MakeCircles(outer, inner, noise, newFactor, shuffle);
    }

    public MakeCircles withShuffle(boolean newShuffle) {
        return new MakeCircles(outer, inner, noise, factor, newShuffle);
    }

    /** The dataset for {@code random_state=seed}. */
    public Dataset generate(long seed) {
        return generate(new RandomState(seed));
    }

    /** The dataset, drawing from {@code rng}. */
    public Dataset generate(RandomState rng) {
        int n = outer + inner;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] tOut = Numpy.linspace(0, 2 * Math.PI, outer, false);
        double[] tIn = Numpy.linspace(0, 2 * Math.PI, inner, false);
        for (int i = 0; i < outer; i++) {
            x[i] = new double[] {LibmTrig.cos(tOut[i]), LibmTrig.sin(tOut[i])};
        }
        for (int i = 0; i < inner; i++) {
            x[outer + i] = new double[] {LibmTrig.cos(tIn[i]) * factor, LibmTrig.sin(tIn[i]) * factor};
            y[outer + i] = 1;
        }
        if (shuffle) {
            Numpy.shuffleRows(x, y, rng);
        }
        Numpy.addNoise(x, noise, rng);
        return Dataset.of(x, y);
    }
}
