package dev.chainrule.autograd;

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
        KernelChecks.withinUlps("exp", samples(), ExpKernel::exp, StrictMath::exp, 2.0);
    }

    @Test
    void theArrayLoopGivesTheSameBitsAsOneNumberAtATimeAlsoInPlace() {
        KernelChecks.arrayLoopIsTheScalarOne("exp", samples(), ExpKernel::exp, ExpKernel::exp);
    }
}
