package dev.chainrule.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * Matrix products for {@link Matmul}, and the one class that talks to EJML. Arrays are wrapped without copying for
 * the duration of a call and never escape. Small products and products with few columns use plain loops, which beat
 * EJML's call overhead on the seeds' matrices; large ones use {@link VectorGemm} when the Vector API module is
 * present, else EJML's kernels.
 */
final class MatrixProducts {
    /** Below this many multiply-adds a plain loop is used. */
    private static final long SMALL = 32L * 32 * 32;
    /** From this many multiply-adds on, the Vector API kernel beats EJML's. */
    private static final long MEDIUM = 64L * 64 * 64;
    /** From this many multiply-adds on, spreading a product over the cores pays for its coordination. */
    private static final long LARGE = 128L * 128 * 128;

    private MatrixProducts() {
    }

    /** The row-major product of {@code a} ({@code r x n}) and {@code b} ({@code n x c}). Neither is modified. */
    static double[] matmul(double[] a, double[] b, int r, int n, int c) {
        double[] out = new double[r * c];
        long work = (long) r * n * c;
        if (c <= 4) {
            dots(a, b, out, r, n, c);
        } else if (work <= SMALL) {
            rowUpdates(a, b, out, r, n, c);
        } else if (VectorApi.PRESENT && work >= MEDIUM && c >= VectorGemm.minColumns()) {
            VectorGemm.multiply(a, b, out, r, n, c, work >= LARGE);
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
}
