package dev.chainrule.autograd;

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
        KernelChecks.withinUlps("log", samples(), LogKernel::log, StrictMath::log, 4.0);
    }

    @Test
    void theArrayLoopGivesTheSameBitsAsOneNumberAtATimeAlsoInPlace() {
        KernelChecks.arrayLoopIsTheScalarOne("log", samples(), LogKernel::log, LogKernel::log);
    }
}
