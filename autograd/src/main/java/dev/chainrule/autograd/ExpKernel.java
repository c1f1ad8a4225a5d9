package dev.chainrule.autograd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code e^x} of an array, fast and the same to the last bit on every run: {@code e^x = 2^k e^r} with
 * {@code k = round(x / ln 2)}, {@code r = x - k ln 2} (ln 2 in two parts, so {@code r} is exact to the last bits) and
 * {@code e^r} as its Taylor series to the 13th power (the next term is below 1e-17 of the value on
 * {@code |r| ≤ ln 2 / 2}). The arithmetic is spelled out (fused multiply-adds, bit operations), so the Vector API
 * loop and the plain loop that stands in for it without the module give identical results, within 2 units in the last
 * place of the exact value ({@code ExpKernelTest} measures it against {@link StrictMath#exp}). Beyond
 * {@code |x| ≤ 700}, where the result would leave the normal numbers, and for NaN, {@link StrictMath#exp} answers.
 * {@link TanhKernel} builds on the same reduction.
 */
final class ExpKernel {
    /** Within {@code ±LIMIT}, {@code 2^k} is a normal number and the formula holds. */
    static final double LIMIT = 700.0;
    /** 1/n! for n = 0 … 17 (the first 14 for e^r here, all of them for {@link TanhKernel}'s {@code e^r - 1}). */
    static final double[] INVERSE_FACTORIAL = {
        0x1.0p0, 0x1.0p0, 0x1.0p-1, 0x1.5555555555555p-3, 0x1.5555555555555p-5, 0x1.1111111111111p-7,
        0x1.6c16c16c16c17p-10, 0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-16, 0x1.71de3a556c734p-19,
        0x1.27e4fb7789f5cp-22, 0x1.ae64567f544e4p-26, 0x1.1eed8eff8d898p-29, 0x1.6124613a86d09p-33,
        0x1.93974a8c07c9dp-37, 0x1.ae7f3e733b81fp-41, 0x1.ae7f3e733b81fp-45, 0x1.952c77030ad4ap-49};
    /** The Taylor series of e^r used here stops at r^13. */
    private static final int DEGREE = 13;
    static final double INV_LN2 = 0x1.71547652b82fep0;
    static final double LN2_HI = 0x1.62e42fee00000p-1;
    static final double LN2_LO = 0x1.a39ef35793c76p-33;
    /** Adding and subtracting 1.5·2⁵² rounds to the nearest integer. */
    static final double ROUND = 0x1.8p52;

    private ExpKernel() {
    }

    /** {@code out[i] = e^in[i]}; {@code out} may be {@code in}. */
    static void exp(double[] in, double[] out) {
        // Not for fewer elements than a vector (see VectorApi).
        int i = VectorApi.PRESENT && in.length >= Vectors.LANES ? Vectors.exp(in, out) : 0;
        for (; i < in.length; i++) {
            out[i] = exp(in[i]);
        }
    }

    /** {@code e^x}, one number at a time, with the same arithmetic as the vector loop. */
    static double exp(double x) {
        return Math.abs(x) <= LIMIT ? inRange(x) : StrictMath.exp(x);
    }

    /** {@code e^x} for {@code |x| ≤ LIMIT}. */
    static double inRange(double x) {
        double k = (x * INV_LN2 + ROUND) - ROUND;
        double r = Math.fma(-k, LN2_HI, x);
        r = Math.fma(-k, LN2_LO, r);
        double p = INVERSE_FACTORIAL[DEGREE];
        for (int j = DEGREE - 1; j >= 0; j--) {
            p = Math.fma(p, r, INVERSE_FACTORIAL[j]);
        }
        return p * Double.longBitsToDouble(((long) k + 1023) << 52);
    }

    /** The Vector API loops; loaded only when the module is present. */
    private static final class Vectors {
        private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
        static final int LANES = D.length();

        private Vectors() {
        }

        /** Fills {@code out} as far as whole vectors go; returns where the plain loop must go on. */
        static int exp(double[] in, double[] out) {
            int i = 0;
            for (int end = D.loopBound(in.length); i < end; i += D.length()) {
                DoubleVector x = DoubleVector.fromArray(D, in, i);
                if (x.abs().compare(VectorOperators.LE, LIMIT).allTrue()) {
                    // ExpKernel.inRange(double) lane by lane, written out in the loop (see VectorApi).
                    DoubleVector k = x.mul(INV_LN2).add(ROUND).sub(ROUND);
                    DoubleVector r = k.neg().fma(DoubleVector.broadcast(D, LN2_HI), x);
                    r = k.neg().fma(DoubleVector.broadcast(D, LN2_LO), r);
                    DoubleVector p = DoubleVector.broadcast(D, INVERSE_FACTORIAL[DEGREE]);
                    for (int j = DEGREE - 1; j >= 0; j--) {
                        p = p.fma(r, DoubleVector.broadcast(D, INVERSE_FACTORIAL[j]));
                    }
                    LongVector bits = ((LongVector) k.convert(VectorOperators.D2L, 0)).add(1023L)
                            .lanewise(VectorOperators.LSHL, 52);
                    p.mul(bits.reinterpretAsDoubles()).intoArray(out, i);
                } else {
                    for (int l = 0; l < D.length(); l++) {
                        out[i + l] = ExpKernel.exp(in[i + l]);
                    }
                }
            }
            return i;
        }
    }
}
