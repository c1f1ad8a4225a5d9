package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products of the shapes {@link VectorGemm} does not fit, with the Vector API: few rows or columns (a layer
 * of 24 units over 1200 samples, {@code 1200×4 @ 4×24}), short inner dimensions, and a transposed operand read where
 * it lies instead of copied; also the rows and columns {@code VectorGemm}'s tiles leave at the edges. Only
 * {@link MatrixProducts} and {@link VectorGemm} call it, and only when the module is present.
 *
 * <p>{@link #multiply} computes {@code out = A @ B} where element {@code (i, k)} of {@code A} is
 * {@code a[i * rowStride + k * stepStride]}: {@code (n, 1)} reads a row-major matrix, {@code (1, rows)} the transpose
 * of one. The result is made in tiles of eight (then four) rows by two vectors; last columns that make one whole
 * vector are read where they lie, others from a copy padded with zeros; leftover rows go one at a time.
 * {@link #dotRows} computes {@code g @ bᵀ} as dot products of rows, for long rows.
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

    /** The numbers in one vector of the machine's preferred width. */
    static int lanes() {
        return L;
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
            for (; i + 8 <= i1; i += 8) {
                tile8x2(a, rowStride, stepStride, b, c, j, out, i, j, p, c, L, null);
            }
            for (; i + 4 <= i1; i += 4) {
                tile4x2(a, rowStride, stepStride, b, c, j, out, i, j, p, c, L, null);
            }
            for (; i < i1; i++) {
                row(a, rowStride, stepStride, b, c, j, i, p, out, i * c + j, L, null);
                row(a, rowStride, stepStride, b, c, j + L, i, p, out, i * c + j + L, L, null);
            }
        }
        if (j == c) {
            return;
        }
        // The last columns, fewer than two vectors. Exactly one vector is read where it lies; otherwise B's columns
        // are copied into rows of one or two full vectors (zeros beyond c) and results copied out of one, so that
        // every load and store is a plain one. (Under a mask, one that reaches past an array's end runs lane by lane,
        // slower than the rest of the product.)
        int rest = c - j;
        double[] lanes = new double[L];
        boolean inPlace = rest == L;
        int width = rest > L ? 2 * L : L;
        double[] tail = inPlace ? b : Scratch.LAST_COLUMNS.get(p * width);   // padding lanes never written out
        int bs = inPlace ? c : width;
        int bj = inPlace ? j : 0;
        for (int k = 0; k < p && !inPlace; k++) {
            for (int l = 0, from = k * c + j, to = k * width; l < rest; l++) {
                tail[to + l] = b[from + l];
            }
        }
        int i = i0;
        if (width == 2 * L) {
            for (; i + 8 <= i1; i += 8) {
                tile8x2(a, rowStride, stepStride, tail, bs, bj, out, i, j, p, c, rest - L, lanes);
            }
            for (; i + 4 <= i1; i += 4) {
                tile4x2(a, rowStride, stepStride, tail, bs, bj, out, i, j, p, c, rest - L, lanes);
            }
        } else {
            for (; i + 8 <= i1; i += 8) {
                tile8x1(a, rowStride, stepStride, tail, bs, bj, out, i, j, p, c, rest, lanes);
            }
            for (; i + 4 <= i1; i += 4) {
                tile4x1(a, rowStride, stepStride, tail, bs, bj, out, i, j, p, c, rest, lanes);
            }
        }
        for (; i < i1; i++) {
            for (int v = 0; v * L < rest; v++) {
                row(a, rowStride, stepStride, tail, bs, bj + v * L, i, p, out, i * c + j + v * L,
                        Math.min(L, rest - v * L), lanes);
            }
        }
    }

    /** Rows {@code i..i+7}, as {@link #tile4x2}: sixteen accumulators, half the reads of B per multiply-add. */
    private static void tile8x2(double[] a, int rs, int ss, double[] b, int bs, int bj, double[] out, int i, int j,
            int p, int c, int w, double[] lanes) {
        DoubleVector c00 = DoubleVector.zero(S);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        DoubleVector c40 = c00;
        DoubleVector c41 = c00;
        DoubleVector c50 = c00;
        DoubleVector c51 = c00;
        DoubleVector c60 = c00;
        DoubleVector c61 = c00;
        DoubleVector c70 = c00;
        DoubleVector c71 = c00;
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            int bk = k * bs + bj;
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
            x = DoubleVector.broadcast(S, a[ak + 4 * rs]);
            c40 = b0.fma(x, c40);
            c41 = b1.fma(x, c41);
            x = DoubleVector.broadcast(S, a[ak + 5 * rs]);
            c50 = b0.fma(x, c50);
            c51 = b1.fma(x, c51);
            x = DoubleVector.broadcast(S, a[ak + 6 * rs]);
            c60 = b0.fma(x, c60);
            c61 = b1.fma(x, c61);
            x = DoubleVector.broadcast(S, a[ak + 7 * rs]);
            c70 = b0.fma(x, c70);
            c71 = b1.fma(x, c71);
        }
        int o = i * c + j;
        c00.intoArray(out, o);
        store(c01, out, o + L, w, lanes);
        c10.intoArray(out, o + c);
        store(c11, out, o + c + L, w, lanes);
        c20.intoArray(out, o + 2 * c);
        store(c21, out, o + 2 * c + L, w, lanes);
        c30.intoArray(out, o + 3 * c);
        store(c31, out, o + 3 * c + L, w, lanes);
        c40.intoArray(out, o + 4 * c);
        store(c41, out, o + 4 * c + L, w, lanes);
        c50.intoArray(out, o + 5 * c);
        store(c51, out, o + 5 * c + L, w, lanes);
        c60.intoArray(out, o + 6 * c);
        store(c61, out, o + 6 * c + L, w, lanes);
        c70.intoArray(out, o + 7 * c);
        store(c71, out, o + 7 * c + L, w, lanes);
    }

    /**
     * Rows {@code i..i+3}, columns {@code j..j+L+w-1} of the result: two vectors of B's row {@code k} from
     * {@code b[k * bs + bj]}, the second written only in its first {@code w} lanes.
     */
    private static void tile4x2(double[] a, int rs, int ss, double[] b, int bs, int bj, double[] out, int i, int j,
            int p, int c, int w, double[] lanes) {
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
            int bk = k * bs + bj;
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
        store(c01, out, o + L, w, lanes);
        c10.intoArray(out, o + c);
        store(c11, out, o + c + L, w, lanes);
        c20.intoArray(out, o + 2 * c);
        store(c21, out, o + 2 * c + L, w, lanes);
        c30.intoArray(out, o + 3 * c);
        store(c31, out, o + 3 * c + L, w, lanes);
    }

    /**
     * Rows {@code i..i+7}, the {@code w} columns from {@code j}: one vector of B's row {@code k} from
     * {@code b[k * bs + bj]}.
     */
    private static void tile8x1(double[] a, int rs, int ss, double[] b, int bs, int bj, double[] out, int i, int j,
            int p, int c, int w, double[] lanes) {
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
            DoubleVector bk = DoubleVector.fromArray(S, b, k * bs + bj);
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
        store(c0, out, o, w, lanes);
        store(c1, out, o + c, w, lanes);
        store(c2, out, o + 2 * c, w, lanes);
        store(c3, out, o + 3 * c, w, lanes);
        store(c4, out, o + 4 * c, w, lanes);
        store(c5, out, o + 5 * c, w, lanes);
        store(c6, out, o + 6 * c, w, lanes);
        store(c7, out, o + 7 * c, w, lanes);
    }

    /** Rows {@code i..i+3}, as {@link #tile8x1}. */
    private static void tile4x1(double[] a, int rs, int ss, double[] b, int bs, int bj, double[] out, int i, int j,
            int p, int c, int w, double[] lanes) {
        DoubleVector c0 = DoubleVector.zero(S);
        DoubleVector c1 = c0;
        DoubleVector c2 = c0;
        DoubleVector c3 = c0;
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            int ak = a0 + k * ss;
            DoubleVector bk = DoubleVector.fromArray(S, b, k * bs + bj);
            c0 = bk.fma(DoubleVector.broadcast(S, a[ak]), c0);
            c1 = bk.fma(DoubleVector.broadcast(S, a[ak + rs]), c1);
            c2 = bk.fma(DoubleVector.broadcast(S, a[ak + 2 * rs]), c2);
            c3 = bk.fma(DoubleVector.broadcast(S, a[ak + 3 * rs]), c3);
        }
        int o = i * c + j;
        store(c0, out, o, w, lanes);
        store(c1, out, o + c, w, lanes);
        store(c2, out, o + 2 * c, w, lanes);
        store(c3, out, o + 3 * c, w, lanes);
    }

    /**
     * Row {@code i}, one vector of columns: B's row {@code k} from {@code b[k * bs + bj]}, the first {@code w} lanes
     * written to {@code out} from {@code o}.
     */
    private static void row(double[] a, int rs, int ss, double[] b, int bs, int bj, int i, int p, double[] out,
            int o, int w, double[] lanes) {
        DoubleVector acc = DoubleVector.zero(S);
        int a0 = i * rs;
        for (int k = 0; k < p; k++) {
            acc = DoubleVector.fromArray(S, b, k * bs + bj).fma(DoubleVector.broadcast(S, a[a0 + k * ss]), acc);
        }
        store(acc, out, o, w, lanes);
    }

    /**
     * The first {@code w} lanes of {@code v} into {@code out} from {@code o}, through {@code lanes} if not all (a
     * plain loop: quicker than {@code System.arraycopy} for a few elements, and than a masked store, which measured
     * well alone and slower within the benchmark: deep-classify 240 → 260–300 ms).
     */
    private static void store(DoubleVector v, double[] out, int o, int w, double[] lanes) {
        if (w == L) {
            v.intoArray(out, o);
        } else {
            v.intoArray(lanes, 0);
            for (int l = 0; l < w; l++) {
                out[o + l] = lanes[l];
            }
        }
    }

    /**
     * {@code out = g @ bᵀ} for row-major {@code g} ({@code r × c}) and {@code b} ({@code n × c}): each element the dot
     * product of a row of {@code g} and a row of {@code b}, four rows of {@code b} at a time. For long rows and few of
     * them ({@code G Xᵀ} of a layer with two inputs over 350 samples).
     */
    static void dotRows(double[] g, double[] b, double[] out, int r, int c, int n) {
        double[] lanes = new double[L];
        int full = S.loopBound(c);
        // The last elements of every row (fewer than a vector), copied into rows of one full vector padded with zeros:
        // plain loads instead of masked ones that may reach past an array's end (see multiply).
        double[] bTail = new double[n * L];
        for (int k = 0; k < n; k++) {
            System.arraycopy(b, k * c + full, bTail, k * L, c - full);
        }
        double[] gTail = new double[L];
        for (int i = 0; i < r; i++) {
            int gi = i * c;
            System.arraycopy(g, gi + full, gTail, 0, c - full);
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
                    DoubleVector x = DoubleVector.fromArray(S, gTail, 0);
                    d0 = DoubleVector.fromArray(S, bTail, k * L).fma(x, d0);
                    d1 = DoubleVector.fromArray(S, bTail, (k + 1) * L).fma(x, d1);
                    d2 = DoubleVector.fromArray(S, bTail, (k + 2) * L).fma(x, d2);
                    d3 = DoubleVector.fromArray(S, bTail, (k + 3) * L).fma(x, d3);
                }
                d0.intoArray(lanes, 0);
                out[i * n + k] = sum(lanes);
                d1.intoArray(lanes, 0);
                out[i * n + k + 1] = sum(lanes);
                d2.intoArray(lanes, 0);
                out[i * n + k + 2] = sum(lanes);
                d3.intoArray(lanes, 0);
                out[i * n + k + 3] = sum(lanes);
            }
            for (; k < n; k++) {
                DoubleVector d = DoubleVector.zero(S);
                int bk = k * c;
                for (int j = 0; j < full; j += L) {
                    d = DoubleVector.fromArray(S, b, bk + j).fma(DoubleVector.fromArray(S, g, gi + j), d);
                }
                if (full < c) {
                    d = DoubleVector.fromArray(S, bTail, k * L).fma(DoubleVector.fromArray(S, gTail, 0), d);
                }
                d.intoArray(lanes, 0);
                out[i * n + k] = sum(lanes);
            }
        }
    }

    /**
     * The lanes of a vector, stored in {@code lanes}, added from the first to the last (a fixed order, unlike
     * {@code reduceLanes}). It takes an array, not the vector: see {@link VectorApi} on helpers taking vectors.
     */
    private static double sum(double[] lanes) {
        double s = 0.0;
        for (double x : lanes) {
            s += x;
        }
        return s;
    }
}
