package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorAssertions.assertClose;
import static dev.chainrule.autograd.TensorAssertions.assertTensor;
import static dev.chainrule.autograd.check.GradientAssert.assertThatGradients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Second (and third) derivatives through {@link Tensor#differentiableGrad()}: closed forms for tanh, sigmoid and
 * x³, finite differences of the first gradient for every rule, and a Hessian-vector product of a small MLP.
 */
class HigherOrderTest {
    private static final double ATOL = 1e-7;
    private static final double RTOL = 1e-5;

    private static final Tensor X = Tensor.of(-1.7, -0.4, 0.0, 0.3, 1.1, 2.5);

    /**
     * {@code f''} at every element of {@code x}: for an element-wise {@code f}, the gradient of
     * {@code Σ f'(x_j)} with respect to {@code x_i} is {@code f''(x_i)}.
     */
    private static Tensor secondDerivative(UnaryOperator<Tensor> f, Tensor x) {
        Tensor first = f.apply(x).sum().differentiableGrad().of(x);
        return first.sum().grad().of(x);
    }

    /** {@code f(v)} element by element, computed with doubles. */
    private static Tensor map(Tensor x, DoubleUnaryOperator f) {
        double[] v = x.toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(v[i]);
        }
        return Tensor.of(x.shape(), v);
    }

    /** {@code f'} at every element of {@code x}, from {@link Tensor#grad()}. */
    private static Tensor firstDerivative(UnaryOperator<Tensor> f, Tensor x) {
        return f.apply(x).sum().grad().of(x);
    }

    @Test
    void tanhSecondDerivative() {
        // the first derivative too: a rule with a flipped sign would still give the right second derivative
        assertClose(firstDerivative(Tensor::tanh, X), map(X, v -> 1 - Math.tanh(v) * Math.tanh(v)), 1e-15, 1e-15);
        Tensor expected = map(X, v -> {
            double t = Math.tanh(v);
            return -2 * t * (1 - t * t);
        });
        assertClose(secondDerivative(Tensor::tanh, X), expected, 1e-12, 1e-12);
    }

    @Test
    void sigmoidSecondDerivative() {
        assertClose(firstDerivative(Tensor::sigmoid, X), map(X, v -> {
            double s = 1 / (1 + Math.exp(-v));
            return s * (1 - s);
        }), 1e-15, 1e-14);
        Tensor expected = map(X, v -> {
            double s = 1 / (1 + Math.exp(-v));
            return s * (1 - s) * (1 - 2 * s);
        });
        assertClose(secondDerivative(Tensor::sigmoid, X), expected, 1e-12, 1e-12);
    }

    @Test
    void cubeSecondAndThirdDerivatives() {
        assertClose(firstDerivative(x -> x.pow(3), X), map(X, v -> 3 * v * v), 1e-15, 1e-15);
        assertClose(secondDerivative(x -> x.pow(3), X), map(X, v -> 6 * v), 1e-12, 1e-12);
        // third derivative: differentiate the (differentiable) second derivative once more
        Tensor first = X.pow(3).sum().differentiableGrad().of(X);
        Tensor second = first.sum().differentiableGrad().of(X);
        Tensor third = second.sum().grad().of(X);
        assertTensor(third, X.shape(), 6, 6, 6, 6, 6, 6);
    }

    @Test
    void firstDerivativesFromDifferentiableGradEqualThoseFromGrad() {
        Tensor w = Tensor.of(new double[][] {{0.3, -0.8}, {1.2, 0.5}});
        Tensor loss = w.matmul(w).tanh().logSoftmax(1).sum(0).square().mean();
        assertThat(loss.differentiableGrad().of(w).sameValues(loss.grad().of(w))).isTrue();
        assertThat(loss.differentiableGrad().of(w).isLeaf()).isFalse();
        assertThat(loss.grad().of(w).isLeaf()).isTrue();
    }

    @Test
    void logSoftmaxHessianMatchesFiniteDifferencesOfTheGradient() {
        // L = Σ c ⊙ log_softmax(x, axis); GradCheck differentiates x -> ∂L/∂x analytically (via the rules'
        // own graphs) and numerically (central differences of the first gradient)
        Tensor x = Tensor.of(new double[][] {{0.2, -1.3, 0.8}, {1.5, 0.1, -0.6}});
        Tensor c = Tensor.of(new double[][] {{1.0, -0.5, 2.0}, {0.3, 1.2, -0.7}});
        for (int axis : new int[] {0, 1}) {
            assertThatGradients(in -> in.get(0).logSoftmax(axis).mul(c).sum().differentiableGrad().of(in.get(0)), x)
                    .matchNumerical(ATOL, RTOL);
        }
        // and by value: with c = one-hot rows the Hessian of -log_softmax is diag(p) - p pᵀ per row
        Tensor row = Tensor.of(0.2, -1.3, 0.8);
        Tensor p = row.softmax(0);
        Tensor grad = row.logSoftmax(0).mul(Tensor.of(0.0, 0.0, -1.0)).sum().differentiableGrad().of(row);
        for (int i = 0; i < 3; i++) {
            double[] e = new double[3];
            e[i] = 1;
            Tensor hessianRow = grad.mul(Tensor.of(e)).sum().grad().of(row);
            double[] expected = new double[3];
            for (int j = 0; j < 3; j++) {
                expected[j] = (i == j ? p.get(i) : 0) - p.get(i) * p.get(j);
            }
            assertClose(hessianRow, Tensor.of(expected), 1e-12, 1e-10);
        }
    }

    /** Second derivatives of every rule, as finite differences of its (differentiable) first gradient. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("secondOrderCases")
    void secondDerivativeOfEveryRuleMatchesFiniteDifferencesOfItsGradient(OpGradientTest.Case c) {
        // the gradient of Σ w ⊙ f(x) is a function of x; its own gradient is checked numerically
        Function<List<Tensor>, Tensor> firstGradient = in -> {
            Tensor out = c.f().apply(in);
            Tensor weighted = out.mul(weights(out.shape())).sum();
            Gradients g = weighted.differentiableGrad();
            Tensor sum = Tensor.of(0.0);
            for (int k = 0; k < in.size(); k++) {
                sum = sum.add(g.of(in.get(k)).mul(weights(in.get(k).shape()).mul(k + 1.0)).sum());
            }
            return sum;
        };
        assertThatGradients(firstGradient, c.at()).matchNumerical(ATOL, RTOL);
    }

    static Stream<OpGradientTest.Case> secondOrderCases() {
        Tensor v = Tensor.of(0.3, -1.2, 0.8);
        Tensor p = Tensor.of(0.6, 1.4, 2.2);
        Tensor m = Tensor.of(new double[][] {{0.5, -0.4, 1.3}, {-0.9, 0.2, 0.6}});
        Tensor m2 = Tensor.of(new double[][] {{-0.3, 0.8}, {1.9, 0.25}, {-1.4, 0.65}});
        Tensor col = Tensor.of(new double[][] {{1.5}, {-0.6}});
        List<OpGradientTest.Case> cases = new ArrayList<>(List.of(
                unary("neg", Tensor::neg, v),
                unary("reciprocal", Tensor::reciprocal, v),
                unary("pow 3", x -> x.pow(3), v),
                unary("pow -1.5", x -> x.pow(-1.5), p),
                unary("exp", Tensor::exp, v),
                unary("log", Tensor::log, p),
                unary("sqrt", Tensor::sqrt, p),
                unary("abs * x", x -> x.abs().mul(x), v),
                unary("tanh", Tensor::tanh, m),
                unary("sigmoid", Tensor::sigmoid, m),
                unary("relu * x", x -> x.relu().mul(x), v),
                unary("leaky_relu * x", x -> x.leakyRelu(0.2).mul(x), v),
                unary("clip * x", x -> x.clip(-0.5, 0.65).mul(x), m),
                unary("softmax axis 0", x -> x.softmax(0), m),
                unary("softmax axis 1", x -> x.softmax(1), m),
                unary("log_softmax axis 0", x -> x.logSoftmax(0), m),
                unary("log_softmax axis 1", x -> x.logSoftmax(1), m),
                unary("sum axis 0 squared", x -> x.sum(0).square(), m),
                unary("mean axis 1 keepdims cubed", x -> x.mean(1, true).pow(3), m),
                unary("max axis 1 squared", x -> x.max(1).square(), m),
                unary("transpose then square", x -> x.transpose().square(), m),
                unary("reshape then square", x -> x.reshape(3, 2).square(), m),
                unary("broadcast_to then square", x -> x.broadcastTo(Shape.matrix(2, 3)).square(), v),
                unary("sum_to then square", x -> x.sumTo(Shape.matrix(2, 1)).square(), m)));
        cases.add(new OpGradientTest.Case("mul (2,1) * (2,3)", in -> in.get(0).mul(in.get(1)), col, m));
        cases.add(new OpGradientTest.Case("mul () * (2,3)", in -> in.get(0).mul(in.get(1)), Tensor.of(0.7), m));
        cases.add(new OpGradientTest.Case("add () + (3,) then cube", in -> in.get(0).add(in.get(1)).pow(3), Tensor.of(-0.4), v));
        cases.add(new OpGradientTest.Case("div (3,) / (2,3)", in -> in.get(0).div(in.get(1)), v, m));
        cases.add(new OpGradientTest.Case("pow (3,) ^ (2,3)", in -> in.get(0).pow(in.get(1)), p, m));
        cases.add(new OpGradientTest.Case("add then square", in -> in.get(0).add(in.get(1)).square(), col, m));
        cases.add(new OpGradientTest.Case("matmul (2,3)@(3,2)", in -> in.get(0).matmul(in.get(1)), m, m2));
        cases.add(new OpGradientTest.Case("matmul (3,)@(3,2) tanh", in -> in.get(0).matmul(in.get(1)).tanh(), v, m2));
        cases.add(new OpGradientTest.Case("matmul x@xᵀ", in -> in.get(0).matmul(in.get(0).transpose()), m));
        return cases.stream();
    }

    private static OpGradientTest.Case unary(String name, UnaryOperator<Tensor> f, Tensor at) {
        return new OpGradientTest.Case(name + " " + at.shape(), in -> f.apply(in.get(0)), at);
    }

    /** Fixed weights {@code cos(i + 1)}, different from GradCheck's, so that no two directions coincide. */
    private static Tensor weights(Shape shape) {
        double[] w = new double[shape.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.cos(i + 1);
        }
        return Tensor.of(shape, w);
    }

    // ------------------------------------------------------------------ Hessian-vector product of an MLP

    /** A 2-3-1 tanh network with squared error, mean over four samples; parameters W1 (2,3), b1 (3,), W2 (3,1), b2 (). */
    private static Tensor mlpLoss(List<Tensor> params) {
        Tensor inputs = Tensor.of(new double[][] {{0.5, -0.2}, {1.0, 0.3}, {-0.7, 0.8}, {0.1, -1.2}});
        Tensor targets = Tensor.of(new double[][] {{1.0}, {-0.5}, {0.25}, {0.0}});
        Tensor hidden = inputs.matmul(params.get(0)).add(params.get(1)).tanh();
        Tensor output = hidden.matmul(params.get(2)).add(params.get(3));
        return output.sub(targets).square().mean();
    }

    private static List<Tensor> mlpGradient(List<Tensor> params) {
        Gradients g = mlpLoss(params).grad();
        return params.stream().map(g::of).toList();
    }

    private static List<Tensor> moved(List<Tensor> params, List<Tensor> direction, double step) {
        return IntStream.range(0, params.size())
                .mapToObj(k -> params.get(k).add(direction.get(k).mul(step)).detach())
                .toList();
    }

    @Test
    void hessianVectorProductOfAnMlpMatchesFiniteDifferencesOfTheGradient() {
        List<Tensor> w = List.of(
                Tensor.param("W1", new double[][] {{0.3, -0.1, 0.8}, {0.2, 0.4, -0.6}}),
                Tensor.param("b1", 0.1, -0.2, 0.05),
                Tensor.param("W2", new double[][] {{0.5}, {-0.3}, {0.9}}),
                Tensor.param("b2", 0.2));
        List<Tensor> v = List.of(
                Tensor.of(new double[][] {{1.0, -0.5, 0.25}, {0.7, 0.0, -1.2}}),
                Tensor.of(0.3, 0.8, -0.4),
                Tensor.of(new double[][] {{-0.6}, {1.1}, {0.2}}),
                Tensor.of(0.9));

        // Hv = ∇_w (Σ_p sum(∇_p L ⊙ v_p))
        Gradients first = mlpLoss(w).differentiableGrad();
        Tensor gv = Tensor.of(0.0);
        for (int k = 0; k < w.size(); k++) {
            gv = gv.add(first.of(w.get(k)).mul(v.get(k)).sum());
        }
        Gradients hv = gv.grad();

        // (∇L(w + εv) - ∇L(w - εv)) / 2ε
        double eps = 1e-5;
        List<Tensor> plus = mlpGradient(moved(w, v, eps));
        List<Tensor> minus = mlpGradient(moved(w, v, -eps));
        for (int k = 0; k < w.size(); k++) {
            Tensor numeric = plus.get(k).sub(minus.get(k)).div(2 * eps);
            assertThat(hv.of(w.get(k)).shape()).isEqualTo(w.get(k).shape());
            assertClose(hv.of(w.get(k)), numeric, 1e-8, 1e-6);
        }
        // the product is not trivially zero
        assertThat(Math.abs(hv.of(w.get(0)).abs().sum().item())).isGreaterThan(1e-3);
    }

    @Test
    void hessianVectorProductIsLinearInTheVectorAndSymmetric() {
        // for H symmetric: u·(Hv) = v·(Hu)
        Tensor x = Tensor.of(0.4, -0.9, 1.3);
        Function<Tensor, Tensor> loss = t -> t.softmax(0).mul(t.tanh()).sum().add(t.pow(3).mean());
        Tensor u = Tensor.of(1.0, 0.5, -2.0);
        Tensor v = Tensor.of(-0.3, 0.8, 0.1);
        Tensor g = loss.apply(x).differentiableGrad().of(x);
        Tensor hu = g.mul(u).sum().grad().of(x);
        Tensor hv = g.mul(v).sum().grad().of(x);
        assertThat(u.mul(hv).sum().item()).isCloseTo(v.mul(hu).sum().item(), within(1e-12));
        Tensor huv = g.mul(u.add(v)).sum().grad().of(x);
        assertClose(huv, hu.add(hv), 1e-12, 1e-12);
    }
}
