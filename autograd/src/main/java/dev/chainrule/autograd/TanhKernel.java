package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code tanh} of an array, fast and the same to the last bit on every run and on every machine: the arithmetic is
 * spelled out (fused multiply-adds, a division, bit operations), so the Vector API loop and the plain loop that
 * stands in for it without the module give identical results. Within 4 units in the last place of the exact value
 * ({@code TanhKernelTest} measures it against {@link StrictMath#tanh}).
 *
 * <p>For {@code |x| < 0.3} the Taylor series of {@code tanh} to the 25th power (the next term is below 1e-17 of the
 * value); above, {@code 1 - 2 / (e^{2|x|} + 1)} with {@link ExpKernel}'s {@code e^y}; {@code |x|} is capped at 22,
 * where the value is 1 in double precision. The
 * sign of {@code x} is put back last, so {@code tanh(-0.0) = -0.0}; NaN stays NaN.
 */
final class TanhKernel {
    /** Below this, the series; above, the exponential. */
    private static final double SMALL = 0.3;
    /** Above this, tanh is 1 in double precision. */
    private static final double CAP = 22.0;
    /** The Taylor coefficients of tanh x / x - 1 as a series in x²: x³, x⁵, …, x²⁵. */
    private static final double[] SERIES = {
        -0x1.5555555555555p-2, 0x1.1111111111111p-3, -0x1.ba1ba1ba1ba1cp-5, 0x1.664f4882c10fap-6,
        -0x1.226e355e6c23dp-7, 0x1.d6d3d0e157de0p-9, -0x1.7da36452b75e3p-10, 0x1.3558248036744p-11,
        -0x1.f57d7734d1664p-13, 0x1.967e18afcafadp-14, -0x1.497d8eea25259p-15, 0x1.0b132d39a6050p-16};
    private static final long SIGN = Long.MIN_VALUE;

    private TanhKernel() {
    }

    /** {@code out[i] = tanh(in[i])}. */
    static void tanh(double[] in, double[] out) {
        int i = VectorApi.PRESENT ? Vectors.tanh(in, out) : 0;
        for (; i < in.length; i++) {
            out[i] = tanh(in[i]);
        }
    }

    /** The same arithmetic, one number at a time. */
    static double tanh(double x) {
        double a = Math.abs(x);
        double r;
        if (a < SMALL) {
            double t = a * a;
            double q = SERIES[SERIES.length - 1];
            for (int k = SERIES.length - 2; k >= 0; k--) {
                q = Math.fma(q, t, SERIES[k]);
            }
            r = Math.fma(a * t, q, a);
        } else {
            double e = ExpKernel.inRange(Math.min(a, CAP) * 2.0);
            r = 1.0 - 2.0 / (e + 1.0);
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(r) | (Double.doubleToRawLongBits(x) & SIGN));
    }

    /** The Vector API loop; loaded only when the module is present. */
    private static final class Vectors {
        private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

        /**
         * Fills {@code out} as far as whole vectors go; returns where the plain loop must go on. (A masked last
         * vector would read past the array's end, which the Vector API handles lane by lane, far slower.)
         */
        static int tanh(double[] in, double[] out) {
            int i = 0;
            for (int end = D.loopBound(in.length); i < end; i += D.length()) {
                tanh(DoubleVector.fromArray(D, in, i)).intoArray(out, i);
            }
            return i;
        }

        /** {@link TanhKernel#tanh(double)} lane by lane. */
        private static DoubleVector tanh(DoubleVector x) {
            DoubleVector a = x.abs();
            DoubleVector t = a.mul(a);
            DoubleVector q = DoubleVector.broadcast(D, SERIES[SERIES.length - 1]);
            for (int k = SERIES.length - 2; k >= 0; k--) {
                q = q.fma(t, DoubleVector.broadcast(D, SERIES[k]));
            }
            DoubleVector series = a.mul(t).fma(q, a);
            DoubleVector e = ExpKernel.Vectors.inRange(a.min(CAP).mul(2.0));
            DoubleVector exponential = DoubleVector.broadcast(D, 1.0).sub(DoubleVector.broadcast(D, 2.0).div(e.add(1.0)));
            DoubleVector r = exponential.blend(series, a.lt(SMALL));
            LongVector sign = x.reinterpretAsLongs().and(SIGN);
            return r.reinterpretAsLongs().or(sign).reinterpretAsDoubles();
        }
    }
}
