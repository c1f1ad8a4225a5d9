package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tanh kernel: within 4 ulps of the exact value, and the same bits from the vector loop and the plain one. */
class TanhKernelTest {
    private static final double LN2 = Math.log(2);

    private static double[] samples() {
        SplittableRandom rng = new SplittableRandom(42);
        double[] x = new double[400_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> rng.nextDouble(-30, 30);
                case 1 -> rng.nextDouble(-1, 1);
                case 2 -> Math.copySign(Math.pow(10, rng.nextDouble(-320, 0)), rng.nextDouble() - 0.5);
                // near the points where ⌊2|x| / ln 2⌋ steps, from one power of two in the formula to the next
                default -> (rng.nextInt(1, 64) * LN2 / 2 + rng.nextDouble(-1e-6, 1e-6)) * (rng.nextBoolean() ? 1 : -1);
            };
        }
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, 1e-300, LN2 / 2, -LN2 / 2, Math.nextDown(LN2 / 2), 22.0, 21.999, 19.06, 1e300, -1e300};
        System.arraycopy(special, 0, x, 0, special.length);
        return x;
    }

    @Test
    void withinFourUlpsOfTheExactValue() {
        KernelChecks.withinUlps("tanh", samples(), TanhKernel::tanh, StrictMath::tanh, 4.0);
    }

    @Test
    void signsZerosAndLimits() {
        assertThat(1 / TanhKernel.tanh(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(1 / TanhKernel.tanh(0.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(TanhKernel.tanh(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(TanhKernel.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(TanhKernel.tanh(30)).isEqualTo(1.0);
        assertThat(TanhKernel.tanh(1e-300)).isEqualTo(1e-300);
        assertThat(TanhKernel.tanh(Double.NaN)).isNaN();
    }

    @Test
    void theArrayLoopGivesTheSameBitsAsOneNumberAtATimeAlsoInPlace() {
        KernelChecks.arrayLoopIsTheScalarOne("tanh", samples(), TanhKernel::tanh, TanhKernel::tanh);
    }
}
