package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The log kernel: within 4 ulps of the exact value, and the same bits from the vector loop and the plain one. */
class LogKernelTest {
    private static double[] samples() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] x = new double[400_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> Math.pow(10, rng.nextDouble(-307, 308));
                case 1 -> rng.nextDouble(0, 3);
                case 2 -> 1 + Math.copySign(Math.pow(10, rng.nextDouble(-16, -1)), rng.nextDouble() - 0.5);
                default -> rng.nextDouble(1.40, 1.43) * Math.pow(2, rng.nextInt(-20, 20));
            };
        }
        double[] special = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, 1.0,
            Math.nextUp(1.0), Math.nextDown(1.0), 2.0, 0.5, Math.sqrt(2), Math.nextUp(Math.sqrt(2)), Math.E, 1e-7};
        System.arraycopy(special, 0, x, 0, special.length);
        return x;
    }

    @Test
    void withinFourUlpsOfTheExactValue() {
        double worst = 0;
        double at = 0;
        for (double v : samples()) {
            double exact = StrictMath.log(v);   // fdlibm: within one ulp
            double got = LogKernel.log(v);
            if (Double.isNaN(exact) || Double.isInfinite(exact) || exact == 0) {
                assertThat(Double.doubleToLongBits(got)).as("log(%s)", v).isEqualTo(Double.doubleToLongBits(exact));
                continue;
            }
            double ulps = Math.abs(got - exact) / Math.ulp(exact);
            if (ulps > worst) {
                worst = ulps;
                at = v;
            }
        }
        assertThat(worst).as("the largest error, at log(%s)", at).isLessThanOrEqualTo(4.0);
    }

    @Test
    void theArrayLoopGivesTheSameBitsAsOneNumberAtATimeAlsoInPlace() {
        double[] x = samples();
        for (int length : new int[] {0, 1, 7, 8, 9, 1000, x.length}) {
            double[] in = java.util.Arrays.copyOf(x, length);
            double[] out = new double[length];
            for (int repeat = 0; repeat < 3; repeat++) {
                LogKernel.log(in, out);
                for (int i = 0; i < length; i++) {
                    assertThat(Double.doubleToLongBits(out[i])).as("log(%s)", in[i])
                            .isEqualTo(Double.doubleToLongBits(LogKernel.log(in[i])));
                }
            }
            LogKernel.log(in, in);
            assertThat(in).isEqualTo(out);
        }
    }
}
