package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorAssertions.assertFinite;
import static dev.chainrule.autograd.TensorAssertions.assertTensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Sigmoid, softmax and log-softmax at |x| = 1000, where the textbook formulas overflow ({@code e^1000 = ∞}):
 * no NaN or infinity, the right limits, and finite gradients.
 */
class StabilityTest {
    private static final double BIG = 1000;

    @Test
    void sigmoidSaturatesToZeroAndOne() {
        Tensor x = Tensor.of(-BIG, BIG, -BIG / 2, BIG / 2);
        Tensor s = x.sigmoid();
        assertTensor(s, Shape.vector(4), 0, 1, 0, 1);
        Tensor g = s.sum().grad().of(x);
        assertFinite(g);
        assertTensor(g, Shape.vector(4), 0, 0, 0, 0);
    }

    @Test
    void sigmoidJustInsideTheRangeKeepsItsTinyValues() {
        // σ(-700) = e^-700 / (1 + e^-700) ≈ e^-700, a normal double: the stable branch must not round it to 0
        Tensor s = Tensor.of(-700.0, 700.0).sigmoid();
        assertThat(s.get(0)).isCloseTo(Math.exp(-700), withinPercentage(1e-10));
        assertThat(s.get(1)).isEqualTo(1.0);
    }

    @Test
    void softmaxOfHugeLogits() {
        Tensor x = Tensor.of(BIG, 0.0, -BIG);
        assertTensor(x.softmax(0), Shape.vector(3), 1, 0, 0);
        assertTensor(Tensor.of(BIG, BIG).softmax(0), Shape.vector(2), 0.5, 0.5);
        assertTensor(Tensor.of(-BIG, -BIG).softmax(0), Shape.vector(2), 0.5, 0.5);
        assertTensor(Tensor.of(BIG, BIG - Math.log(3)).softmax(0), Shape.vector(2), 0.75, 0.25);
    }

    @Test
    void softmaxOfHugeLogitsAlongEachAxisOfAMatrix() {
        Tensor x = Tensor.of(new double[][] {{BIG, -BIG}, {-BIG, -BIG}});
        assertTensor(x.softmax(1), Shape.matrix(2, 2), 1, 0, 0.5, 0.5);
        assertTensor(x.softmax(0), Shape.matrix(2, 2), 1, 0.5, 0, 0.5);
    }

    @Test
    void logSoftmaxOfHugeLogits() {
        // log_softmax([1000, 0, -1000]) = [0, -1000, -2000]: the naive log(e^x / Σ e^x) gives [NaN, -∞, -∞]
        assertTensor(Tensor.of(BIG, 0.0, -BIG).logSoftmax(0), Shape.vector(3), 0, -BIG, -2 * BIG);
        assertTensor(Tensor.of(-BIG, -BIG).logSoftmax(0), Shape.vector(2), -Math.log(2), -Math.log(2));
        Tensor x = Tensor.of(new double[][] {{BIG, -BIG}, {-BIG, -BIG}});
        assertTensor(x.logSoftmax(1), Shape.matrix(2, 2), 0, -2 * BIG, -Math.log(2), -Math.log(2));
        assertTensor(x.logSoftmax(0), Shape.matrix(2, 2), 0, -Math.log(2), -2 * BIG, -Math.log(2));
    }

    @Test
    void gradientsAtHugeLogitsAreFiniteAndCorrect() {
        Tensor x = Tensor.of(new double[][] {{BIG, 0.0, -BIG}, {-BIG, -BIG, BIG}});
        Tensor oneHot = Tensor.of(new double[][] {{0, 1, 0}, {1, 0, 0}});
        // cross-entropy: ∂/∂x = softmax(x) - onehot
        Tensor ce = x.logSoftmax(1).mul(oneHot).sum().neg();
        assertThat(ce.item()).isEqualTo(BIG + 2 * BIG);
        Tensor g = ce.grad().of(x);
        assertFinite(g);
        assertTensor(g, Shape.matrix(2, 3), 1, -1, 0, -1, 0, 1);

        Tensor weights = Tensor.of(new double[][] {{0.5, -1, 2}, {3, 1, -2}});
        for (int axis : new int[] {0, 1}) {
            assertFinite(x.softmax(axis).mul(weights).sum().grad().of(x));
            assertFinite(x.logSoftmax(axis).mul(weights).sum().grad().of(x));
        }
    }

    @Test
    void tanhSaturatesWithFiniteGradient() {
        Tensor x = Tensor.of(-BIG, BIG);
        assertTensor(x.tanh(), Shape.vector(2), -1, 1);
        assertTensor(x.tanh().sum().grad().of(x), Shape.vector(2), 0, 0);
    }

    @Test
    void secondDerivativesAtHugeLogitsAreFinite() {
        Tensor x = Tensor.of(BIG, 0.0, -BIG);
        Tensor g = x.logSoftmax(0).mul(Tensor.of(1.0, -2.0, 0.5)).sum().differentiableGrad().of(x);
        assertFinite(g.square().sum().grad().of(x));
        Tensor s = x.sigmoid().sum().differentiableGrad().of(x);
        assertFinite(s.sum().grad().of(x));
    }
}
