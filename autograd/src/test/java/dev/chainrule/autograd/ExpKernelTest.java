package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exp kernel: within 2 ulps of the exact value, and the same bits from the vector loop and the plain one. */
class ExpKernelTest {
    private static double[] samples() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] x = new double[400_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> rng.nextDouble(-760, 760);
                case 1 -> rng.nextDouble(-2, 2);
                case 2 -> Math.copySign(Math.pow(10, rng.nextDouble(-320, 0)), rng.nextDouble() - 0.5);
                default -> rng.nextDouble(695, 705) * (rng.nextBoolean() ? 1 : -1);
            };
        }
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            700.0, -700.0, Math.nextUp(700.0), Math.nextDown(-700.0), 709.78, 709.79, -745.2, -745.1, 1e300, -1e300,
            Math.log(2) / 2, -Math.log(2) / 2, 1.0, -1.0};
        System.arraycopy(special, 0, x, 0, special.length);
        return x;
    }

    @Test
    void withinTwoUlpsOfTheExactValue() {
        double worst = 0;
        double at = 0;
        for (double v : samples()) {
            double exact = StrictMath.exp(v);   // fdlibm: within one ulp
            double got = ExpKernel.exp(v);
            if (Double.isNaN(exact) || exact == 0 || Double.isInfinite(exact)) {
                assertThat(Double.doubleToLongBits(got)).as("exp(%s)", v).isEqualTo(Double.doubleToLongBits(exact));
                continue;
            }
            double ulps = Math.abs(got - exact) / Math.ulp(exact);
            if (ulps > worst) {
                worst = ulps;
                at = v;
            }
        }
        assertThat(worst).as("the largest error, at exp(%s)", at).isLessThanOrEqualTo(2.0);
    }

    @Test
    void theArrayLoopGivesTheSameBitsAsOneNumberAtATimeAlsoInPlace() {
        double[] x = samples();
        for (int length : new int[] {0, 1, 7, 8, 9, 1000, x.length}) {
            double[] in = java.util.Arrays.copyOf(x, length);
            double[] out = new double[length];
            for (int repeat = 0; repeat < 3; repeat++) {
                ExpKernel.exp(in, out);
                for (int i = 0; i < length; i++) {
                    assertThat(Double.doubleToLongBits(out[i])).as("exp(%s)", in[i])
                            .isEqualTo(Double.doubleToLongBits(ExpKernel.exp(in[i])));
                }
            }
            ExpKernel.exp(in, in);
            assertThat(in).isEqualTo(out);
        }
    }
}
