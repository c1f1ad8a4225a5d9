package dev.chainrule.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.MeanSquaredError;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** L-BFGS and Adam reach the known minimum of small convex problems; L-BFGS also solves Rosenbrock's valley. */
class ConvergenceTest {
    private static final double[] XS = {0, 1, 2, 3, 4, 5};
    private static final double[] YS = {1.1, 2.9, 5.2, 7.1, 8.8, 11.2};

    /** Least squares for {@code y ≈ a x + c}: {@code a = Σ(x - x̄)(y - ȳ) / Σ(x - x̄)²}, {@code c = ȳ - a x̄}. */
    private static double[] closedFormFit() {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < XS.length; i++) {
            mx += XS[i] / XS.length;
            my += YS[i] / YS.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < XS.length; i++) {
            sxy += (XS[i] - mx) * (YS[i] - my);
            sxx += (XS[i] - mx) * (XS[i] - mx);
        }
        return new double[] {sxy / sxx, my - sxy / sxx * mx};
    }

    /** Linear regression as an nn model: a Linear(1 → 1) layer and the mean squared error. */
    private static final Sequential LINE = Sequential.of(new Linear(1, 1));
    private static final Tensor X = Tensor.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}});
    private static final Tensor Y = Tensor.of(new double[][] {{1.1}, {2.9}, {5.2}, {7.1}, {8.8}, {11.2}});
    private static final Function<Params, Tensor> MSE = p -> new MeanSquaredError().apply(LINE.forward(p, X), Y);

    /** {@code ½ wᵀAw - bᵀw} with a symmetric positive definite A, minimised at {@code w* = A⁻¹b = [1, -2, 3]}. */
    private static final Tensor A = Tensor.of(new double[][] {{4, 1, 0}, {1, 3, -1}, {0, -1, 2}});
    private static final double[] W_STAR = {1, -2, 3};
    private static final Tensor B = A.matmul(Tensor.of(W_STAR));
    private static final Function<Params, Tensor> QUADRATIC = p -> {
        Tensor w = p.get("w");
        return w.mul(A.matmul(w)).sum().mul(0.5).sub(B.mul(w).sum());
    };

    private static void assertFit(Params p, double tol) {
        double[] fit = closedFormFit();
        assertThat(p.get("0.weight").item()).as("slope").isCloseTo(fit[0], within(tol));
        assertThat(p.get("0.bias").item()).as("intercept").isCloseTo(fit[1], within(tol));
    }

    private static Params adam(Function<Params, Tensor> loss, Params start, double lr, int steps) {
        Optimizer adam = new Adam(lr);
        Params p = start;
        OptimizerState s = OptimizerState.initial();
        for (int k = 0; k < steps; k++) {
            Optimizer.Step step = adam.step(p, p.gradientsFrom(loss.apply(p).grad()), s);
            p = step.params();
            s = step.state();
        }
        return p;
    }

    @Test
    void lbfgsFindsTheLeastSquaresLine() {
        LBFGS.Result r = new LBFGS().minimize(LBFGS.objective(MSE), LINE.init(new SplittableRandom(3)), 200);
        assertThat(r.converged()).as(r.reason()).isTrue();
        assertFit(r.params(), 1e-6);
        assertThat(r.losses()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void adamFindsTheLeastSquaresLine() {
        assertFit(adam(MSE, LINE.init(new SplittableRandom(3)), 0.05, 3000), 1e-6);
    }

    @Test
    void lbfgsAndAdamFindTheMinimumOfAQuadratic() {
        Params start = Params.of("w", Tensor.zeros(3));
        LBFGS.Result r = new LBFGS(10, 1000, 1e-10, 0).minimize(LBFGS.objective(QUADRATIC), start, 200);
        assertThat(r.params().get("w").toArray()).containsExactly(W_STAR, within(1e-6));
        assertThat(r.loss()).isCloseTo(-0.5 * B.mul(Tensor.of(W_STAR)).sum().item(), within(1e-9));
        assertThat(adam(QUADRATIC, start, 0.05, 3000).get("w").toArray()).containsExactly(W_STAR, within(1e-6));
    }

    @Test
    void lbfgsSolvesRosenbrock() {
        Function<Params, Tensor> rosenbrock = p -> {
            Tensor x = p.get("x");
            Tensor y = p.get("y");
            return x.rsub(1).square().add(y.sub(x.square()).square().mul(100)).sum();
        };
        Params start = Params.of("x", Tensor.of(-1.2), "y", Tensor.of(1.0));
        LBFGS.Result r = new LBFGS(10, 5000, 1e-10, 0).minimize(LBFGS.objective(rosenbrock), start, 500);
        assertThat(r.params().get("x").item()).as(r.reason()).isCloseTo(1.0, within(1e-6));
        assertThat(r.params().get("y").item()).isCloseTo(1.0, within(1e-6));
        assertThat(r.loss()).isLessThan(1e-12);
        assertThat(r.iterations()).isLessThan(100);
    }

    @Test
    void lbfgsStopsAtItsIterationLimitAndSaysSo() {
        LBFGS.Result r = new LBFGS(10, 1000, 0, 0).minimize(LBFGS.objective(QUADRATIC), Params.of("w", Tensor.zeros(3)), 2);
        assertThat(r.converged()).isFalse();
        assertThat(r.iterations()).isEqualTo(2);
        assertThat(r.reason()).isEqualTo("reached 2 iterations");
        assertThat(r.losses()).hasSize(3);
    }

    @Test
    void anObjectiveThatDoesNotDependOnAParameterIsAnErrorNamingIt() {
        Params start = Params.of("w", Tensor.zeros(3), "forgotten", Tensor.of(1.0));
        assertThatThrownBy(() -> new LBFGS().minimize(LBFGS.objective(QUADRATIC), start, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no gradient for parameter 'forgotten': the loss does not depend on it.");
    }

    @Test
    void lbfgsAtTheMinimumStopsAtOnce() {
        LBFGS.Result r = new LBFGS().minimize(LBFGS.objective(QUADRATIC), Params.of("w", Tensor.of(W_STAR)), 200);
        assertThat(r.converged()).isTrue();
        assertThat(r.iterations()).isZero();
        assertThat(r.reason()).startsWith("the gradient is below");
    }
}
