package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorAssertions.assertTensor;
import static dev.chainrule.autograd.check.GradientAssert.assertThatGradients;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every op's reverse-mode gradient against central differences ({@code GradCheck}), at scalars, vectors,
 * matrices and the broadcasts NumPy allows. Points are chosen away from kinks (relu, abs, clip, max ties);
 * the conventions at kinks are checked by value at the end.
 */
class OpGradientTest {
    static final double ATOL = 1e-7;
    static final double RTOL = 1e-5;

    // Values of mixed sign, none near 0 or near another (no kinks, no ties within ±ε).
    static final Tensor S = Tensor.of(0.7);
    static final Tensor V = Tensor.of(0.3, -1.2, 0.8);
    static final Tensor M = Tensor.of(new double[][] {{0.5, -0.4, 1.3}, {-0.9, 0.2, 0.6}});
    // Second operands of binary ops, also nonzero so that they can divide.
    static final Tensor S2 = Tensor.of(-1.6);
    static final Tensor V2 = Tensor.of(1.1, 0.45, -0.7);
    static final Tensor M2 = Tensor.of(new double[][] {{-0.3, 0.8, 1.9}, {0.25, -1.4, 0.65}});
    static final Tensor ROW = Tensor.of(new double[][] {{0.9, -0.35, 1.2}});
    static final Tensor COL2 = Tensor.of(new double[][] {{1.5}, {-0.6}});
    static final Tensor ONE = Tensor.of(new double[] {0.85});
    static final Tensor COL3 = Tensor.of(new double[][] {{0.4}, {-1.1}, {2.1}});

    /** A case: a function of some tensors and the point where its gradient is checked; JUnit shows the name. */
    record Case(String name, Function<List<Tensor>, Tensor> f, Tensor... at) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"unaryOps", "binaryOps", "reductions", "softmaxes", "shapeOps", "matmuls", "compositions"})
    void gradientMatchesCentralDifferences(Case c) {
        assertThatGradients(c.f(), c.at()).matchNumerical(ATOL, RTOL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"unaryOps", "binaryOps", "reductions", "softmaxes", "shapeOps", "matmuls", "compositions"})
    void gradientHasTheShapeOfItsInput(Case c) {
        Gradients g = c.f().apply(List.of(c.at())).sum().grad();
        for (Tensor input : c.at()) {
            assertThat(g.of(input).shape()).isEqualTo(input.shape());
        }
    }

    // ------------------------------------------------------------------ cases

    static Stream<Case> unaryOps() {
        List<Case> cases = new ArrayList<>();
        unary(cases, "neg", Tensor::neg, false);
        unary(cases, "reciprocal", Tensor::reciprocal, false);
        unary(cases, "square", Tensor::square, false);
        unary(cases, "pow 3", x -> x.pow(3), false);
        unary(cases, "pow -2", x -> x.pow(-2), false);
        unary(cases, "pow 0.5", x -> x.pow(0.5), true);
        unary(cases, "pow 1", x -> x.pow(1), false);
        unary(cases, "pow 0", x -> x.pow(0).add(x), false);
        unary(cases, "exp", Tensor::exp, false);
        unary(cases, "log", Tensor::log, true);
        unary(cases, "sqrt", Tensor::sqrt, true);
        unary(cases, "abs", Tensor::abs, false);
        unary(cases, "tanh", Tensor::tanh, false);
        unary(cases, "sigmoid", Tensor::sigmoid, false);
        unary(cases, "relu", Tensor::relu, false);
        unary(cases, "leaky_relu", x -> x.leakyRelu(0.1), false);
        unary(cases, "clip", x -> x.clip(-0.5, 0.65), false);
        unary(cases, "rsub", x -> x.rsub(2.0), false);
        unary(cases, "sub const", x -> x.sub(2.0), false);
        unary(cases, "div const", x -> x.div(-4.0), false);
        unary(cases, "mul const", x -> x.mul(2.5), false);
        unary(cases, "add const", x -> x.add(2.5), false);
        return cases.stream();
    }

    private static void unary(List<Case> cases, String name, UnaryOperator<Tensor> op, boolean positiveOnly) {
        for (Tensor x : List.of(S, V, M)) {
            Tensor at = positiveOnly ? positive(x) : x;
            cases.add(new Case(name + " " + at.shape(), in -> op.apply(in.get(0)), at));
        }
    }

    static Stream<Case> binaryOps() {
        List<Case> cases = new ArrayList<>();
        List<Tensor[]> pairs = List.of(
                new Tensor[] {S, S2},       // () and ()
                new Tensor[] {V, V2},       // (3,) and (3,)
                new Tensor[] {M, M2},       // (2,3) and (2,3)
                new Tensor[] {S, M},        // scalar with matrix
                new Tensor[] {M, S},
                new Tensor[] {S, V},
                new Tensor[] {V, M},        // (3,) row vector with (2,3)
                new Tensor[] {M, V2},
                new Tensor[] {ROW, M},      // (1,3) with (2,3)
                new Tensor[] {M2, ROW},
                new Tensor[] {V, COL3},     // (3,) with (3,1) -> (3,3)
                new Tensor[] {COL3, V2},
                new Tensor[] {COL2, M},     // column (2,1) with matrix
                new Tensor[] {M2, COL2},
                new Tensor[] {ROW, COL2},   // (1,3) with (2,1) -> (2,3)
                new Tensor[] {ONE, M2},     // (1,) with (2,3)
                new Tensor[] {V2, ONE});    // (3,) with (1,)
        for (Tensor[] p : pairs) {
            String shapes = p[0].shape() + " " + p[1].shape();
            cases.add(new Case("add " + shapes, in -> in.get(0).add(in.get(1)), p[0], p[1]));
            cases.add(new Case("sub " + shapes, in -> in.get(0).sub(in.get(1)), p[0], p[1]));
            cases.add(new Case("mul " + shapes, in -> in.get(0).mul(in.get(1)), p[0], p[1]));
            cases.add(new Case("div " + shapes, in -> in.get(0).div(in.get(1)), p[0], p[1]));
            cases.add(new Case("pow " + shapes, in -> in.get(0).pow(in.get(1)), positive(p[0]), p[1]));
        }
        // an operand used on both sides
        cases.add(new Case("mul x*x (2,3)", in -> in.get(0).mul(in.get(0)), M));
        cases.add(new Case("div x/x.sum (3,)", in -> in.get(0).div(in.get(0).sum()), positive(V)));
        return cases.stream();
    }

    static Stream<Case> reductions() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("sum ()", in -> in.get(0).sum(), S));
        cases.add(new Case("mean ()", in -> in.get(0).mean(), S));
        cases.add(new Case("max ()", in -> in.get(0).max(), S));
        for (Tensor x : List.of(V, M)) {
            cases.add(new Case("sum " + x.shape(), in -> in.get(0).sum(), x));
            cases.add(new Case("mean " + x.shape(), in -> in.get(0).mean(), x));
            cases.add(new Case("max " + x.shape(), in -> in.get(0).max(), x));
            int[] axes = x.rank() == 1 ? new int[] {0, -1} : new int[] {0, 1, -1, -2};
            for (int axis : axes) {
                for (boolean keep : new boolean[] {false, true}) {
                    String where = x.shape() + " axis " + axis + (keep ? " keepdims" : "");
                    cases.add(new Case("sum " + where, in -> in.get(0).sum(axis, keep), x));
                    cases.add(new Case("mean " + where, in -> in.get(0).mean(axis, keep), x));
                    cases.add(new Case("max " + where, in -> in.get(0).max(axis, keep), x));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Case> softmaxes() {
        List<Case> cases = new ArrayList<>();
        for (Tensor x : List.of(V, M, COL3, ROW)) {
            int[] axes = x.rank() == 1 ? new int[] {0, -1} : new int[] {0, 1, -1};
            for (int axis : axes) {
                String where = x.shape() + " axis " + axis;
                cases.add(new Case("softmax " + where, in -> in.get(0).softmax(axis), x));
                cases.add(new Case("log_softmax " + where, in -> in.get(0).logSoftmax(axis), x));
            }
        }
        return cases.stream();
    }

    static Stream<Case> shapeOps() {
        return Stream.of(
                new Case("transpose (2,3)", in -> in.get(0).transpose(), M),
                new Case("transpose (1,3)", in -> in.get(0).transpose(), ROW),
                new Case("transpose (3,)", in -> in.get(0).transpose(), V),
                new Case("reshape (2,3) to (3,2)", in -> in.get(0).reshape(3, 2), M),
                new Case("reshape (2,3) to (6,)", in -> in.get(0).reshape(6), M),
                new Case("reshape (2,3) to (1,6)", in -> in.get(0).reshape(1, 6), M),
                new Case("reshape (3,) to (3,1)", in -> in.get(0).reshape(3, 1), V),
                new Case("reshape () to (1,1)", in -> in.get(0).reshape(1, 1), S),
                new Case("reshape (1,1) to ()", in -> in.get(0).reshape(), S.reshape(1, 1).detach()),
                new Case("broadcast_to (3,) to (2,3)", in -> in.get(0).broadcastTo(Shape.matrix(2, 3)), V),
                new Case("broadcast_to (2,1) to (2,3)", in -> in.get(0).broadcastTo(Shape.matrix(2, 3)), COL2),
                new Case("broadcast_to () to (2,3)", in -> in.get(0).broadcastTo(Shape.matrix(2, 3)), S),
                new Case("broadcast_to () to (3,)", in -> in.get(0).broadcastTo(Shape.vector(3)), S),
                new Case("sum_to (2,3) to (3,)", in -> in.get(0).sumTo(Shape.vector(3)), M),
                new Case("sum_to (2,3) to (1,3)", in -> in.get(0).sumTo(Shape.matrix(1, 3)), M),
                new Case("sum_to (2,3) to (2,1)", in -> in.get(0).sumTo(Shape.matrix(2, 1)), M),
                new Case("sum_to (2,3) to ()", in -> in.get(0).sumTo(Shape.scalar()), M),
                new Case("sum_to (2,3) to (1,1)", in -> in.get(0).sumTo(Shape.matrix(1, 1)), M));
    }

    static Stream<Case> matmuls() {
        Tensor m34 = Tensor.of(new double[][] {{0.2, -0.5, 1.1, 0.7}, {-1.3, 0.4, 0.9, -0.2}, {0.6, 0.8, -0.4, 1.5}});
        Tensor m32 = Tensor.of(new double[][] {{0.2, -0.5}, {1.1, 0.7}, {-1.3, 0.4}});
        Tensor square = Tensor.of(new double[][] {{0.3, -0.8}, {1.2, 0.5}});
        return Stream.of(
                new Case("matmul (2,3)@(3,4)", in -> in.get(0).matmul(in.get(1)), M, m34),
                new Case("matmul (3,)@(3,)", in -> in.get(0).matmul(in.get(1)), V, V2),
                new Case("matmul (3,)@(3,4)", in -> in.get(0).matmul(in.get(1)), V, m34),
                new Case("matmul (2,3)@(3,)", in -> in.get(0).matmul(in.get(1)), M, V),
                new Case("matmul (1,3)@(3,1)", in -> in.get(0).matmul(in.get(1)), ROW, COL3),
                new Case("matmul (3,1)@(1,3)", in -> in.get(0).matmul(in.get(1)), COL3, ROW),
                new Case("matmul (3,2)@(2,3)", in -> in.get(0).matmul(in.get(1)), m32, M),
                new Case("matmul x@x (2,2)", in -> in.get(0).matmul(in.get(0)), square),
                new Case("matmul (33,33)@(33,33) through EJML", in -> in.get(0).matmul(in.get(1)),
                        filled(33, 33, 0.37), filled(33, 33, 0.71)));
    }

    static Stream<Case> compositions() {
        // Seed 000, Exercise 1: one step of a 2-2-1 tanh network, checked in every parameter
        Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        Function<List<Tensor>, Tensor> seed = in -> {
            Tensor z1 = in.get(0).matmul(x).add(in.get(1));
            Tensor yhat = in.get(2).matmul(z1.tanh()).add(in.get(3)).tanh();
            return Tensor.of(1.0).sub(yhat).pow(2).sum();
        };
        Tensor logits = Tensor.of(new double[][] {{2.0, -1.0, 0.3}, {0.1, 0.4, -2.2}});
        Tensor oneHot = Tensor.of(new double[][] {{0, 1, 0}, {0, 0, 1}});
        return Stream.of(
                new Case("seed 000 2-2-1 tanh network", seed,
                        Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}}), Tensor.of(new double[][] {{0.1}, {-0.2}}),
                        Tensor.of(new double[][] {{0.5, -0.3}}), Tensor.of(0.2)),
                new Case("cross-entropy through log_softmax", in -> in.get(0).logSoftmax(1).mul(oneHot).sum(1).neg().mean(),
                        logits),
                new Case("cross-entropy through softmax then log", in -> in.get(0).softmax(1).log().mul(oneHot).sum().neg(),
                        logits),
                new Case("sigmoid layer with (3,) bias", in -> in.get(0).matmul(in.get(1)).add(in.get(2)).sigmoid().mean(),
                        M2, Tensor.of(new double[][] {{0.3, -0.2, 0.5}, {1.0, 0.1, -0.4}, {0.2, 0.8, 0.6}}), V),
                new Case("normalize by sqrt of mean square", in -> in.get(0).div(in.get(0).square().mean(1, true).sqrt()), M),
                new Case("exp of max-shifted values", in -> in.get(0).sub(in.get(0).max(0, true)).exp(), M));
    }

    /** {@code |x| + 0.3}: a positive point of the same shape, for log, sqrt and the base of pow. */
    private static Tensor positive(Tensor x) {
        double[] v = x.toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(v[i]) + 0.3;
        }
        return Tensor.of(x.shape(), v);
    }

    /** A deterministic {@code rows x cols} matrix of values in [-1, 1]. */
    private static Tensor filled(int rows, int cols, double phase) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(1.7 * i + phase);
        }
        return Tensor.of(Shape.matrix(rows, cols), v);
    }

    // ------------------------------------------------------------------ conventions at kinks, by value

    @Test
    void maxSharesTheGradientEquallyAmongTies() {
        Tensor v = Tensor.of(1.0, 3.0, 3.0);
        assertTensor(v.max().grad().of(v), Shape.vector(3), 0, 0.5, 0.5);
        Tensor columnsTie = Tensor.of(new double[][] {{2, 5, 1}, {2, 0, 5}});
        assertTensor(columnsTie.max(0).sum().grad().of(columnsTie), Shape.matrix(2, 3), 0.5, 1, 0, 0.5, 0, 1);
        Tensor rowsTie = Tensor.of(new double[][] {{2, 2, 1}, {0, 5, 5}});
        assertTensor(rowsTie.max(1).sum().grad().of(rowsTie), Shape.matrix(2, 3), 0.5, 0.5, 0, 0, 0.5, 0.5);
        Tensor all = Tensor.of(new double[][] {{4, 4}, {4, 4}});
        assertTensor(all.max().grad().of(all), Shape.matrix(2, 2), 0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void reluAndAbsHaveZeroGradientAtZero() {
        Tensor x = Tensor.of(-1.0, 0.0, 2.0);
        assertTensor(x.relu().sum().grad().of(x), Shape.vector(3), 0, 0, 1);
        assertTensor(x.abs().sum().grad().of(x), Shape.vector(3), -1, 0, 1);
        assertTensor(x.leakyRelu(0.1).sum().grad().of(x), Shape.vector(3), 0.1, 0.1, 1);
        // the differentiable rules keep the same conventions
        assertTensor(x.relu().sum().differentiableGrad(x).of(x).detach(), Shape.vector(3), 0, 0, 1);
        assertTensor(x.leakyRelu(0.1).sum().differentiableGrad(x).of(x).detach(), Shape.vector(3), 0.1, 0.1, 1);
    }

    @Test
    void clipPassesTheGradientAtItsBoundsAsPyTorchClamp() {
        Tensor x = Tensor.of(-2.0, -1.0, 0.0, 1.0, 2.0);
        assertTensor(x.clip(-1, 1).sum().grad().of(x), Shape.vector(5), 0, 1, 1, 1, 0);
    }

    @Test
    void powWithTensorExponentAtZeroBase() {
        // d(a^b)/db = a^b ln a is taken as 0 at a = 0; d(a^b)/da = b a^(b-1)
        Tensor a = Tensor.of(0.0, 0.0, 2.0);
        Tensor b = Tensor.of(2.0, 3.0, 3.0);
        Gradients g = a.pow(b).sum().grad();
        assertTensor(g.of(a), Shape.vector(3), 0, 0, 12);
        assertTensor(g.of(b), Shape.vector(3), 0, 0, 8 * Math.log(2));
    }

    @Test
    void powZeroHasZeroGradient() {
        Tensor x = Tensor.of(0.0, 3.0);
        assertTensor(x.pow(0).sum().grad().of(x), Shape.vector(2), 0, 0);
    }

    @Test
    void broadcastGradientsAreSummedBackToEachShape() {
        // (3,) + (3,1) -> (3,3): each input element is used three times
        Tensor row = Tensor.of(1.0, 2.0, 3.0);
        Tensor col = Tensor.of(new double[][] {{1}, {2}, {3}});
        Gradients g = row.add(col).sum().grad();
        assertTensor(g.of(row), Shape.vector(3), 3, 3, 3);
        assertTensor(g.of(col), Shape.matrix(3, 1), 3, 3, 3);
        // column (2,1) * (2,3): ∂/∂col = row sums of the matrix
        Tensor c = Tensor.of(new double[][] {{2}, {-1}});
        Tensor m = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Gradients gm = c.mul(m).sum().grad();
        assertTensor(gm.of(c), Shape.matrix(2, 1), 6, 15);
        assertTensor(gm.of(m), Shape.matrix(2, 3), 2, 2, 2, -1, -1, -1);
    }

    @Test
    void matmulGradientsOfVectorOperandsByValue() {
        // L = v·w: ∂L/∂v = w, ∂L/∂w = v; L = sum(v @ B): ∂L/∂v = row sums of B
        Tensor v = Tensor.of(1.0, 2.0, 3.0);
        Tensor w = Tensor.of(4.0, -5.0, 6.0);
        Gradients g = v.matmul(w).grad();
        assertTensor(g.of(v), Shape.vector(3), 4, -5, 6);
        assertTensor(g.of(w), Shape.vector(3), 1, 2, 3);
        Tensor b = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Gradients gb = v.matmul(b).sum().grad();
        assertTensor(gb.of(v), Shape.vector(3), 3, 7, 11);
        assertTensor(gb.of(b), Shape.matrix(3, 2), 1, 1, 2, 2, 3, 3);
    }
}
