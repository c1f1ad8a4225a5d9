package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code tanh} of an array, fast and the same to the last bit on every run and on every machine: the arithmetic is
 * spelled out (fused multiply-adds, a division, bit operations), so the Vector API loop and the plain loop that
 * stands in for it without the module give identical results. Within 4 units in the last place of the exact value
 * ({@code TanhKernelTest} measures it against {@link StrictMath#tanh}).
 *
 * <p>For {@code |x| < 0.3} the Taylor series of {@code tanh} to the 25th power (the next term is below 1e-17 of the
 * value); above, {@code 1 - 2 / (e^{2|x|} + 1)} with {@code e^y = 2^k e^r}, {@code r = y - k ln 2} (ln 2 in two parts)
 * and {@code e^r} to the 13th power; {@code |x|} is capped at 22, where the value is 1 in double precision. The
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
    /** 1/n! for n = 0 … 13. */
    private static final double[] EXP = {
        0x1.0p0, 0x1.0p0, 0x1.0p-1, 0x1.5555555555555p-3, 0x1.5555555555555p-5, 0x1.1111111111111p-7,
        0x1.6c16c16c16c17p-10, 0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-16, 0x1.71de3a556c734p-19,
        0x1.27e4fb7789f5cp-22, 0x1.ae64567f544e4p-26, 0x1.1eed8eff8d898p-29, 0x1.6124613a86d09p-33};
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    private static final double LN2_HI = 0x1.62e42fee00000p-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    /** Adding and subtracting 1.5·2⁵² rounds to the nearest integer. */
    private static final double ROUND = 0x1.8p52;
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
            double y = Math.min(a, CAP) * 2.0;
            double k = (y * INV_LN2 + ROUND) - ROUND;
            double f = Math.fma(-k, LN2_HI, y);
            f = Math.fma(-k, LN2_LO, f);
            double p = EXP[EXP.length - 1];
            for (int j = EXP.length - 2; j >= 0; j--) {
                p = Math.fma(p, f, EXP[j]);
            }
            double e = p * Double.longBitsToDouble(((long) k + 1023) << 52);
            r = 1.0 - 2.0 / (e + 1.0);
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(r) | (Double.doubleToRawLongBits(x) & SIGN));
    }

    /** The Vector API loop; loaded only when the module is present. */
    private static final class Vectors {
        private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

        /** Fills {@code out} as far as whole vectors go; returns where the plain loop must go on. */
        static int tanh(double[] in, double[] out) {
            int i = 0;
            for (int end = D.loopBound(in.length); i < end; i += D.length()) {
                DoubleVector x = DoubleVector.fromArray(D, in, i);
                DoubleVector a = x.abs();
                DoubleVector t = a.mul(a);
                DoubleVector q = DoubleVector.broadcast(D, SERIES[SERIES.length - 1]);
                for (int k = SERIES.length - 2; k >= 0; k--) {
                    q = q.fma(t, DoubleVector.broadcast(D, SERIES[k]));
                }
                DoubleVector series = a.mul(t).fma(q, a);
                DoubleVector y = a.min(CAP).mul(2.0);
                DoubleVector k = y.mul(INV_LN2).add(ROUND).sub(ROUND);
                DoubleVector f = k.neg().fma(DoubleVector.broadcast(D, LN2_HI), y);
                f = k.neg().fma(DoubleVector.broadcast(D, LN2_LO), f);
                DoubleVector p = DoubleVector.broadcast(D, EXP[EXP.length - 1]);
                for (int j = EXP.length - 2; j >= 0; j--) {
                    p = p.fma(f, DoubleVector.broadcast(D, EXP[j]));
                }
                LongVector bits = ((LongVector) k.convert(VectorOperators.D2L, 0)).add(1023L).lanewise(VectorOperators.LSHL, 52);
                DoubleVector e = p.mul(bits.reinterpretAsDoubles());
                DoubleVector exponential = DoubleVector.broadcast(D, 1.0).sub(DoubleVector.broadcast(D, 2.0).div(e.add(1.0)));
                VectorMask<Double> small = a.lt(SMALL);
                DoubleVector r = exponential.blend(series, small);
                LongVector sign = x.reinterpretAsLongs().and(SIGN);
                r.reinterpretAsLongs().or(sign).reinterpretAsDoubles().intoArray(out, i);
            }
            return i;
        }
    }
}
