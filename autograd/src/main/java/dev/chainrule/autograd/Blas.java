package dev.chainrule.autograd;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The one class that talks to EJML. Arrays are wrapped without copying for the duration of a call and never
 * escape; small products use a plain loop, which beats EJML's call overhead on the seeds' 2x2 matrices.
 */
final class Blas {
    /** Below this many multiply-adds a plain loop is used. */
    private static final long SMALL = 32L * 32 * 32;

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
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(r, n, a), DMatrixRMaj.wrap(n, c, b), DMatrixRMaj.wrap(r, c, out));
        return out;
    }
}
