package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The natural logarithm of an array, fast and the same to the last bit on every run: {@code x = 2^e m} with
 * {@code m} in {@code [√2/2, √2)}, {@code log x = e ln 2 + log m} (ln 2 in two parts) and
 * {@code log m = 2s (1 + s²/3 + s⁴/5 + … + s²⁰/21)} with {@code s = (m - 1) / (m + 1)}, {@code |s| ≤ 0.172} (the next
 * term is below 1e-18 of the value). The arithmetic is spelled out, so the Vector API loop and the plain loop give
 * identical results, within 4 units in the last place ({@code LogKernelTest} measures it against
 * {@link StrictMath#log}). Zero, negative numbers, subnormal numbers, infinity and NaN go to {@link StrictMath#log}.
 */
final class LogKernel {
    /** 1 / (2k + 1) for k = 0 … 10. */
    private static final double[] SERIES = {
        1.0, 1.0 / 3, 1.0 / 5, 1.0 / 7, 1.0 / 9, 1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21};
    private static final double SQRT2 = 1.4142135623730951;
    private static final double LN2_HI = 0x1.62e42fee00000p-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final long MANTISSA = 0x000FFFFFFFFFFFFFL;
    private static final long ONE = 0x3FF0000000000000L;

    private LogKernel() {
    }

    /** {@code out[i] = log(in[i])}; {@code out} may be {@code in}. */
    static void log(double[] in, double[] out) {
        // Not for fewer elements than a vector (see VectorApi).
        int i = VectorApi.PRESENT && in.length >= Vectors.LANES ? Vectors.log(in, out) : 0;
        for (; i < in.length; i++) {
            out[i] = log(in[i]);
        }
    }

    /** {@code log x}, one number at a time, with the same arithmetic as the vector loop. */
    static double log(double x) {
        if (!(x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE)) {
            return StrictMath.log(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        double e = (double) ((bits >>> 52) - 1023);
        double m = Double.longBitsToDouble((bits & MANTISSA) | ONE);
        if (m > SQRT2) {
            m = m * 0.5;
            e = e + 1.0;
        }
        double s = (m - 1.0) / (m + 1.0);
        double z = s * s;
        double p = SERIES[SERIES.length - 1];
        for (int k = SERIES.length - 2; k >= 0; k--) {
            p = Math.fma(p, z, SERIES[k]);
        }
        double logM = (s * 2.0) * p;
        return Math.fma(e, LN2_LO, logM) + e * LN2_HI;
    }

    /** The Vector API loop; loaded only when the module is present. */
    private static final class Vectors {
        private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
        static final int LANES = D.length();

        private Vectors() {
        }

        /** Fills {@code out} as far as whole vectors go; returns where the plain loop must go on. */
        static int log(double[] in, double[] out) {
            int i = 0;
            for (int end = D.loopBound(in.length); i < end; i += D.length()) {
                DoubleVector x = DoubleVector.fromArray(D, in, i);
                if (x.compare(VectorOperators.GE, Double.MIN_NORMAL).and(x.compare(VectorOperators.LE, Double.MAX_VALUE))
                        .allTrue()) {
                    // LogKernel.log(double) lane by lane, written out in the loop (see VectorApi).
                    LongVector bits = x.reinterpretAsLongs();
                    DoubleVector e = ((DoubleVector) bits.lanewise(VectorOperators.LSHR, 52).sub(1023L)
                            .convert(VectorOperators.L2D, 0));
                    DoubleVector m = bits.and(MANTISSA).or(ONE).reinterpretAsDoubles();
                    VectorMask<Double> big = m.compare(VectorOperators.GT, SQRT2);
                    m = m.blend(m.mul(0.5), big);
                    e = e.blend(e.add(1.0), big);
                    DoubleVector s = m.sub(1.0).div(m.add(1.0));
                    DoubleVector z = s.mul(s);
                    DoubleVector p = DoubleVector.broadcast(D, SERIES[SERIES.length - 1]);
                    for (int k = SERIES.length - 2; k >= 0; k--) {
                        p = p.fma(z, DoubleVector.broadcast(D, SERIES[k]));
                    }
                    DoubleVector logM = s.mul(2.0).mul(p);
                    e.fma(DoubleVector.broadcast(D, LN2_LO), logM).add(e.mul(LN2_HI)).intoArray(out, i);
                } else {
                    for (int l = 0; l < D.length(); l++) {
                        out[i + l] = LogKernel.log(in[i + l]);
                    }
                }
            }
            return i;
        }
    }
}
