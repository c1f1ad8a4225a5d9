package dev.chainrule.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * The one class that talks to EJML. Arrays are wrapped without copying for the duration of a call and never
 * escape; small products use a plain loop, which beats EJML's call overhead on the seeds' 2x2 matrices, and large
 * ones EJML's multi-threaded kernel.
 */
final class Blas {
    /** Below this many multiply-adds a plain loop is used. */
    private static final long SMALL = 32L * 32 * 32;
    /** From this many multiply-adds on, EJML's multi-threaded product pays for its coordination. */
    private static final long LARGE = 128L * 128 * 128;

    private Blas() {
    }

    /** The row-major product of {@code a} ({@code r x n}) and {@code b} ({@code n x c}). Neither is modified. */
    static double[] matmul(double[] a, double[] b, int r, int n, int c) {
        double[] out = new double[r * c];
        if ((long) r * n * c <= SMALL) {
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
            return out;
        }
        DMatrixRMaj left = DMatrixRMaj.wrap(r, n, a);
        DMatrixRMaj right = DMatrixRMaj.wrap(n, c, b);
        if ((long) r * n * c >= LARGE) {
            CommonOps_MT_DDRM.mult(left, right, DMatrixRMaj.wrap(r, c, out));
        } else {
            CommonOps_DDRM.mult(left, right, DMatrixRMaj.wrap(r, c, out));
        }
        return out;
    }
}
