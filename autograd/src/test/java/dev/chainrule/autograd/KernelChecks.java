package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.DoubleUnaryOperator;

/**
 * The two checks every element-wise kernel ({@link TanhKernel}, {@link ExpKernel}, {@link LogKernel}) must pass:
 * close to {@link StrictMath}'s value, and the array loop (the Vector API's, when the module is there) giving the
 * same bits as the kernel's one-number-at-a-time arithmetic.
 */
final class KernelChecks {
    private KernelChecks() {
    }

    /**
     * Over {@code samples}, {@code kernel} is within {@code maxUlps} units in the last place of {@code exact}; where
     * {@code exact} is NaN, infinite or zero, it gives exactly the same bits.
     */
    static void withinUlps(String name, double[] samples, DoubleUnaryOperator kernel, DoubleUnaryOperator exact,
            double maxUlps) {
        double worst = 0;
        double at = 0;
        for (double v : samples) {
            double want = exact.applyAsDouble(v);
            double got = kernel.applyAsDouble(v);
            if (Double.isNaN(want) || Double.isInfinite(want) || want == 0) {
                assertThat(Double.doubleToLongBits(got)).as("%s(%s)", name, v).isEqualTo(Double.doubleToLongBits(want));
                continue;
            }
            double ulps = Math.abs(got - want) / Math.ulp(want);
            if (ulps > worst) {
                worst = ulps;
                at = v;
            }
        }
        assertThat(worst).as("the largest error, at %s(%s)", name, at).isLessThanOrEqualTo(maxUlps);
    }

    /**
     * {@code arrays(in, out)} fills {@code out} with the bits of {@code one} element by element, at lengths around a
     * vector's (0, 1, 7, 8, 9, 1000 and all of {@code samples}), on repeated calls, and also in place.
     */
    static void arrayLoopIsTheScalarOne(String name, double[] samples, BiConsumer<double[], double[]> arrays,
            DoubleUnaryOperator one) {
        for (int length : new int[] {0, 1, 7, 8, 9, 1000, samples.length}) {
            double[] in = Arrays.copyOf(samples, length);
            double[] out = new double[length];
            for (int repeat = 0; repeat < 3; repeat++) {
                arrays.accept(in, out);
                for (int i = 0; i < length; i++) {
                    assertThat(Double.doubleToLongBits(out[i])).as("%s(%s)", name, in[i])
                            .isEqualTo(Double.doubleToLongBits(one.applyAsDouble(in[i])));
                }
            }
            arrays.accept(in, in);
            assertThat(in).as("%s in place", name).isEqualTo(out);
        }
    }
}
