package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products of the shapes {@link VectorGemm} does not fit, with the Vector API: few rows or columns (a layer
 * of 24 units over 1200 samples, {@code 1200×4 @ 4×24}), short inner dimensions, and a transposed operand read where
 * it lies instead of copied; also the rows and columns {@code VectorGemm}'s tiles leave at the edges. Only
 * {@link MatrixProducts} and {@link VectorGemm} call it, and only when the module is present.
 *
 * <p>{@link #multiply} computes {@code out = A @ B} where element {@code (i, k)} of {@code A} is
 * {@code a[i * rowStride + k * stepStride]}: {@code (n, 1)} reads a row-major matrix, {@code (1, rows)} the transpose
 * of one. The result is made in tiles of four rows by two vectors (eight accumulators), the last columns in tiles of
 * eight rows by one vector under a mask, leftover rows one at a time. {@link #dotRows} computes {@code g @ bᵀ} as dot products of rows, for long rows.
 *
 * <p>Every element of a {@code multiply} result is one chain of fused multiply-adds over {@code k} in order, and every
 * dot product sums its lanes in a fixed order, so results do not depend on the tiling, on whether the loop has been
 * compiled yet, or on the run.
 */
final class VectorProducts {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorProducts() {
    }

    /**
     * {@code out = A @ B}, {@code A} being {@code m × p} with element {@code (i, k)} at
     * {@code a[i * rowStride + k * stepStride]}, {@code B} row-major {@code p × c}, {@code out} row-major {@code m × c}
     * (every element is written).
     */
    static void multiply(double[] a, int rowStride, int stepStride, double[] b, double[] out, int m, int p, int c) {
        multiply(a, rowStride, stepStride, b, out, 0, m, 0, p, c);
    }

    /** Rows {@code i0..i1-1} and columns {@code j0..c-1} of {@link #multiply}'s result; the rest is left as it is. */
    static void multiply(double[] a, int rowStride, int stepStride, double[] b, double[] out, int i0, int i1, int j0,
            int p, int c) {
        int j = j0;
        for (; j + 2 * L <= c; j += 2 * L) {
            int i = i0;
            for (; i + 4 <= i1; i += 4) {
                tile4x2(a, rowStride, stepStride, b, out, i, j, p, c);
            }
            VectorMask<Double> all = S.maskAll(true);
            for (; i < i1; i++) {
                row(a, rowStride, stepStride, b, out, i, j, p, c, all);
                row(a, rowStride, stepStride, b, out, i, j + L, p, c, all);
            }
        }
        for (; j < c; j += L) {
            VectorMask<Double> mask = S.indexInRange(j, c);
            int i = i0;
            for (; i + 8 <= i1; i += 8) {
                tile8x1(a, rowStride, stepStride, b, out, i, j, p, c, mask);
            }
            for (; i + 4 <= i1; i += 4) {
                tile4x1(a, rowStride, stepStride, b, out, i, j, p, c, mask);
            }
            for (; i < i1; i++) {
                row(a, rowStride, stepStride, b, out, i, j, p, c, mask);
            }
        }
    }

    /** Rows {@code i..i+3}, columns {@code j..j+2L-1}. */
    private static void tile4x2(double[] a, int rs, int ss, double[] b, double[] out, int i, int j, int p, int c) {
        DoubleVector c00 = DoubleVector.zero(S);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            int bk = k * c + j;
            int ak = a0 + k * ss;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bk + L);
            DoubleVector x = DoubleVector.broadcast(S, a[ak]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(S, a[ak + rs]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(S, a[ak + 2 * rs]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(S, a[ak + 3 * rs]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
        }
        int o = i * c + j;
        c00.intoArray(out, o);
        c01.intoArray(out, o + L);
        c10.intoArray(out, o + c);
        c11.intoArray(out, o + c + L);
        c20.intoArray(out, o + 2 * c);
        c21.intoArray(out, o + 2 * c + L);
        c30.intoArray(out, o + 3 * c);
        c31.intoArray(out, o + 3 * c + L);
    }

    /** Rows {@code i..i+7}, the columns of one vector from {@code j} that {@code mask} keeps. */
    private static void tile8x1(double[] a, int rs, int ss, double[] b, double[] out, int i, int j, int p, int c,
            VectorMask<Double> mask) {
        DoubleVector c0 = DoubleVector.zero(S);
        DoubleVector c1 = c0;
        DoubleVector c2 = c0;
        DoubleVector c3 = c0;
        DoubleVector c4 = c0;
        DoubleVector c5 = c0;
        DoubleVector c6 = c0;
        DoubleVector c7 = c0;
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            int ak = a0 + k * ss;
            DoubleVector bk = DoubleVector.fromArray(S, b, k * c + j, mask);
            c0 = bk.fma(DoubleVector.broadcast(S, a[ak]), c0);
            c1 = bk.fma(DoubleVector.broadcast(S, a[ak + rs]), c1);
            c2 = bk.fma(DoubleVector.broadcast(S, a[ak + 2 * rs]), c2);
            c3 = bk.fma(DoubleVector.broadcast(S, a[ak + 3 * rs]), c3);
            c4 = bk.fma(DoubleVector.broadcast(S, a[ak + 4 * rs]), c4);
            c5 = bk.fma(DoubleVector.broadcast(S, a[ak + 5 * rs]), c5);
            c6 = bk.fma(DoubleVector.broadcast(S, a[ak + 6 * rs]), c6);
            c7 = bk.fma(DoubleVector.broadcast(S, a[ak + 7 * rs]), c7);
        }
        int o = i * c + j;
        c0.intoArray(out, o, mask);
        c1.intoArray(out, o + c, mask);
        c2.intoArray(out, o + 2 * c, mask);
        c3.intoArray(out, o + 3 * c, mask);
        c4.intoArray(out, o + 4 * c, mask);
        c5.intoArray(out, o + 5 * c, mask);
        c6.intoArray(out, o + 6 * c, mask);
        c7.intoArray(out, o + 7 * c, mask);
    }

    /** Rows {@code i..i+3}, the columns of one vector from {@code j} that {@code mask} keeps. */
    private static void tile4x1(double[] a, int rs, int ss, double[] b, double[] out, int i, int j, int p, int c,
            VectorMask<Double> mask) {
        DoubleVector c0 = DoubleVector.zero(S);
        DoubleVector c1 = c0;
        DoubleVector c2 = c0;
        DoubleVector c3 = c0;
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            int ak = a0 + k * ss;
            DoubleVector bk = DoubleVector.fromArray(S, b, k * c + j, mask);
            c0 = bk.fma(DoubleVector.broadcast(S, a[ak]), c0);
            c1 = bk.fma(DoubleVector.broadcast(S, a[ak + rs]), c1);
            c2 = bk.fma(DoubleVector.broadcast(S, a[ak + 2 * rs]), c2);
            c3 = bk.fma(DoubleVector.broadcast(S, a[ak + 3 * rs]), c3);
        }
        int o = i * c + j;
        c0.intoArray(out, o, mask);
        c1.intoArray(out, o + c, mask);
        c2.intoArray(out, o + 2 * c, mask);
        c3.intoArray(out, o + 3 * c, mask);
    }

    /** Row {@code i}, the columns of one vector from {@code j} that {@code mask} keeps. */
    private static void row(double[] a, int rs, int ss, double[] b, double[] out, int i, int j, int p, int c,
            VectorMask<Double> mask) {
        DoubleVector acc = DoubleVector.zero(S);
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            acc = DoubleVector.fromArray(S, b, k * c + j, mask).fma(DoubleVector.broadcast(S, a[a0 + k * ss]), acc);
        }
        acc.intoArray(out, i * c + j, mask);
    }

    /**
     * {@code out = g @ bᵀ} for row-major {@code g} ({@code r × c}) and {@code b} ({@code n × c}): each element the dot
     * product of a row of {@code g} and a row of {@code b}, four rows of {@code b} at a time. For long rows and few of
     * them ({@code G Xᵀ} of a layer with two inputs over 350 samples).
     */
    static void dotRows(double[] g, double[] b, double[] out, int r, int c, int n) {
        double[] lanes = new double[L];
        int full = S.loopBound(c);
        VectorMask<Double> tail = S.indexInRange(full, c);
        for (int i = 0; i < r; i++) {
            int gi = i * c;
            int k = 0;
            for (; k + 4 <= n; k += 4) {
                DoubleVector d0 = DoubleVector.zero(S);
                DoubleVector d1 = d0;
                DoubleVector d2 = d0;
                DoubleVector d3 = d0;
                int b0 = k * c;
                for (int j = 0; j < full; j += L) {
                    DoubleVector x = DoubleVector.fromArray(S, g, gi + j);
                    d0 = DoubleVector.fromArray(S, b, b0 + j).fma(x, d0);
                    d1 = DoubleVector.fromArray(S, b, b0 + c + j).fma(x, d1);
                    d2 = DoubleVector.fromArray(S, b, b0 + 2 * c + j).fma(x, d2);
                    d3 = DoubleVector.fromArray(S, b, b0 + 3 * c + j).fma(x, d3);
                }
                if (full < c) {
                    DoubleVector x = DoubleVector.fromArray(S, g, gi + full, tail);
                    d0 = DoubleVector.fromArray(S, b, b0 + full, tail).fma(x, d0);
                    d1 = DoubleVector.fromArray(S, b, b0 + c + full, tail).fma(x, d1);
                    d2 = DoubleVector.fromArray(S, b, b0 + 2 * c + full, tail).fma(x, d2);
                    d3 = DoubleVector.fromArray(S, b, b0 + 3 * c + full, tail).fma(x, d3);
                }
                out[i * n + k] = sum(d0, lanes);
                out[i * n + k + 1] = sum(d1, lanes);
                out[i * n + k + 2] = sum(d2, lanes);
                out[i * n + k + 3] = sum(d3, lanes);
            }
            for (; k < n; k++) {
                DoubleVector d = DoubleVector.zero(S);
                int bk = k * c;
                for (int j = 0; j < full; j += L) {
                    d = DoubleVector.fromArray(S, b, bk + j).fma(DoubleVector.fromArray(S, g, gi + j), d);
                }
                if (full < c) {
                    d = DoubleVector.fromArray(S, b, bk + full, tail).fma(DoubleVector.fromArray(S, g, gi + full, tail), d);
                }
                out[i * n + k] = sum(d, lanes);
            }
        }
    }

    /** The lanes of {@code v} added from the first to the last (a fixed order, unlike {@code reduceLanes}). */
    private static double sum(DoubleVector v, double[] lanes) {
        v.intoArray(lanes, 0);
        double s = 0.0;
        for (double x : lanes) {
            s += x;
        }
        return s;
    }
}
