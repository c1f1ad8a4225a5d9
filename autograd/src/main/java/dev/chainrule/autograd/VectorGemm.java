package dev.chainrule.autograd;

import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Large matrix products with the JDK's Vector API (the incubating {@code jdk.incubator.vector} module). The result
 * is computed in tiles of four rows by two vectors, held in eight registers while fused multiply-adds add the
 * contributions of a block of {@value #K_BLOCK} steps of the inner dimension; blocking keeps that slice of {@code b}
 * in cache while every row tile uses it. Row tiles are split over the cores. Rows and columns left over at the edges
 * are plain dot products. Only {@link MatrixProducts} calls it, and only when the module is present (the
 * {@code chainrule} launcher and the test runs add it); otherwise EJML does the work.
 */
final class VectorGemm {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int WIDTH = 2 * LANES;
    private static final int ROWS = 4;
    private static final int K_BLOCK = 256;

    private VectorGemm() {
    }

    /** The fewest result columns for which the vector tiles are worth it. */
    static int minColumns() {
        return WIDTH;
    }

    /** {@code out = a @ b} for row-major {@code a} ({@code r x n}) and {@code b} ({@code n x c}); {@code out} starts at 0. */
    static void multiply(double[] a, double[] b, double[] out, int r, int n, int c, boolean parallel) {
        int tiles = r / ROWS;
        int columns = c - c % WIDTH;
        int parts = parallel ? Math.min(tiles, Runtime.getRuntime().availableProcessors()) : 1;
        IntStream.range(0, Math.max(1, parts)).parallel().forEach(part -> {
            int first = tiles * part / Math.max(1, parts);
            int last = tiles * (part + 1) / Math.max(1, parts);
            for (int k0 = 0; k0 < n; k0 += K_BLOCK) {
                int k1 = Math.min(n, k0 + K_BLOCK);
                for (int j = 0; j < columns; j += WIDTH) {
                    for (int t = first; t < last; t++) {
                        tile(a, b, out, t * ROWS, j, k0, k1, n, c);
                    }
                }
            }
        });
        dots(a, b, out, 0, tiles * ROWS, columns, c, n, c);
        dots(a, b, out, tiles * ROWS, r, 0, c, n, c);
    }

    /** Adds steps {@code k0..k1-1} to rows {@code i..i+3}, columns {@code j..j+WIDTH-1} of the result. */
    private static void tile(double[] a, double[] b, double[] out, int i, int j, int k0, int k1, int n, int c) {
        int o = i * c + j;
        DoubleVector c00 = DoubleVector.fromArray(SPECIES, out, o);
        DoubleVector c01 = DoubleVector.fromArray(SPECIES, out, o + LANES);
        DoubleVector c10 = DoubleVector.fromArray(SPECIES, out, o + c);
        DoubleVector c11 = DoubleVector.fromArray(SPECIES, out, o + c + LANES);
        DoubleVector c20 = DoubleVector.fromArray(SPECIES, out, o + 2 * c);
        DoubleVector c21 = DoubleVector.fromArray(SPECIES, out, o + 2 * c + LANES);
        DoubleVector c30 = DoubleVector.fromArray(SPECIES, out, o + 3 * c);
        DoubleVector c31 = DoubleVector.fromArray(SPECIES, out, o + 3 * c + LANES);
        int a0 = i * n;
        for (int k = k0; k < k1; k++) {
            int bk = k * c + j;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bk);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bk + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + k]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(SPECIES, a[a0 + n + k]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(SPECIES, a[a0 + 2 * n + k]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(SPECIES, a[a0 + 3 * n + k]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
        }
        c00.intoArray(out, o);
        c01.intoArray(out, o + LANES);
        c10.intoArray(out, o + c);
        c11.intoArray(out, o + c + LANES);
        c20.intoArray(out, o + 2 * c);
        c21.intoArray(out, o + 2 * c + LANES);
        c30.intoArray(out, o + 3 * c);
        c31.intoArray(out, o + 3 * c + LANES);
    }

    /** Rows {@code r0..r1-1}, columns {@code j0..j1-1} of the result as dot products. */
    private static void dots(double[] a, double[] b, double[] out, int r0, int r1, int j0, int j1, int n, int c) {
        for (int i = r0; i < r1; i++) {
            for (int j = j0; j < j1; j++) {
                double s = 0.0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * b[k * c + j];
                }
                out[i * c + j] = s;
            }
        }
    }
}
