package dev.chainrule.autograd;

import static dev.chainrule.autograd.ExpKernel.INVERSE_FACTORIAL;
import static dev.chainrule.autograd.ExpKernel.INV_LN2;
import static dev.chainrule.autograd.ExpKernel.LN2_HI;
import static dev.chainrule.autograd.ExpKernel.LN2_LO;
import static dev.chainrule.autograd.ExpKernel.ROUND;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code tanh} of an array, fast and the same to the last bit on every run and on every machine: the arithmetic is
 * spelled out (fused multiply-adds, one division, bit operations), so the Vector API loop and the plain loop that
 * stands in for it without the module give identical results. Within 4 units in the last place of the exact value
 * ({@code TanhKernelTest} measures it against {@link StrictMath#tanh}; 3 at worst on its samples).
 *
 * <p>With {@code y = 2|x|} (capped at 44, where tanh is 1 in double precision), {@code tanh|x| = m / (m + 2)} for
 * {@code m = e^y - 1}. {@code m} comes from {@link ExpKernel}'s reduction taken downwards, {@code y = k ln 2 + r} with
 * {@code k = ⌊y / ln 2⌋} and {@code 0 ≤ r < ln 2}: then {@code m = 2^k (e^r - 1) + (2^k - 1)} is a sum of positive
 * terms, exact for small {@code x} (where {@code k = 0}) with no cancellation anywhere, and {@code e^r - 1} is its
 * Taylor series to {@code r^17}, evaluated as two halves side by side (shorter chains of dependent operations than
 * one Horner loop). The sign of {@code x} is put back last, so {@code tanh(-0.0) = -0.0}; NaN stays NaN.
 */
final class TanhKernel {
    /** Above this, tanh is 1 in double precision. */
    private static final double CAP = 22.0;
    private static final long SIGN = Long.MIN_VALUE;

    private TanhKernel() {
    }

    /** {@code out[i] = tanh(in[i])}; {@code out} may be {@code in}. */
    static void tanh(double[] in, double[] out) {
        // Not for fewer elements than a vector (see VectorApi).
        int i = VectorApi.PRESENT && in.length >= Vectors.LANES ? Vectors.tanh(in, out) : 0;
        for (; i < in.length; i++) {
            out[i] = tanh(in[i]);
        }
    }

    /** The same arithmetic, one number at a time. */
    static double tanh(double x) {
        double y = Math.min(Math.abs(x), CAP) * 2.0;
        double k = (Math.fma(y, INV_LN2, -0.5) + ROUND) - ROUND;
        double r = Math.fma(-k, LN2_HI, y);
        r = Math.fma(-k, LN2_LO, r);
        double high = INVERSE_FACTORIAL[17];
        for (int j = 16; j >= 10; j--) {
            high = Math.fma(high, r, INVERSE_FACTORIAL[j]);
        }
        double low = INVERSE_FACTORIAL[9];
        for (int j = 8; j >= 2; j--) {
            low = Math.fma(low, r, INVERSE_FACTORIAL[j]);
        }
        double r2 = r * r;
        double r4 = r2 * r2;
        double expm1R = Math.fma(r2, Math.fma(r4 * r4, high, low), r);
        double scale = Double.longBitsToDouble(((long) k + 1023) << 52);
        double m = Math.fma(scale, expm1R, scale - 1.0);
        double t = m / (m + 2.0);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(t) | (Double.doubleToRawLongBits(x) & SIGN));
    }

    /** The Vector API loop; loaded only when the module is present. */
    private static final class Vectors {
        private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
        static final int LANES = D.length();

        /**
         * Fills {@code out} as far as whole vectors go; returns where the plain loop must go on. (A masked last
         * vector would read past the array's end, which the Vector API handles lane by lane, far slower.)
         */
        static int tanh(double[] in, double[] out) {
            int i = 0;
            for (int end = D.loopBound(in.length); i < end; i += D.length()) {
                // TanhKernel.tanh(double) lane by lane, written out in the loop (see VectorApi).
                DoubleVector x = DoubleVector.fromArray(D, in, i);
                DoubleVector y = x.abs().min(CAP).mul(2.0);
                DoubleVector k = y.fma(DoubleVector.broadcast(D, INV_LN2), DoubleVector.broadcast(D, -0.5))
                        .add(ROUND).sub(ROUND);
                DoubleVector r = k.neg().fma(DoubleVector.broadcast(D, LN2_HI), y);
                r = k.neg().fma(DoubleVector.broadcast(D, LN2_LO), r);
                DoubleVector high = DoubleVector.broadcast(D, INVERSE_FACTORIAL[17]);
                for (int j = 16; j >= 10; j--) {
                    high = high.fma(r, DoubleVector.broadcast(D, INVERSE_FACTORIAL[j]));
                }
                DoubleVector low = DoubleVector.broadcast(D, INVERSE_FACTORIAL[9]);
                for (int j = 8; j >= 2; j--) {
                    low = low.fma(r, DoubleVector.broadcast(D, INVERSE_FACTORIAL[j]));
                }
                DoubleVector r2 = r.mul(r);
                DoubleVector r4 = r2.mul(r2);
                DoubleVector expm1R = r2.fma(r4.mul(r4).fma(high, low), r);
                DoubleVector scale = ((LongVector) k.convert(VectorOperators.D2L, 0)).add(1023L)
                        .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
                DoubleVector m = scale.fma(expm1R, scale.sub(1.0));
                DoubleVector t = m.div(m.add(2.0));
                t.reinterpretAsLongs().or(x.reinterpretAsLongs().and(SIGN)).reinterpretAsDoubles().intoArray(out, i);
            }
            return i;
        }
    }
}
