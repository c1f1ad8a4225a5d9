package dev.chainrule.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * Matrix products for {@link Matmul}, and the one class that talks to EJML. Arrays are wrapped without copying for
 * the duration of a call and never escape. With the Vector API module present, large products go to
 * {@link VectorGemm}, the rest but the seeds' tiny ones to {@link VectorProducts}, which reads a transposed operand
 * where it lies; without it, plain loops and EJML's kernels do the work. Products of the seeds' size use plain loops,
 * which beat any kernel's set-up.
 */
final class MatrixProducts {
    /** Below this many multiply-adds a plain loop is used. */
    private static final long SMALL = 32L * 32 * 32;
    /** From this many multiply-adds on, packed panels pay for their copying, and EJML's threads for theirs. */
    private static final long LARGE = 128L * 128 * 128;
    /** From this many multiply-adds on, spreading a Vector API product over the cores pays for its coordination. */
    private static final long HUGE = 256L * 256 * 256;
    /** From this many multiply-adds on, the Vector API's tiles beat plain loops. */
    private static final long VECTOR = 512;
    /** Rows at least this long make {@code g @ bᵀ} dot products of rows rather than a product with {@code bᵀ}. */
    private static final int LONG_ROWS = 32;

    private MatrixProducts() {
    }

    /** The row-major product of {@code a} ({@code r x n}) and {@code b} ({@code n x c}). Neither is modified. */
    static double[] matmul(double[] a, double[] b, int r, int n, int c) {
        double[] out = new double[r * c];
        long work = (long) r * n * c;
        if (VectorApi.PRESENT && work >= LARGE && c >= VectorGemm.minColumns()) {
            VectorGemm.multiply(a, b, out, r, n, c, work >= HUGE);
        } else if (VectorApi.PRESENT && work >= VECTOR) {
            VectorProducts.multiply(a, n, 1, b, out, r, n, c);
        } else if (c <= 4) {
            dots(a, b, out, r, n, c);
        } else if (work <= SMALL) {
            rowUpdates(a, b, out, r, n, c);
        } else if (work >= LARGE) {
            CommonOps_MT_DDRM.mult(DMatrixRMaj.wrap(r, n, a), DMatrixRMaj.wrap(n, c, b), DMatrixRMaj.wrap(r, c, out));
        } else {
            CommonOps_DDRM.mult(DMatrixRMaj.wrap(r, n, a), DMatrixRMaj.wrap(n, c, b), DMatrixRMaj.wrap(r, c, out));
        }
        return out;
    }

    /** Few output columns (a gradient {@code G Xᵀ}, a matrix times a column): one dot product per element. */
    private static void dots(double[] a, double[] b, double[] out, int r, int n, int c) {
        for (int i = 0; i < r; i++) {
            int ai = i * n;
            for (int j = 0; j < c; j++) {
                double s = 0.0;
                for (int k = 0; k < n; k++) {
                    s += a[ai + k] * b[k * c + j];
                }
                out[i * c + j] = s;
            }
        }
    }

    /** Small products: each row of the result gathers {@code a[i][k]} times row {@code k} of {@code b}. */
    private static void rowUpdates(double[] a, double[] b, double[] out, int r, int n, int c) {
        for (int i = 0; i < r; i++) {
            int ai = i * n;
            int oi = i * c;
            for (int k = 0; k < n; k++) {
                double aik = a[ai + k];
                int bk = k * c;
                for (int j = 0; j < c; j++) {
                    out[oi + j] += aik * b[bk + j];
                }
            }
        }
    }

    /**
     * {@code g @ bᵀ} for row-major {@code g} ({@code r x c}) and {@code b} ({@code n x c}): the gradient of the left
     * operand of a product, without making the transpose (but for products large enough to go to the fast kernel).
     */
    static double[] matmulTransposedB(double[] g, double[] b, int r, int c, int n) {
        long work = (long) r * c * n;
        if (VectorApi.PRESENT && work >= LARGE && n >= VectorGemm.minColumns()) {
            return matmul(g, transpose(b, n, c), r, c, n);
        }
        double[] out = new double[r * n];
        if (VectorApi.PRESENT && work >= VECTOR) {
            if (c >= LONG_ROWS && c >= n) {
                VectorProducts.dotRows(g, b, out, r, c, n);
            } else {
                VectorProducts.multiply(g, c, 1, transpose(b, n, c), out, r, c, n);
            }
            return out;
        }
        for (int i = 0; i < r; i++) {
            int gi = i * c;
            for (int k = 0; k < n; k++) {
                int bk = k * c;
                double s = 0.0;
                for (int j = 0; j < c; j++) {
                    s += g[gi + j] * b[bk + j];
                }
                out[i * n + k] = s;
            }
        }
        return out;
    }

    /**
     * {@code aᵀ @ g} for row-major {@code a} ({@code r x n}) and {@code g} ({@code r x c}): the gradient of the right
     * operand of a product, reading {@code a} as its transpose without making it.
     */
    static double[] matmulTransposedA(double[] a, double[] g, int r, int n, int c) {
        long work = (long) r * c * n;
        double[] out = new double[n * c];
        if (VectorApi.PRESENT && work >= LARGE && c >= VectorGemm.minColumns()) {
            VectorGemm.multiply(a, 1, n, g, out, n, r, c, work >= HUGE);
            return out;
        }
        if (VectorApi.PRESENT && work >= VECTOR) {
            if (c % VectorProducts.lanes() != 0 && n % VectorProducts.lanes() == 0) {
                // gᵀ @ a has columns that fill whole vectors: the same sums (each element's chain of fused
                // multiply-adds, in order), then a transpose of the small result (a 24 × 12 weight gradient over 1200
                // samples: 30 → 21 µs).
                double[] swapped = new double[c * n];
                VectorProducts.multiply(g, 1, c, a, swapped, c, r, n);
                return transpose(swapped, c, n);
            }
            VectorProducts.multiply(a, 1, n, g, out, n, r, c);
            return out;
        }
        for (int i = 0; i < r; i++) {
            int ai = i * n;
            int gi = i * c;
            for (int k = 0; k < n; k++) {
                double aik = a[ai + k];
                int ok = k * c;
                for (int j = 0; j < c; j++) {
                    out[ok + j] += aik * g[gi + j];
                }
            }
        }
        return out;
    }

    /** {@code x}'s transpose, in blocks of 32 × 32 so that both sides are read and written a cache line at a time. */
    private static double[] transpose(double[] x, int rows, int cols) {
        double[] out = new double[x.length];
        for (int i0 = 0; i0 < rows; i0 += 32) {
            int i1 = Math.min(rows, i0 + 32);
            for (int j0 = 0; j0 < cols; j0 += 32) {
                int j1 = Math.min(cols, j0 + 32);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < j1; j++) {
                        out[j * rows + i] = x[i * cols + j];
                    }
                }
            }
        }
        return out;
    }
}
