package dev.chainrule.data.datasets;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code sin} and {@code cos} bit-for-bit as the GNU C library computes them on x86-64 with FMA (glibc 2.28 and
 * later, the IBM Accurate Mathematical Library routine in its FMA build), which is what NumPy's {@code np.sin} and
 * {@code np.cos} return on CPUs without AVX-512 (with AVX-512, NumPy 1.22 to 1.24 return Intel SVML's values,
 * which differ by up to one unit in the last place). Java's {@link Math#sin} differs from it in the last bit for
 * about two inputs in a thousand, enough to change {@code make_moons} and {@code make_circles}. Package-private.
 *
 * <p>The method, in our words: for {@code |x| < 0.126} a Taylor polynomial. Otherwise {@code x} is first reduced to
 * a double-double {@code a + da} with {@code |a| <= π/4} and a quadrant: by subtracting from π/2 (in two parts) for
 * {@code |x|} up to about 2.43, by Cody–Waite reduction with a four-part π/2 beyond. Then {@code a} is split into the
 * nearest multiple {@code x0 = k/128} and a small rest {@code h}; {@code sin} or {@code cos} of {@code x0} come
 * from a table of double-doubles and the addition formulas
 * combine them with short polynomials in {@code h}. Each {@code a·b + c} that the C compiler fuses into one
 * fused multiply-add in that build is a {@link Math#fma} here, so the rounding is the same step for step.
 *
 * <p>The table is computed at class initialisation to 60 digits and rounded to double-doubles. The library's own
 * table was made with about 110 correct bits, so 18 of its 220 low words differ from the exact rounding by a few
 * units; {@link #LIBRARY_LOW_WORDS} lists them (measured against glibc 2.36's {@code libm.so.6}) and they replace
 * ours.
 *
 * <p>For {@code |x| >= 105414350} (never reached by the generators) this falls back to {@link StrictMath}.
 */
final class LibmTrig {
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ECEp-7;
    private static final double S3 = -0x1.A01A019DB08B8p-13;
    private static final double S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double S5 = -0x1.ADDFFC2FCDF59p-26;
    private static final double SN3 = -0x1.5555555555515p-3;
    private static final double SN5 = 0x1.11110e829872fp-7;
    private static final double CS2 = 0x1.0p-1;
    private static final double CS4 = -0x1.5555555555535p-5;
    private static final double CS6 = 0x1.6c16bedd9e239p-10;
    /** {@code 1.5·2^45}: adding it rounds a number in [0, 1) to a multiple of 1/128, read from the low word. */
    private static final double BIG = 0x1.8p45;
    /** π/2 as a double-double. */
    private static final double HP0 = 0x1.921FB54442D18p0;
    private static final double HP1 = 0x1.1A62633145C07p-54;
    /** π/2 in four parts for Cody–Waite reduction; the first three have trailing zero bits. */
    private static final double MP1 = 0x1.921FB58000000p0;
    private static final double MP2 = -0x1.DDE973C000000p-27;
    private static final double PP3 = -0x1.CB3B398000000p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45F306DC9C883p-1;
    /** {@code 1.5·2^52}: adding it rounds to an integer, read from the low word. */
    private static final double TOINT = 0x1.8p52;

    /**
     * The low words where glibc's table differs from the exactly rounded double-double: pairs of
     * ({@code 4k + 1} for sin(k/128) or {@code 4k + 3} for cos(k/128), bits of the library's low word).
     */
    private static final long[] LIBRARY_LOW_WORDS = {
        4 * 2 + 1, 0xbc02ab639a9f0777L, 4 * 10 + 1, 0xbc5921915299468cL, 4 * 23 + 1, 0xbbd32c5c8b81c940L,
        4 * 26 + 3, 0x3c6e3a0d3e03b1d5L, 4 * 27 + 1, 0xbc59883b57d6cdebL, 4 * 33 + 1, 0xbc79b8c29dfd8ec8L,
        4 * 34 + 1, 0xbc79fb0a0c93e2b5L, 4 * 36 + 1, 0x3c746076fe0dcff5L, 4 * 40 + 1, 0x3c003d5504878398L,
        4 * 44 + 3, 0xbc5660aec7ef636cL, 4 * 70 + 3, 0x3c58ff7947027a16L, 4 * 75 + 1, 0xbc5f190c70cbb5ffL,
        4 * 75 + 3, 0xbc0b83d607cd5070L, 4 * 79 + 3, 0x3c395e25736c0358L, 4 * 85 + 1, 0xbc797653a7d2f07bL,
        4 * 90 + 1, 0x3c20da05738cc59aL, 4 * 94 + 1, 0x3c5c843b4d0fb198L, 4 * 107 + 1, 0x3c4ad1197ccd0393L,
    };

    /** For {@code k = 0..109}: sin(k/128) and cos(k/128) as double-doubles {@code sn, ssn, cs, ccs}. */
    private static final double[] TABLE = table();

    private LibmTrig() {
    }

    static double sin(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e500000) {
            return x;
        } else if (k < 0x3feb6000) {
            return doSin(x, 0.0);
        } else if (k < 0x400368fd) {
            double t = HP0 - Math.abs(x);
            return Math.copySign(doCos(t, HP1), x);
        } else if (k < 0x419921FB) {
            return reduceAndEvaluate(x, 0);
        }
        return StrictMath.sin(x);
    }

    static double cos(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e400000) {
            return 1.0;
        } else if (k < 0x3feb6000) {
            return doCos(x, 0.0);
        } else if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da);
        } else if (k < 0x419921FB) {
            return reduceAndEvaluate(x, 1);
        }
        return StrictMath.cos(x);
    }

    /** Cody–Waite: {@code x = n·π/2 + (a + da)}; then sin or cos of {@code a + da} by the quadrant. */
    private static double reduceAndEvaluate(double x, int quadrantShift) {
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        int n = (int) Double.doubleToRawLongBits(t) + quadrantShift;
        double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        double t2 = Math.fma(-xn, PP3, y);
        double db = Math.fma(-xn, PP3, y - t2);
        double a = Math.fma(-xn, PP4, t2);
        db += Math.fma(-xn, PP4, t2 - a);
        double r = (n & 1) != 0 ? doCos(a, db) : doSin(a, db);
        return (n & 2) != 0 ? -r : r;
    }

    /** sin of the double-double {@code x + dx}, {@code |x| < 0.855469}. */
    private static double doSin(double x, double dx) {
        if (Math.abs(x) < 0.126) {
            return taylorSin(x * x, x, dx);
        }
        double d = x <= 0 ? -dx : dx;
        double ax = Math.abs(x);
        double u = BIG + ax;
        double h = ax - (u - BIG);
        double hh = h * h;
        double s = h + Math.fma(h * hh, Math.fma(hh, SN5, SN3), d);
        double c = Math.fma(h, d, hh * Math.fma(hh, Math.fma(hh, CS6, CS4), CS2));
        int i = index(u);
        double cor = Math.fma(s, TABLE[i + 2], Math.fma(-c, TABLE[i], Math.fma(s, TABLE[i + 3], TABLE[i + 1])));
        return Math.copySign(TABLE[i] + cor, x);
    }

    /** cos of the double-double {@code x + dx}, {@code |x| < 0.855469}. */
    private static double doCos(double x, double dx) {
        double d = x < 0 ? -dx : dx;
        double ax = Math.abs(x);
        double u = BIG + ax;
        double h = (ax - (u - BIG)) + d;
        double hh = h * h;
        double s = Math.fma(h * hh, Math.fma(hh, SN5, SN3), h);
        double c = hh * Math.fma(hh, Math.fma(hh, CS6, CS4), CS2);
        int i = index(u);
        double cor = Math.fma(-s, TABLE[i], Math.fma(-c, TABLE[i + 2], Math.fma(-s, TABLE[i + 1], TABLE[i + 3])));
        return TABLE[i + 2] + cor;
    }

    /** {@code x - x³/3! + x⁵/5! - … + (1 - x²/2)·dx}, evaluated as in the C macro. */
    private static double taylorSin(double xx, double x, double dx) {
        double poly = Math.fma(Math.fma(Math.fma(Math.fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
        double t = Math.fma(Math.fma(poly, x, -(0.5 * dx)), xx, dx);
        return x + t;
    }

    private static int index(double u) {
        return ((int) Double.doubleToRawLongBits(u)) << 2;
    }

    private static double[] table() {
        MathContext mc = new MathContext(60);
        double[] t = new double[110 * 4];
        for (int k = 0; k < 110; k++) {
            BigDecimal x = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(128), mc);
            BigDecimal[] sc = sinCos(x, mc);
            for (int j = 0; j < 2; j++) {
                double hi = sc[j].doubleValue();
                t[4 * k + 2 * j] = hi;
                t[4 * k + 2 * j + 1] = sc[j].subtract(new BigDecimal(hi), mc).doubleValue();
            }
        }
        for (int i = 0; i < LIBRARY_LOW_WORDS.length; i += 2) {
            t[(int) LIBRARY_LOW_WORDS[i]] = Double.longBitsToDouble(LIBRARY_LOW_WORDS[i + 1]);
        }
        return t;
    }

    /** Taylor series of sin and cos at {@code 0 <= x < 1} to the precision of {@code mc}. */
    private static BigDecimal[] sinCos(BigDecimal x, MathContext mc) {
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal sin = BigDecimal.ZERO;
        BigDecimal cos = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE; // x^n / n!, starting at n = 0
        BigDecimal eps = BigDecimal.ONE.movePointLeft(70);
        for (int n = 0; term.abs().compareTo(eps) > 0 || n < 2; n += 2) {
            cos = (n / 2) % 2 == 0 ? cos.add(term, mc) : cos.subtract(term, mc);
            BigDecimal odd = term.multiply(x, mc).divide(BigDecimal.valueOf(n + 1L), mc);
            sin = (n / 2) % 2 == 0 ? sin.add(odd, mc) : sin.subtract(odd, mc);
            term = odd.multiply(x, mc).divide(BigDecimal.valueOf(n + 2L), mc);
        }
        return new BigDecimal[] {sin, cos};
    }
}
