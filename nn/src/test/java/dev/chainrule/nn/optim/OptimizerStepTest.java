package dev.chainrule.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first steps of each optimiser against values worked out by hand; steps are pure functions. */
class OptimizerStepTest {
    private static final double TOL = 1e-12;
    private static final Params START = Params.of("w", Tensor.of(1.0, -2.0), "b", Tensor.of(0.5));
    private static final List<Params> GRADS = List.of(
            Params.of("w", Tensor.of(0.5, -1.0), "b", Tensor.of(2.0)),
            Params.of("w", Tensor.of(0.25, 0.5), "b", Tensor.of(-1.0)),
            Params.of("w", Tensor.of(0.0, 0.0), "b", Tensor.of(0.0)));

    /** The parameters after each of the given steps. */
    private static List<Params> run(Optimizer opt, int steps) {
        Params p = START;
        OptimizerState s = OptimizerState.initial();
        List<Params> out = new java.util.ArrayList<>();
        for (int k = 0; k < steps; k++) {
            Optimizer.Step step = opt.step(p, GRADS.get(k), s);
            assertThat(step.state().step()).isEqualTo(k + 1);
            p = step.params();
            s = step.state();
            out.add(p);
        }
        return out;
    }

    private static void assertParams(Params p, double[] w, double b) {
        assertThat(p.names()).containsExactly("w", "b");
        assertThat(p.get("w").toArray()).containsExactly(w, within(TOL));
        assertThat(p.get("b").item()).isCloseTo(b, within(TOL));
    }

    @Test
    void plainSgdSubtractsTheLearningRateTimesTheGradient() {
        List<Params> p = run(new SGD(0.1), 2);
        assertParams(p.get(0), new double[] {0.95, -1.9}, 0.3);        // θ - 0.1 g1
        assertParams(p.get(1), new double[] {0.925, -1.95}, 0.4);      // - 0.1 g2
    }

    @Test
    void momentumAccumulatesAVelocity() {
        // v1 = g1; v2 = 0.9 v1 + g2 = [0.7, -0.4], b: -1 + 1.8 = 0.8; v3 = 0.9 v2 = [0.63, -0.36], b: 0.72.
        List<Params> p = run(new SGD(0.1, 0.9, false), 3);
        assertParams(p.get(0), new double[] {0.95, -1.9}, 0.3);
        assertParams(p.get(1), new double[] {0.88, -1.86}, 0.22);
        assertParams(p.get(2), new double[] {0.817, -1.824}, 0.148);
    }

    @Test
    void nesterovStepsAlongTheGradientPlusMomentumTimesTheNewVelocity() {
        // d1 = g1 + 0.9 v1 = 1.9 g1 = [0.95, -1.9], b 3.8;  v2 = [0.7, -0.4], b 0.8; d2 = g2 + 0.9 v2 = [0.88, 0.14], b -0.28.
        List<Params> p = run(new SGD(0.1, 0.9, true), 2);
        assertParams(p.get(0), new double[] {0.905, -1.81}, 0.12);
        assertParams(p.get(1), new double[] {0.817, -1.824}, 0.148);
    }

    @Test
    void adamFirstThreeStepsByHand() {
        double lr = 0.1;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        List<Params> p = run(new Adam(lr, b1, b2, eps), 3);
        // The first step moves every parameter by almost exactly lr against the sign of its gradient: m̂ = g, v̂ = g².
        assertThat(p.get(0).get("w").toArray()).containsExactly(new double[] {0.9, -1.9}, within(1e-8));
        assertThat(p.get(0).get("b").item()).isCloseTo(0.4, within(1e-8));
        assertThat(p.get(0).get("w").get(0)).isCloseTo(1 - lr * 0.5 / (0.5 + eps), within(1e-15));

        // Steps 2 and 3 for w[0] (g = 0.5, 0.25, 0) and b (g = 2, -1, 0), written out.
        double[][] gs = {{0.5, 0.25, 0.0}, {2.0, -1.0, 0.0}};
        double[] start = {1.0, 0.5};
        for (int which = 0; which < 2; which++) {
            double theta = start[which];
            double m = 0;
            double v = 0;
            for (int t = 1; t <= 3; t++) {
                double g = gs[which][t - 1];
                m = b1 * m + (1 - b1) * g;
                v = b2 * v + (1 - b2) * g * g;
                double mHat = m / (1 - Math.pow(b1, t));
                double vHat = v / (1 - Math.pow(b2, t));
                theta -= lr * mHat / (Math.sqrt(vHat) + eps);
                double actual = which == 0 ? p.get(t - 1).get("w").get(0) : p.get(t - 1).get("b").item();
                assertThat(actual).as("parameter %d after step %d", which, t).isCloseTo(theta, within(TOL));
            }
        }
        // Step 2 of w[0] in numbers: m = 0.07, v = 0.00031225, m̂ = 0.07/0.19, v̂ = 0.0003125/0.001999.
        assertThat(p.get(1).get("w").get(0)).isCloseTo(0.9 - 0.1 * (0.07 / 0.19) / Math.sqrt(0.00031225 / 0.001999),
                within(1e-8));
    }

    @Test
    void stepsArePureTheSameInputsGiveTheSameOutputsAndNothingChanges() {
        for (Optimizer opt : List.of(new SGD(0.1), new SGD(0.1, 0.9, false), new SGD(0.1, 0.5, true), new Adam(0.01))) {
            OptimizerState initial = OptimizerState.initial();
            Optimizer.Step first = opt.step(START, GRADS.get(0), initial);
            OptimizerState afterOne = first.state();
            Optimizer.Step a = opt.step(first.params(), GRADS.get(1), afterOne);
            Optimizer.Step b = opt.step(first.params(), GRADS.get(1), afterOne);
            assertThat(a.params()).as(opt.describe()).isEqualTo(b.params());
            assertThat(a.state()).as(opt.describe()).isEqualTo(b.state());
            assertThat(afterOne).as("the state passed in is unchanged").isEqualTo(first.state());
            assertThat(afterOne.step()).isEqualTo(1);
            assertThat(initial.step()).isZero();
            assertThat(initial.slots()).isEmpty();
            assertThat(opt.step(START, GRADS.get(0), initial)).as("replaying the first step").isEqualTo(first);
            assertThat(START.get("w").toArray()).containsExactly(1.0, -2.0);
        }
    }

    @Test
    void theStateHoldsTheSlotsEachOptimiserNeeds() {
        assertThat(new SGD(0.1).step(START, GRADS.get(0), OptimizerState.initial()).state().slots()).isEmpty();
        OptimizerState momentum = new SGD(0.1, 0.9, false).step(START, GRADS.get(0), OptimizerState.initial()).state();
        assertThat(momentum.slots().keySet().toJavaSet()).containsExactly("velocity");
        assertThat(momentum.slot("velocity", START)).isEqualTo(GRADS.get(0));
        OptimizerState adam = new Adam(0.1).step(START, GRADS.get(0), OptimizerState.initial()).state();
        assertThat(adam.slots().keySet().toJavaSet()).containsExactlyInAnyOrder("m", "v");
        assertThat(adam.slot("m", START).get("b").item()).isCloseTo(0.2, within(1e-15));
        assertThat(adam.slot("v", START).get("b").item()).isCloseTo(0.004, within(1e-15));
        assertThat(OptimizerState.initial().slot("m", START).get("w").toArray()).containsExactly(0.0, 0.0);
    }

    @Test
    void aNegativeOrNonFiniteLearningRateIsRejectedNamingIt() {
        assertThatThrownBy(() -> new SGD(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SGD: learning rate must be a finite number >= 0, got -0.1");
        assertThatThrownBy(() -> new Adam(-0.001)).hasMessage("Adam: learning rate must be a finite number >= 0, got -0.001");
        assertThatThrownBy(() -> new SGD(Double.NaN)).hasMessageContaining("learning rate").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new Adam(Double.POSITIVE_INFINITY)).hasMessageContaining("learning rate")
                .hasMessageContaining("Infinity");
    }

    @Test
    void otherBadSettingsAreRejectedNamingThem() {
        assertThatThrownBy(() -> new SGD(0.1, 1.0, false)).hasMessageContaining("momentum must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new SGD(0.1, -0.5, false)).hasMessageContaining("momentum");
        assertThatThrownBy(() -> new SGD(0.1, 0.0, true)).hasMessageContaining("Nesterov momentum needs momentum > 0");
        assertThatThrownBy(() -> new Adam(0.1, 1.0, 0.999, 1e-8)).hasMessageContaining("beta1 and beta2");
        assertThatThrownBy(() -> new Adam(0.1, 0.9, 0.999, 0)).hasMessageContaining("epsilon must be > 0");
        assertThatThrownBy(() -> new LBFGS(0, 10, 0, 0)).hasMessageContaining("history");
        assertThatThrownBy(() -> new LBFGS(5, 10, -1, 0)).hasMessageContaining("gradient tolerance");
        assertThatThrownBy(() -> new LBFGS().minimize(p -> null, Params.empty(), -1)).hasMessageContaining("maxIterations");
    }

    @Test
    void describeNamesTheSettings() {
        assertThat(new SGD(0.1).describe()).isEqualTo("SGD(lr=0.1)");
        assertThat(new SGD(0.1, 0.9, true).describe()).isEqualTo("SGD(lr=0.1, momentum=0.9, nesterov)");
        assertThat(new Adam(0.001).describe()).isEqualTo("Adam(lr=0.001)");
    }
}
