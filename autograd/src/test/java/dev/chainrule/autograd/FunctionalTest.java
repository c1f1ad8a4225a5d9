package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link Functional}'s shared formulas, at the edges of their arguments. */
class FunctionalTest {

    @Test
    void mseAndSgdStep() {
        assertThat(Functional.mse(Tensor.of(0.8, 0.3), Tensor.of(1.0, 0.0)).item()).isCloseTo(0.065, within(1e-15));
        Tensor w = Tensor.of(1.0, -2.0);
        Tensor step = Functional.sgdStep(w, Tensor.of(0.5, 1.0), 0.1);
        assertThat(step.toArray()).containsExactly(0.95, -2.1);
        assertThat(step.isLeaf()).isTrue();
    }

    @Test
    void theStepHasTheBitsOfItsCompositionAndRefusesAGradientOfAnotherShape() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        Tensor w = Tensor.of(rng.doubles(1000, -3, 3).toArray());
        Tensor g = Tensor.of(rng.doubles(1000, -3, 3).toArray());
        for (double lr : new double[] {0.1, 0.03, 1e-7, 0.5}) {
            assertThat(Functional.sgdStep(w, g, lr).toArray()).isEqualTo(w.sub(g.mul(lr)).toArray());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Functional.sgdStep(w, Tensor.of(1.0), 0.1))
                .isInstanceOf(ShapeException.class).hasMessageContaining("sgd step").hasMessageContaining("(1000,)");
    }

    @Test
    void aConfidentWrongPredictionCostsAbout34AndAHalfNotInfinity() {
        // p is clipped to [1e-15, 1 - 1e-15] on both sides: -log(1e-15) ≈ 34.54
        double cost = -Math.log(1e-15);
        assertThat(Functional.bce(Tensor.of(0.0), Tensor.of(1.0)).item()).isCloseTo(cost, within(1e-9));
        assertThat(Functional.bce(Tensor.of(1.0), Tensor.of(0.0)).item()).isCloseTo(cost, within(1e-3));
        assertThat(Functional.bce(Tensor.of(1.0), Tensor.of(0.0)).item()).isFinite();
    }

    @Test
    void epsilonZeroDoesNotClip() {
        assertThat(Functional.bce(Tensor.of(0.3), Tensor.of(1.0), 0).item()).isCloseTo(-Math.log(0.3), within(1e-15));
        assertThat(Functional.bce(Tensor.of(1.0), Tensor.of(0.0), 0).item()).isEqualTo(Double.POSITIVE_INFINITY);
        // p outside [0, 1] is taken as it is: log(1 - 2) is NaN (a clip to [0, 1] would make it +∞)
        assertThat(Functional.bce(Tensor.of(2.0), Tensor.of(0.0), 0).item()).isNaN();
    }

    @Test
    void epsilonIsInZeroToOneHalf() {
        assertThat(Functional.bce(Tensor.of(0.9), Tensor.of(1.0), 0.4999).item()).isCloseTo(-Math.log(0.5001), within(1e-12));
        assertThatThrownBy(() -> Functional.bce(Tensor.of(0.9), Tensor.of(1.0), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bce: epsilon must be in [0, 0.5), got 0.5");
        assertThatThrownBy(() -> Functional.bce(Tensor.of(0.9), Tensor.of(1.0), -1e-300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 0.5)");
        assertThatThrownBy(() -> Functional.bce(Tensor.of(0.9), Tensor.of(1.0), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
