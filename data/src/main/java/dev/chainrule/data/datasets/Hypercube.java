package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;
import java.util.HashSet;
import java.util.Set;

/**
 * The vertices of {@code make_classification}'s hypercube ({@code _generate_hypercube}) and scikit-learn's
 * {@code sample_without_replacement}, with the same draws. Package-private.
 */
final class Hypercube {
    private Hypercube() {
    }

    /**
     * {@code samples} distinct vertices of the {@code dimensions}-cube as rows of 0/1. Up to 30 dimensions the
     * vertices are distinct integers below {@code 2^dimensions} written in binary, most significant bit first;
     * beyond 30, the leading {@code dimensions - 30} coordinates are plain {@code randint(2)} draws (row by row),
     * made before the remaining 30-dimensional vertices.
     */
    static int[][] vertices(int samples, int dimensions, RandomState rng) {
        int[][] out = new int[samples][dimensions];
        int free = Math.max(0, dimensions - 30);
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < free; j++) {
                out[i][j] = (int) rng.randint(2);
            }
        }
        int bits = dimensions - free;
        long[] codes = sampleWithoutReplacement(1L << bits, samples, rng);
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < bits; j++) {
                out[i][free + j] = (int) (codes[i] >>> (bits - 1 - j)) & 1;
            }
        }
        return out;
    }

    /**
     * {@code sample_without_replacement(population, samples, method="auto")}: {@code samples} distinct integers
     * below {@code population}. scikit-learn picks the method by the ratio {@code samples / population}: strictly
     * between 0.01 and 0.99 the first entries of {@code permutation(population)}; below 0.2 otherwise "tracking
     * selection" ({@code randint(population)} until an unseen value comes up, for each sample); else "reservoir
     * sampling" (start with {@code 0..samples-1}; for {@code i = samples … population-1} draw
     * {@code j = randint(0, i + 1)} and put {@code i} at position {@code j} if {@code j < samples}).
     */
    static long[] sampleWithoutReplacement(long population, int samples, RandomState rng) {
        if (samples > population) {
            throw new IllegalArgumentException("cannot sample " + samples + " distinct values from " + population);
        }
        double ratio = population != 0 ? (double) samples / population : 1.0;
        long[] out = new long[samples];
        if (ratio > 0.01 && ratio < 0.99) {
            int[] perm = rng.permutation(Math.toIntExact(population));
            for (int i = 0; i < samples; i++) {
                out[i] = perm[i];
            }
        } else if (ratio < 0.2) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < samples; i++) {
                long j = rng.randint(population);
                while (!seen.add(j)) {
                    j = rng.randint(population);
                }
                out[i] = j;
            }
        } else {
            for (int i = 0; i < samples; i++) {
                out[i] = i;
            }
            for (long i = samples; i < population; i++) {
                long j = rng.randint(0, i + 1);
                if (j < samples) {
                    out[(int) j] = i;
                }
            }
        }
        return out;
    }
}
