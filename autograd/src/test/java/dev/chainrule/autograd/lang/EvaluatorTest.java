package dev.chainrule.autograd.lang;

import static dev.chainrule.autograd.lang.Chain.binding;
import static dev.chainrule.autograd.lang.Chain.check;
import static dev.chainrule.autograd.lang.Chain.grad;
import static dev.chainrule.autograd.lang.Chain.rows;
import static dev.chainrule.autograd.lang.Chain.run;
import static dev.chainrule.autograd.lang.Chain.scalar;
import static dev.chainrule.autograd.lang.Chain.shape;
import static dev.chainrule.autograd.lang.Chain.value;
import static dev.chainrule.autograd.lang.Chain.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.autograd.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code .chain} programs compute: operators with the contract's precedence, NumPy shapes and broadcasting,
 * the builders and every function (with keyword arguments), {@code grad(T, name)} inside expressions and through
 * itself (second derivatives), checks and their tolerance, the target rule and parameters as leaves; and the six
 * example programs against PyTorch's numbers.
 */
class EvaluatorTest {
    private static final double EPS = 1e-12;

    private static void assertRows(Tensor t, String expectedShape, double[][] expected) {
        assertThat(shape(t)).isEqualTo(expectedShape);
        double[][] actual = rows(t);
        assertThat(actual.length).as("rows of " + t).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("row " + i + " of " + t).containsExactly(expected[i], within(EPS));
        }
    }

    @Nested
    @DisplayName("operators: precedence and associativity by value")
    class Operators {
        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', textBlock = """
                -2 ^ 2               | -4
                (-2) ^ 2             | 4
                2 ^ 3 ^ 2            | 512
                (2 ^ 3) ^ 2          | 64
                2 ^ -1               | 0.5
                2 ^ -1 ^ 2           | 0.5
                -2 ^ -2              | -0.25
                4 ^ 0.5              | 2
                1 - 2 - 3            | -4
                1 - 2 + 3            | 2
                8 / 4 / 2            | 1
                8 / 4 * 2            | 4
                2 + 3 * 4            | 14
                2 * 3 + 4            | 10
                2 * 3 ^ 2            | 18
                -3 * -2              | 6
                --3                  | 3
                - - -3               | -3
                +3                   | 3
                1 - -1               | 2
                (1 + 2) * (3 - 4)    | -3
                2.T                  | 2
                -2.5e-1 * 4          | -1
                1.5e3 / .5           | 3000
                """)
        void scalarValues(String expression, double expected) {
            assertThat(scalar(expression)).isCloseTo(expected, within(EPS));
        }

        @Test
        @DisplayName("* and @ are one left-associative level: u * v @ w is (u * v) @ w, a scalar")
        void starAndAtShareALevel() {
            assertThat(scalar("[1, 2] * [3, 4] @ [5, 6]")).isEqualTo(63.0);
            assertRows(valueOf("[1, 2] * ([3, 4] @ [5, 6])"), "(2,)", new double[][] {{39, 78}});
            String m = "A = [[1, 2], [3, 4]]\nB = [[0, 1], [1, 0]]\nC = [[1, 2], [3, 4]]";
            assertRows(valueOf(m, "A @ B * C"), "(2,2)", new double[][] {{2, 2}, {12, 12}});
            assertRows(valueOf(m, "A @ (B * C)"), "(2,2)", new double[][] {{6, 2}, {12, 6}});
            assertRows(valueOf(m, "A * B @ C"), "(2,2)", new double[][] {{6, 8}, {3, 6}});
            assertRows(valueOf(m, "A / 2 @ B"), "(2,2)", new double[][] {{1, 0.5}, {2, 1.5}});
        }

        @Test
        @DisplayName("2 * 3 @ A multiplies first, so @ receives the scalar 6 and refuses it at the '@'")
        void scalarTimesScalarAtMatrix() {
            ChainException e = Chain.error("A = eye(2)\nz = 2 * 3 @ A\nL = sum(z)");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(11);
            assertThat(e.getMessage()).contains("() @ (2,2)").contains("not scalars");
        }

        @Test
        @DisplayName("postfix .T binds tighter than unary minus and ^; a vector's transpose is itself")
        void transpose() {
            assertRows(valueOf("-[[1, 2, 3]].T"), "(3,1)", new double[][] {{-1}, {-2}, {-3}});
            assertRows(valueOf("[[1, 2]].T ^ 2"), "(2,1)", new double[][] {{1}, {4}});
            assertRows(valueOf("[1, 2, 3].T"), "(3,)", new double[][] {{1, 2, 3}});
            assertRows(valueOf("transpose([[1, 2], [3, 4]])"), "(2,2)", new double[][] {{1, 3}, {2, 4}});
            assertRows(valueOf("[[1, 2], [3, 4]].T.T"), "(2,2)", new double[][] {{1, 2}, {3, 4}});
        }

        @Test
        @DisplayName("^ with a non-constant exponent is differentiable in both operands")
        void powerOfTwoTensors() {
            Evaluation e = run("a = 1.5\nb = 2.5\nL = a ^ b");
            assertThat(value(e, "L").item()).isCloseTo(Math.pow(1.5, 2.5), within(EPS));
            assertThat(grad(e, "a").item()).isCloseTo(2.5 * Math.pow(1.5, 1.5), within(EPS));
            assertThat(grad(e, "b").item()).isCloseTo(Math.pow(1.5, 2.5) * Math.log(1.5), within(EPS));
        }
    }

    @Nested
    @DisplayName("NumPy shapes")
    class Shapes {
        private static final String A = "A = [[1, 2, 3], [4, 5, 6]]\nv = [1, 0, -1]";

        @Test
        @DisplayName("(3,) + (3,1) broadcasts to (3,3)")
        void vectorPlusColumn() {
            assertRows(valueOf("[1, 2, 3] + [[10], [20], [30]]"), "(3,3)",
                    new double[][] {{11, 12, 13}, {21, 22, 23}, {31, 32, 33}});
            assertRows(valueOf("[[10], [20], [30]] - [1, 2, 3]"), "(3,3)",
                    new double[][] {{9, 8, 7}, {19, 18, 17}, {29, 28, 27}});
        }

        @Test
        @DisplayName("element-wise operators broadcast scalars, rows, columns and vectors")
        void broadcasting() {
            assertRows(valueOf("[[1], [2]] * [[10, 20, 30]]"), "(2,3)", new double[][] {{10, 20, 30}, {20, 40, 60}});
            assertRows(valueOf(A, "A + v"), "(2,3)", new double[][] {{2, 2, 2}, {5, 5, 5}});
            assertRows(valueOf(A, "A / [[1], [2]]"), "(2,3)", new double[][] {{1, 2, 3}, {2, 2.5, 3}});
            assertRows(valueOf(A, "2 ^ v"), "(3,)", new double[][] {{2, 1, 0.5}});
            assertRows(valueOf(A, "A ^ [[1], [0]]"), "(2,3)", new double[][] {{1, 2, 3}, {1, 1, 1}});
            assertRows(valueOf("1 - [[2]]"), "(1,1)", new double[][] {{-1}});
            assertRows(valueOf("[5] + [1, 2]"), "(2,)", new double[][] {{6, 7}});
        }

        @Test
        @DisplayName("@ follows numpy.matmul: a vector operand gives a vector, two vectors a scalar")
        void matmul() {
            assertRows(valueOf(A, "A @ v"), "(2,)", new double[][] {{-2, -2}});
            assertRows(valueOf(A, "[1, 1] @ A"), "(3,)", new double[][] {{5, 7, 9}});
            assertRows(valueOf(A, "v @ v"), "()", new double[][] {{2}});
            assertRows(valueOf(A, "A @ [[1], [0], [-1]]"), "(2,1)", new double[][] {{-2}, {-2}});
            assertRows(valueOf(A, "A @ A.T"), "(2,2)", new double[][] {{14, 32}, {32, 77}});
            assertRows(valueOf(A, "[[1, 1]] @ A"), "(1,3)", new double[][] {{5, 7, 9}});
        }

        @Test
        @DisplayName("sum and mean: all elements, or along an axis that is dropped unless keepdims=true")
        void reductions() {
            assertRows(valueOf(A, "sum(A)"), "()", new double[][] {{21}});
            assertRows(valueOf(A, "sum(A, keepdims=true)"), "(1,1)", new double[][] {{21}});
            assertRows(valueOf(A, "sum(A, axis=1)"), "(2,)", new double[][] {{6, 15}});
            assertRows(valueOf(A, "sum(A, axis=1, keepdims=true)"), "(2,1)", new double[][] {{6}, {15}});
            assertRows(valueOf(A, "sum(A, axis=0)"), "(3,)", new double[][] {{5, 7, 9}});
            assertRows(valueOf(A, "sum(A, axis=0, keepdims=true)"), "(1,3)", new double[][] {{5, 7, 9}});
            assertRows(valueOf(A, "sum(A, axis=-1)"), "(2,)", new double[][] {{6, 15}});
            assertRows(valueOf(A, "sum(A, -2)"), "(3,)", new double[][] {{5, 7, 9}});
            assertRows(valueOf(A, "sum(A, 1, true)"), "(2,1)", new double[][] {{6}, {15}});
            assertRows(valueOf(A, "sum(A, axis=1, keepdims=false)"), "(2,)", new double[][] {{6, 15}});
            assertRows(valueOf(A, "sum(v)"), "()", new double[][] {{0}});
            assertRows(valueOf(A, "sum(v, axis=0)"), "()", new double[][] {{0}});
            assertRows(valueOf(A, "sum(v, axis=0, keepdims=true)"), "(1,)", new double[][] {{0}});
            assertRows(valueOf(A, "sum(v, keepdims=true)"), "(1,)", new double[][] {{0}});
            assertRows(valueOf(A, "sum(3)"), "()", new double[][] {{3}});
            assertRows(valueOf(A, "mean(A)"), "()", new double[][] {{3.5}});
            assertRows(valueOf(A, "mean(A, axis=0)"), "(3,)", new double[][] {{2.5, 3.5, 4.5}});
            assertRows(valueOf(A, "mean(A, axis=1, keepdims=true)"), "(2,1)", new double[][] {{2}, {5}});
            assertRows(valueOf(A, "mean(x=A, keepdims=true)"), "(1,1)", new double[][] {{3.5}});
            assertRows(valueOf(A, "mean([2, 4])"), "()", new double[][] {{3}});
        }

        @Test
        @DisplayName("the gradient of a broadcast operand sums back to its shape")
        void broadcastGradient() {
            Evaluation e = run("b = [[1], [2]]\nv = [1, 2, 3]\nL = sum((b + v) * [[1, 1, 1], [2, 2, 2]])");
            assertRows(grad(e, "b"), "(2,1)", new double[][] {{3}, {6}});
            assertRows(grad(e, "v"), "(3,)", new double[][] {{3, 3, 3}});
        }
    }

    @Nested
    @DisplayName("builders")
    class Builders {
        @Test
        @DisplayName("full, zeros, ones and eye, positionally and with keywords")
        void builders() {
            assertRows(valueOf("full(2, 3, 0.5)"), "(2,3)", new double[][] {{0.5, 0.5, 0.5}, {0.5, 0.5, 0.5}});
            assertRows(valueOf("full(rows=1, cols=2, value=-7)"), "(1,2)", new double[][] {{-7, -7}});
            assertRows(valueOf("zeros(2, 3)"), "(2,3)", new double[][] {{0, 0, 0}, {0, 0, 0}});
            assertRows(valueOf("zeros(3)"), "(3,)", new double[][] {{0, 0, 0}});
            assertRows(valueOf("ones(2)"), "(2,)", new double[][] {{1, 1}});
            assertRows(valueOf("ones(3, 1)"), "(3,1)", new double[][] {{1}, {1}, {1}});
            assertRows(valueOf("ones(rows=1, cols=2)"), "(1,2)", new double[][] {{1, 1}});
            assertRows(valueOf("eye(3)"), "(3,3)", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
            assertRows(valueOf("eye(1)"), "(1,1)", new double[][] {{1}});
            assertRows(valueOf("eye(n=2)"), "(2,2)", new double[][] {{1, 0}, {0, 1}});
            assertRows(valueOf("full(1 + 1, 2 * 1, 2 ^ 3)"), "(2,2)", new double[][] {{8, 8}, {8, 8}});
            assertThat(shape(valueOf("zeros(0)"))).isEqualTo("(0,)");
            assertThat(shape(valueOf("ones(0, 3)"))).isEqualTo("(0,3)");
        }

        @Test
        @DisplayName("a built value is a leaf: as a param it is updated")
        void builtParams() {
            Evaluation e = ChainProgram.parse("param W = full(2, 2, 0.5)\nx = [1, 2]\nL = sum(W @ x)").evaluate();
            assertRows(grad(e, "W"), "(2,2)", new double[][] {{1, 2}, {1, 2}});
            assertRows(e.updated(0.1).get("W"), "(2,2)", new double[][] {{0.4, 0.3}, {0.4, 0.3}});
        }
    }

    @Nested
    @DisplayName("functions")
    class Functions {
        @Test
        @DisplayName("element-wise functions")
        void elementwise() {
            double t = Math.tanh(0.5);
            assertThat(scalar("tanh(0.5)")).isCloseTo(t, within(EPS));
            assertThat(scalar("sigmoid(0)")).isEqualTo(0.5);
            assertThat(scalar("sigmoid(2)")).isCloseTo(1 / (1 + Math.exp(-2)), within(EPS));
            assertThat(scalar("sigmoid(-800)")).isCloseTo(0.0, within(EPS));
            assertThat(scalar("sigmoid(800)")).isCloseTo(1.0, within(EPS));
            assertRows(valueOf("relu([-1, 0, 2])"), "(3,)", new double[][] {{0, 0, 2}});
            assertThat(scalar("exp(1)")).isCloseTo(Math.E, within(EPS));
            assertThat(scalar("log(exp(2))")).isCloseTo(2, within(EPS));
            assertThat(scalar("sqrt(2.25)")).isEqualTo(1.5);
            assertRows(valueOf("abs([[-1.5], [2]])"), "(2,1)", new double[][] {{1.5}, {2}});
            assertRows(valueOf("leaky_relu([-2, 3])"), "(2,)", new double[][] {{-0.02, 3}});
            assertRows(valueOf("leaky_relu([-2, 3], slope=0.2)"), "(2,)", new double[][] {{-0.4, 3}});
            assertRows(valueOf("leaky_relu([-2, 3], 0.5)"), "(2,)", new double[][] {{-1, 3}});
            assertRows(valueOf("leaky_relu(x=[-2], slope=1)"), "(1,)", new double[][] {{-2}});
            assertRows(valueOf("tanh(x=[[0.5, 0.5]])"), "(1,2)", new double[][] {{t, t}});
            assertThat(Double.isNaN(scalar("log(-1)"))).isTrue();
            assertThat(scalar("log(0)")).isEqualTo(Double.NEGATIVE_INFINITY);
        }

        @Test
        @DisplayName("mse(a, b) = mean((a - b) ^ 2) and bce(p, y) = -mean(y log p + (1 - y) log(1 - p))")
        void losses() {
            assertThat(scalar("mse([1, 2, 3], [1, 0, 0])")).isCloseTo(13.0 / 3, within(EPS));
            assertThat(scalar("mse([[1], [2]], 0)")).isCloseTo(2.5, within(EPS));
            assertThat(scalar("mse(b=[1, 0, 0], a=[1, 2, 3])")).isCloseTo(13.0 / 3, within(EPS));
            assertThat(scalar("bce([0.9, 0.2], [1, 0])"))
                    .isCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, within(EPS));
            assertThat(scalar("bce(0.3, 1)")).isCloseTo(-Math.log(0.3), within(EPS));
            assertThat(scalar("bce(y=0, p=0.3)")).isCloseTo(-Math.log(0.7), within(EPS));

            Evaluation e = run("p = [0.9, 0.2]\ny = [1, 0]\na = [1, 2, 3]\nb = [1, 0, 0]\n"
                    + "M = mse(a, b)\nB = bce(p, y)\nL = M + B");
            assertRows(grad(e, "a"), "(3,)", new double[][] {{0, 4.0 / 3, 6.0 / 3}});
            assertRows(grad(e, "b"), "(3,)", new double[][] {{0, -4.0 / 3, -6.0 / 3}});
            assertRows(grad(e, "p"), "(2,)", new double[][] {{(0.9 - 1) / (0.9 * 0.1) / 2, 0.2 / (0.2 * 0.8) / 2}});
        }

        @Test
        @DisplayName("softmax and log_softmax: no axis needed for a vector, a single column or a single row")
        void softmaxWithoutAxis() {
            double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
            double[] s = {Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z};
            assertRows(valueOf("softmax([1, 2, 3])"), "(3,)", new double[][] {s});
            assertRows(valueOf("softmax([[1], [2], [3]])"), "(3,1)", new double[][] {{s[0]}, {s[1]}, {s[2]}});
            assertRows(valueOf("softmax([[1, 2, 3]])"), "(1,3)", new double[][] {s});
            assertRows(valueOf("softmax([[7]])"), "(1,1)", new double[][] {{1}});
            double[] l = {Math.log(s[0]), Math.log(s[1]), Math.log(s[2])};
            assertRows(valueOf("log_softmax([1, 2, 3])"), "(3,)", new double[][] {l});
            assertRows(valueOf("log_softmax([[1], [2], [3]])"), "(3,1)", new double[][] {{l[0]}, {l[1]}, {l[2]}});
            assertRows(valueOf("log_softmax([[1, 2, 3]])"), "(1,3)", new double[][] {l});
            assertRows(valueOf("softmax([1000, 1000])"), "(2,)", new double[][] {{0.5, 0.5}});
        }

        @Test
        @DisplayName("softmax and log_softmax along an axis: axis=0 normalises columns, axis=1 rows")
        void softmaxWithAxis() {
            String m = "M = [[1, 2], [3, 5]]";
            double c0 = Math.exp(1) + Math.exp(3);
            double c1 = Math.exp(2) + Math.exp(5);
            double r0 = Math.exp(1) + Math.exp(2);
            double r1 = Math.exp(3) + Math.exp(5);
            double[][] byColumns = {{Math.exp(1) / c0, Math.exp(2) / c1}, {Math.exp(3) / c0, Math.exp(5) / c1}};
            double[][] byRows = {{Math.exp(1) / r0, Math.exp(2) / r0}, {Math.exp(3) / r1, Math.exp(5) / r1}};
            assertRows(valueOf(m, "softmax(M, axis=0)"), "(2,2)", byColumns);
            assertRows(valueOf(m, "softmax(M, 0)"), "(2,2)", byColumns);
            assertRows(valueOf(m, "softmax(M, axis=1)"), "(2,2)", byRows);
            assertRows(valueOf(m, "softmax(M, axis=-1)"), "(2,2)", byRows);
            assertRows(valueOf(m, "exp(log_softmax(M, axis=0))"), "(2,2)", byColumns);
            assertRows(valueOf(m, "exp(log_softmax(x=M, axis=1))"), "(2,2)", byRows);
            assertRows(valueOf("softmax([[1], [2]], axis=1)"), "(2,1)", new double[][] {{1}, {1}});
        }

        @ParameterizedTest(name = "d/dx sum(w * {0}) = w * ({1})")
        @CsvSource(delimiter = '|', textBlock = """
                tanh(x)                | 1 - tanh(x) ^ 2
                sigmoid(x)             | sigmoid(x) * (1 - sigmoid(x))
                relu(x)                | [1, 0, 1]
                exp(x)                 | exp(x)
                log(x + 2)             | 1 / (x + 2)
                sqrt(x + 2)            | 0.5 / sqrt(x + 2)
                abs(x)                 | [1, -1, 1]
                leaky_relu(x)          | [1, 0.01, 1]
                leaky_relu(x, slope=0.3) | [1, 0.3, 1]
                x ^ 3                  | 3 * x ^ 2
                2 ^ x                  | 2 ^ x * log(2)
                x ^ x                  | x ^ x * (log(x) + 1)
                1 / x                  | -1 / x ^ 2
                -x.T                   | -1
                softmax(x)             | softmax(x) * (w - sum(w * softmax(x)))
                log_softmax(x)         | w - softmax(x) * sum(w)
                """)
        void derivatives(String f, String derivative) {
            String expectedSide = derivative.contains("w") ? derivative : "w * (" + derivative + ")";
            String x = f.equals("x ^ x") ? "[0.3, 0.7, 1.2]" : "[0.3, -0.7, 1.2]"; // x ^ x is real for x > 0
            Evaluation e = run("x = " + x + "\nw = [0.5, -1, 2]\nL = sum(w * " + f + ")\n"
                    + "check grad(L, x) == " + expectedSide + " within 1e-12");
            CheckResult c = check(e, 0);
            assertThat(c.passed()).as("%s: grad %s, expected %s (max error %s)", f, c.left(), c.right(), c.maxError())
                    .isTrue();
        }

        @Test
        @DisplayName("sum, mean and transpose pass gradients back in their operand's shape")
        void reductionGradients() {
            Evaluation e = run("A = [[1, 2, 3], [4, 5, 6]]\ns = sum(A, axis=0)\nm = mean(A, axis=1, keepdims=true)\n"
                    + "L = sum(s * [1, 2, 3]) + sum(m * [[10], [20]]) + sum(transpose(A) @ [1, 1])");
            double third = 1.0 / 3;
            assertRows(grad(e, "A"), "(2,3)", new double[][] {
                    {1 + 10 * third + 1, 2 + 10 * third + 1, 3 + 10 * third + 1},
                    {1 + 20 * third + 1, 2 + 20 * third + 1, 3 + 20 * third + 1}});
            assertRows(grad(e, "s"), "(3,)", new double[][] {{1, 2, 3}});
            assertRows(grad(e, "m"), "(2,1)", new double[][] {{10}, {20}});
        }
    }

    @Nested
    @DisplayName("grad(T, name)")
    class Grad {
        @Test
        @DisplayName("has the shape of name and can be used inside any expression")
        void insideExpressions() {
            Evaluation e = run("""
                    param w = [[0.5, -0.3]]
                    h = [[0.2], [0.7]]
                    u = w @ h
                    L = sum(tanh(u))
                    step = w - 0.5 * grad(L, w)
                    twice = 2 * grad(L, u) + 1
                    zero = grad(L, h) * 0 + grad(u, u)
                    free = grad(L, step)
                    check grad(L, w) == (1 - tanh(w @ h) ^ 2) @ h.T
                    check grad(L, u) == 1 - tanh(u) ^ 2
                    """, "L");
            double du = 1 - Math.pow(Math.tanh(0.5 * 0.2 - 0.3 * 0.7), 2);
            assertRows(value(e, "step"), "(1,2)", new double[][] {{0.5 - 0.5 * du * 0.2, -0.3 - 0.5 * du * 0.7}});
            assertRows(value(e, "twice"), "(1,1)", new double[][] {{2 * du + 1}});
            assertRows(value(e, "zero"), "(2,1)", new double[][] {{1}, {1}});
            assertRows(value(e, "free"), "(1,2)", new double[][] {{0, 0}});
            assertThat(e.allChecksPassed()).isTrue();
            assertThat(e.target().name()).isEqualTo("L");
        }

        @Test
        @DisplayName("differentiating through grad gives the second derivative: x = 0.7, y = x^3, H = grad(y, x)")
        void secondDerivative() {
            Evaluation e = run("""
                    x = 0.7
                    y = x ^ 3
                    g = grad(y, x)
                    check g == 3 * x ^ 2
                    check grad(g, x) == 6 * x
                    H = g
                    """);
            assertThat(e.target().name()).isEqualTo("H");
            assertThat(value(e, "H").item()).isCloseTo(3 * 0.49, within(EPS));
            assertThat(grad(e, "x").item()).isCloseTo(6 * 0.7, within(EPS));
            assertThat(e.allChecksPassed()).isTrue();
        }

        @Test
        @DisplayName("second derivatives of a non-polynomial function, of vectors and through parameters")
        void secondDerivatives() {
            double x = 0.4;
            double t = Math.tanh(x);
            Evaluation e = run("x = 0.4\ny = tanh(x)\ng = grad(y, x)\nH = g * 1");
            assertThat(value(e, "g").item()).isCloseTo(1 - t * t, within(EPS));
            assertThat(grad(e, "x").item()).isCloseTo(-2 * t * (1 - t * t), within(EPS));

            // y = sum(x^3): g = 3x^2, and d/dx sum(g * v) = 6 x v (a Hessian-vector product).
            Evaluation v = run("x = [0.1, 0.5, -2]\nv = [1, 2, 3]\ny = sum(x ^ 3)\ng = grad(y, x)\n"
                    + "s = sum(g * v)\nhv = grad(s, x)\ncheck hv == 6 * x * v\nL = s");
            assertRows(value(v, "hv"), "(3,)", new double[][] {{0.6, 6, -36}});
            assertRows(grad(v, "x"), "(3,)", new double[][] {{0.6, 6, -36}});
            assertThat(v.allChecksPassed()).isTrue();

            // A penalty on the gradient's size: L = (w x)^2 / 2 + |dL0/dw|^2 with L0 = (w x)^2 / 2.
            // dL0/dw = w x^2, so L = w^2 x^2 / 2 + w^2 x^4 and dL/dw = w x^2 + 2 w x^4.
            Evaluation p = run("x = 1.5\nparam w = 0.8\nL0 = (w * x) ^ 2 / 2\nL = L0 + grad(L0, w) ^ 2");
            assertThat(grad(p, "w").item()).isCloseTo(0.8 * 2.25 + 2 * 0.8 * Math.pow(1.5, 4), within(EPS));
            assertThat(grad(p, "x").item()).isCloseTo(0.64 * 1.5 + 4 * 0.64 * Math.pow(1.5, 3), within(EPS));
        }

        @Test
        @DisplayName("second derivatives through a broadcast scalar (the gradient of a sum back to a scalar)")
        void secondDerivativeThroughBroadcast() {
            // y = sum(x v) = x sum(v): g = dy/dx = sum(v), so dg/dv = [1, 1, 1] and dg/dx = 0.
            Evaluation e = run("x = 2\nv = [1, 2, 3]\ny = sum(x * v)\ng = grad(y, x)\nL = g");
            assertThat(value(e, "g").item()).isEqualTo(6.0);
            assertRows(grad(e, "v"), "(3,)", new double[][] {{1, 1, 1}});
            assertThat(grad(e, "x").item()).isEqualTo(0.0);
            // y = sum(x + v) = 3x + sum(v): dy/dx = 3 whatever x is, so d(g x)/dx = 3.
            Evaluation s = run("x = 2\nv = [1, 2, 3]\ny = sum(x + v)\ng = grad(y, x)\nL = g * x");
            assertThat(grad(s, "x").item()).isEqualTo(3.0);
            assertRows(grad(s, "v"), "(3,)", new double[][] {{0, 0, 0}});
        }

        @Test
        @DisplayName("third derivative through nested grad(...) calls")
        void thirdDerivative() {
            Evaluation e = run("x = 0.7\ny = x ^ 4\ng = grad(y, x)\nh = grad(g, x)\nk = grad(h, x)\nL = k");
            assertThat(value(e, "g").item()).isCloseTo(4 * Math.pow(0.7, 3), within(EPS));
            assertThat(value(e, "h").item()).isCloseTo(12 * 0.49, within(EPS));
            assertThat(value(e, "k").item()).isCloseTo(24 * 0.7, within(EPS));
            assertThat(grad(e, "x").item()).isCloseTo(24, within(EPS));
        }

        @Test
        @DisplayName("the target may be a grad(...) inside an expression; every name then has its gradient")
        void gradInTarget() {
            Evaluation e = run("x = [1, 2]\nparam w = [0.5, 0.25]\nL0 = sum(w * x ^ 2)\nL = sum(grad(L0, x) * [1, 1])");
            // grad(L0, x) = 2 w x, so L = 2 sum(w x): dL/dw = 2x, dL/dx = 2w.
            assertThat(value(e, "L").item()).isCloseTo(2 * (0.5 + 0.5), within(EPS));
            assertRows(grad(e, "w"), "(2,)", new double[][] {{2, 4}});
            assertRows(grad(e, "x"), "(2,)", new double[][] {{1, 0.5}});
            assertRows(grad(e, "L0"), "()", new double[][] {{0}});
        }
    }

    @Nested
    @DisplayName("checks")
    class Checks {
        @Test
        @DisplayName("default tolerance: |a - b| <= 1e-9 + 1e-9 |b|")
        void defaultTolerance() {
            Evaluation e = run("""
                    x = 1
                    check x + 1.5e-9 == x
                    check x + 3e-9 == x
                    check 1000000 + 0.0005 == 1000000
                    check 1000000 + 0.002 == 1000000
                    check 0 == 0.9e-9
                    check 0 == 1.5e-9
                    check [1, 2] == [1, 2]
                    """);
            assertThat(e.checks()).extracting(CheckResult::passed)
                    .containsExactly(true, false, true, false, true, false, true);
            assertThat(e.checks()).extracting(CheckResult::tolerance).containsOnly(1e-9);
            assertThat(e.allChecksPassed()).isFalse();
        }

        @Test
        @DisplayName("within TOL: absolute plus relative to the right-hand side")
        void within_() {
            Evaluation e = run("""
                    a = 1.5
                    check a == 1 within 0.25
                    check a == 1 within 0.24
                    check 1 == a within 0.21
                    check a == 1 within 0.21
                    check 1010 == 1000 within 0.01
                    check 1010 == 1000 within 0.005
                    check a == 1 within 1 / 4
                    check a == 1 within 0
                    check a == a within 0
                    """);
            assertThat(e.checks()).extracting(CheckResult::passed)
                    .containsExactly(true, false, true, false, true, false, true, false, true);
            assertThat(check(e, 0).tolerance()).isEqualTo(0.25);
            assertThat(check(e, 6).tolerance()).isEqualTo(0.25);
            assertThat(check(e, 0).maxError()).isEqualTo(0.5);
        }

        @Test
        @DisplayName("max_error is the largest |a - b| after broadcasting; NaN fails a check")
        void maxError() {
            Evaluation e = run("""
                    v = [1, 2, 3]
                    check v == [1, 2.5, 2]
                    check ones(2, 2) == 1
                    check [[1], [2]] == [1, 2] within 1
                    check log(v - 2) == 0 within 100
                    check v == v
                    L = sum(v)
                    """);
            assertThat(check(e, 0).passed()).isFalse();
            assertThat(check(e, 0).maxError()).isEqualTo(1.0);
            assertThat(check(e, 1).passed()).isTrue();
            assertThat(check(e, 1).maxError()).isEqualTo(0.0);
            assertThat(check(e, 2).passed()).isTrue();
            assertThat(check(e, 2).maxError()).isEqualTo(1.0);
            assertThat(check(e, 3).passed()).isFalse();
            assertThat(check(e, 3).maxError()).isNaN();
            assertThat(check(e, 4).passed()).isTrue();
        }

        @Test
        @DisplayName("each result keeps its statement, line, source text and both sides' values")
        void results() {
            Evaluation e = run("x = 2\n\ncheck x ^ 2 == 4.0001 within 1e-3   # close enough\nL = x");
            CheckResult c = check(e, 0);
            assertThat(c.check().line()).isEqualTo(3);
            assertThat(c.check().source()).isEqualTo("check x ^ 2 == 4.0001 within 1e-3");
            assertThat(c.left().item()).isEqualTo(4.0);
            assertThat(c.right().item()).isEqualTo(4.0001);
            assertThat(c.maxError()).isCloseTo(1e-4, within(1e-12));
            assertThat(c.passed()).isTrue();
            assertThat(e.allChecksPassed()).isTrue();
        }

        @Test
        @DisplayName("checks do not change the target, and a program may check before the last assignment")
        void checksAndTarget() {
            Evaluation e = run("x = 2\ncheck x == 2\ny = x * 3\ncheck grad(y, x) == 3");
            assertThat(e.target().name()).isEqualTo("y");
            assertThat(e.allChecksPassed()).isTrue();
        }
    }

    @Nested
    @DisplayName("the target")
    class Target {
        @Test
        @DisplayName("is the last assigned name; gradients are zero where it does not depend on a name")
        void lastAssigned() {
            Evaluation e = run("a = 3\nb = a ^ 2\nc = 10\nL = b + 1\ncheck L == 10");
            assertThat(e.target().name()).isEqualTo("L");
            assertThat(e.gradients().target()).isSameAs(value(e, "L"));
            assertThat(grad(e, "a").item()).isEqualTo(6.0);
            assertThat(grad(e, "b").item()).isEqualTo(1.0);
            assertThat(grad(e, "c").item()).isEqualTo(0.0);
            assertThat(grad(e, "L").item()).isEqualTo(1.0);
            assertThat(e.bindings()).extracting(Binding::name).containsExactly("a", "b", "c", "L");
        }

        @Test
        @DisplayName("a 1x1 matrix counts as a scalar")
        void oneByOne() {
            Evaluation e = run("w = [[2, 3]]\nx = [[1], [4]]\nL = w @ x");
            assertRows(value(e, "L"), "(1,1)", new double[][] {{14}});
            assertRows(grad(e, "w"), "(1,2)", new double[][] {{1, 4}});
            assertRows(grad(e, "L"), "(1,1)", new double[][] {{1}});
        }

        @Test
        @DisplayName("'of' picks another target, even when the last assigned value is not a scalar")
        void of() {
            Evaluation e = run("x = 3\ny = x ^ 2\nz = x * [1, 1]", "y");
            assertThat(e.target().name()).isEqualTo("y");
            assertThat(grad(e, "x").item()).isEqualTo(6.0);
            assertRows(grad(e, "z"), "(2,)", new double[][] {{0, 0}});
            assertThat(run("x = 3\ny = x ^ 2", "x").target().name()).isEqualTo("x");
            assertThat(grad(run("x = 3\ny = x ^ 2", "x"), "y").item()).isEqualTo(0.0);
        }

        @Test
        @DisplayName("an unknown target is an error about the program as a whole that suggests the nearest name")
        void unknownOf() {
            ChainException unknown = org.junit.jupiter.api.Assertions.assertThrows(ChainException.class,
                    () -> run("loss = 1\nother = 2", "los"));
            assertThat(unknown.getMessage()).contains("no 'los'").contains("did you mean 'loss'?").doesNotContain("--");
            assertThat(unknown.line()).isZero();
            assertThat(unknown.isAboutTarget()).isTrue();
            assertThat(unknown.render("f.chain", "loss = 1")).startsWith("f.chain: the program assigns no 'los'");
            assertThatThrownBy(() -> ChainProgram.parse("x = 1").evaluate().updated(Double.NaN))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the learning rate must be a finite number, got NaN");
        }

        @Test
        @DisplayName("T is a name like any other: postfix .T is not a name (the spec's [A-Za-z_][A-Za-z0-9_]*)")
        void tIsAName() {
            Evaluation e = run("T = [[1, 2], [3, 4]]\nU = T.T @ T\nT2 = T.T.T.T\nL = sum(U) + sum(T2)");
            assertRows(value(e, "U"), "(2,2)", new double[][] {{10, 14}, {14, 20}});
            assertRows(value(e, "T2"), "(2,2)", new double[][] {{1, 3}, {2, 4}}); // the name T, transposed three times
            // ∂/∂T of sum(TᵀT) is T(J + Jᵀ) = 2 T J with J all ones; of sum(Tᵀ) is J
            assertRows(grad(e, "T"), "(2,2)", new double[][] {{7, 7}, {15, 15}});
            assertThat(run("T = 3\nL = grad(T, T) * T", "L").target().value().item()).isEqualTo(3.0);
        }

        @Test
        @DisplayName("a non-scalar 'of' is the same error as a non-scalar last name, at its assignment")
        void nonScalarOf() {
            ChainException e = org.junit.jupiter.api.Assertions.assertThrows(ChainException.class,
                    () -> run("x = 3\nv = [1, 2]\nL = sum(v)", "v"));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("'v' has shape (2,)").contains("sum(v)");
        }
    }

    @Nested
    @DisplayName("param")
    class Params {
        @Test
        @DisplayName("a param is a leaf: the gradient stops at it, even when it is computed from other names")
        void leaves() {
            Evaluation e = ChainProgram.parse("x = 2\nparam w = 3 * x\nparam v = x\nL = w * x + v").evaluate();
            assertThat(grad(e, "w").item()).isEqualTo(2.0);
            assertThat(grad(e, "v").item()).isEqualTo(1.0);
            assertThat(grad(e, "x").item()).isEqualTo(6.0); // not 6 + 3 * 2 + 1 through w and v
            assertThat(binding(e, "w").param()).isTrue();
            assertThat(binding(e, "x").param()).isFalse();
            assertThat(binding(e, "w").value().isLeaf()).isTrue();
            Map<String, Tensor> updated = e.updated(0.1);
            assertThat(updated.keySet()).containsExactly("w", "v");
            assertThat(updated.get("w").item()).isCloseTo(6 - 0.1 * 2, within(EPS));
            assertThat(updated.get("v").item()).isCloseTo(2 - 0.1 * 1, within(EPS));
        }

        @Test
        @DisplayName("a program without params has nothing to update")
        void noParams() {
            assertThat(run("w = 1\nL = w * 2").updated(0.1)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the six example programs")
    class Examples {
        private static final ObjectMapper JSON = new ObjectMapper();

        static List<String> examples() {
            return Chain.EXAMPLES;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("examples")
        @DisplayName("values, gradients, updated parameters and checks equal PyTorch's (--lr 0.1)")
        void againstPyTorch(String name) throws IOException {
            JsonNode expected;
            try (InputStream in = EvaluatorTest.class.getResourceAsStream("/seeds/" + name + ".expected.json")) {
                assertThat(in).as("fixture " + name).isNotNull();
                expected = JSON.readTree(in);
            }
            Evaluation e = ChainProgram.parse(Chain.example(name)).evaluate();
            assertThat(e.target().name()).isEqualTo(expected.get("target").asText());
            List<String> names = new ArrayList<>();
            expected.get("values").properties().forEach(p -> names.add(p.getKey()));
            assertThat(e.bindings()).extracting(Binding::name).containsExactlyElementsOf(names);
            for (Binding b : e.bindings()) {
                assertSame(name + " value " + b.name(), b.value(), expected.get("values").get(b.name()));
                assertSame(name + " grad " + b.name(), e.gradient(b), expected.get("grads").get(b.name()));
            }
            List<String> params = new ArrayList<>();
            expected.get("updated").properties().forEach(p -> params.add(p.getKey()));
            assertThat(e.updated(0.1).keySet()).containsExactlyElementsOf(params);
            e.updated(0.1).forEach((p, t) -> assertSame(name + " updated " + p, t, expected.get("updated").get(p)));
            JsonNode checks = expected.get("checks");
            assertThat(e.checks()).hasSize(checks.size());
            for (int i = 0; i < checks.size(); i++) {
                CheckResult c = e.checks().get(i);
                assertThat(c.check().line()).isEqualTo(checks.get(i).get("line").asInt());
                assertThat(c.check().source()).isEqualTo(checks.get(i).get("source").asText());
                assertThat(c.passed()).as(c.check().source()).isEqualTo(checks.get(i).get("passed").asBoolean());
                assertThat(c.maxError()).as(c.check().source())
                        .isCloseTo(checks.get(i).get("max_error").asDouble(), within(1e-12));
            }
            assertThat(e.allChecksPassed()).isEqualTo(!name.equals("seed004-published-slip"));
        }

        private static void assertSame(String what, Tensor actual, JsonNode expected) {
            assertThat(expected).as(what + " in the fixture").isNotNull();
            String expectedShape;
            double[][] expectedRows;
            if (expected.isNumber()) {
                expectedShape = "()";
                expectedRows = new double[][] {{expected.doubleValue()}};
            } else if (expected.get(0).isNumber()) {
                expectedShape = "(" + expected.size() + ",)";
                expectedRows = new double[1][expected.size()];
                for (int j = 0; j < expected.size(); j++) {
                    expectedRows[0][j] = expected.get(j).doubleValue();
                }
            } else {
                expectedShape = "(" + expected.size() + "," + expected.get(0).size() + ")";
                expectedRows = new double[expected.size()][expected.get(0).size()];
                for (int i = 0; i < expected.size(); i++) {
                    for (int j = 0; j < expected.get(i).size(); j++) {
                        expectedRows[i][j] = expected.get(i).get(j).doubleValue();
                    }
                }
            }
            assertThat(shape(actual)).as(what + " shape").isEqualTo(expectedShape);
            double[][] a = rows(actual);
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i]).as(what + " row " + i).containsExactly(expectedRows[i], within(1e-12));
            }
        }
    }

    @Nested
    @DisplayName("small things the transcripts rely on")
    class Details {
        @Test
        @DisplayName("an error of the tensor library inside a function says what is wrong, in its own words")
        void libraryErrorsInTheirOwnWords() {
            assertThat(Chain.error("L = mse([1, 2], [1, 2, 3])").getMessage())
                    .isEqualTo("add: (2,) and (3,) do not broadcast: last dimensions 2 and 3 differ and neither is 1");
        }

        @Test
        @DisplayName("numbers in messages: whole ones below 1e15 without a point, others as Java writes them")
        void numbersInMessages() {
            assertThat(Chain.error("x = [1, 2]\nL = sum(x, axis=1e15)").getMessage())
                    .startsWith("axis 1.0E15 is out of range");
            assertThat(Chain.error("x = [1, 2]\nL = sum(x, axis=999999999999999)").getMessage())
                    .startsWith("axis 999999999999999 is out of range");
        }

        @Test
        @DisplayName("a call's parts are its arguments, then its keyword values")
        void childrenOfACall() {
            assertThat(Parser.expression("sum(x, axis=1, keepdims=true)").children()).extracting(Chain::tree)
                    .containsExactly("x", "1", "true");
            assertThat(Parser.expression("tanh(x)").children()).extracting(Chain::tree).containsExactly("x");
        }
    }
}
