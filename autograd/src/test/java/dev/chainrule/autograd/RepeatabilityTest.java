package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The same computation gives the same bits every time, however warm the JIT is: large element-wise functions and
 * large products included (a teaching tool must print the same digits on every run).
 */
class RepeatabilityTest {
    @Test
    void largeTanhIsTheSameBitsOnEveryRun() {
        double[] x = new SplittableRandom(7).doubles(50_003, -30, 30).toArray();
        x[0] = -0.0;
        x[1] = 700;
        double[] first = Tensor.of(x).tanh().toArray();
        for (int run = 0; run < 200; run++) {
            assertThat(Tensor.of(x).tanh().toArray()).isEqualTo(first);
        }
        for (int i = 0; i < x.length; i++) {
            assertThat(first[i]).isEqualTo(TanhKernel.tanh(x[i]));
        }
        assertThat(1 / first[0]).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aLargeProductAndItsGradientRepeatBitForBit() {
        SplittableRandom rng = new SplittableRandom(3);
        Tensor a = Tensor.of(Shape.matrix(200, 300), rng.doubles(200 * 300, -1, 1).toArray());
        Tensor b = Tensor.of(Shape.matrix(300, 150), rng.doubles(300 * 150, -1, 1).toArray());
        Tensor first = a.matmul(b).tanh().sum().grad(a).of(a);
        for (int run = 0; run < 30; run++) {
            assertThat(a.matmul(b).tanh().sum().grad(a).of(a).sameValues(first)).isTrue();
        }
    }
}
