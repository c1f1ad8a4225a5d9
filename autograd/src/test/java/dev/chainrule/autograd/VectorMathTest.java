package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Large tensors take the Vector API path for tanh: it must agree with Math.tanh to within one ulp. */
class VectorMathTest {

    @Test
    void largeTanhAgreesWithMathTanhWithinOneUlp() {
        assertThat(VectorMath.worthIt(5003)).isTrue();
        double[] x = new SplittableRandom(7).doubles(5003, -30, 30).toArray();
        x[0] = 0.0;
        x[1] = -0.0;
        x[2] = 1e-300;
        x[3] = 700;
        x[4] = -700;
        double[] y = Tensor.of(x).tanh().toArray();
        for (int i = 0; i < x.length; i++) {
            assertThat(Math.abs(y[i] - Math.tanh(x[i]))).as("tanh(%s)", x[i]).isLessThanOrEqualTo(Math.ulp(Math.tanh(x[i])));
        }
        assertThat(y[3]).isEqualTo(1.0);
        assertThat(y[4]).isEqualTo(-1.0);
    }

    @Test
    void smallTensorsKeepMathTanhBitForBit() {
        assertThat(VectorMath.worthIt(4)).isFalse();
        double[] x = {0.27, -0.18, 0.3852, 3.0};
        double[] y = Tensor.of(x).tanh().toArray();
        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).isEqualTo(Math.tanh(x[i]));
        }
    }
}
