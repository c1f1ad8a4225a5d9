package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorAssertions.assertScalar;
import static dev.chainrule.autograd.TensorAssertions.assertTensor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Forward values of every op against numbers computed by hand or exact constants, and NumPy's shape rules
 * (broadcasting, {@code numpy.matmul} with vectors, reductions with {@code axis} and {@code keepdims}).
 */
class OpForwardTest {
    private static final double LN2 = Math.log(2);
    private static final double LN3 = Math.log(3);

    /** {@code [[1 2 3] [4 5 6]]}. */
    private static Tensor m23() {
        return Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Nested
    class Arithmetic {
        @Test
        void addSubMulDivOfEqualShapes() {
            Tensor a = Tensor.of(1.0, 2.0, 3.0);
            Tensor b = Tensor.of(4.0, -5.0, 0.5);
            assertTensor(a.add(b), Shape.vector(3), 5, -3, 3.5);
            assertTensor(a.sub(b), Shape.vector(3), -3, 7, 2.5);
            assertTensor(a.mul(b), Shape.vector(3), 4, -10, 1.5);
            assertTensor(a.div(b), Shape.vector(3), 0.25, -0.4, 6);
        }

        @Test
        void scalarOperandsAndReversedSubtraction() {
            Tensor a = Tensor.of(1.0, -2.0);
            assertTensor(a.add(0.5), Shape.vector(2), 1.5, -1.5);
            assertTensor(a.sub(0.5), Shape.vector(2), 0.5, -2.5);
            assertTensor(a.rsub(1.0), Shape.vector(2), 0, 3);
            assertTensor(a.mul(3.0), Shape.vector(2), 3, -6);
            assertTensor(a.div(4.0), Shape.vector(2), 0.25, -0.5);
        }

        @Test
        void negAndReciprocal() {
            Tensor a = Tensor.of(new double[][] {{2, -4}, {0.5, 1}});
            assertTensor(a.neg(), Shape.matrix(2, 2), -2, 4, -0.5, -1);
            assertTensor(a.reciprocal(), Shape.matrix(2, 2), 0.5, -0.25, 2, 1);
        }

        @Test
        void powWithAConstantExponent() {
            Tensor a = Tensor.of(2.0, -3.0, 0.5);
            assertTensor(a.pow(2), Shape.vector(3), 4, 9, 0.25);
            assertTensor(a.square(), Shape.vector(3), 4, 9, 0.25);
            assertTensor(a.pow(3), Shape.vector(3), 8, -27, 0.125);
            assertTensor(a.pow(-1), Shape.vector(3), 0.5, -1.0 / 3, 2);
            assertTensor(a.pow(0), Shape.vector(3), 1, 1, 1);
            assertTensor(Tensor.of(4.0, 9.0).pow(0.5), Shape.vector(2), 2, 3);
        }

        @Test
        void powWithATensorExponentBroadcasts() {
            assertTensor(Tensor.of(2.0, 3.0, 4.0).pow(Tensor.of(3.0, 2.0, 0.5)), Shape.vector(3), 8, 9, 2);
            // (2,1) ^ (3,): each row's base raised to each exponent
            Tensor base = Tensor.of(new double[][] {{2}, {3}});
            assertTensor(base.pow(Tensor.of(0.0, 1.0, 2.0)), Shape.matrix(2, 3), 1, 2, 4, 1, 3, 9);
            assertTensor(Tensor.of(2.0).pow(Tensor.of(-1.0, 10.0)), Shape.vector(2), 0.5, 1024);
        }
    }

    @Nested
    class Broadcasting {
        @Test
        void vectorPlusColumnIsAMatrix() {
            // NumPy: np.array([1, 2, 3]) + np.array([[10], [20], [30]]) has shape (3, 3)
            Tensor sum = Tensor.of(1.0, 2.0, 3.0).add(Tensor.of(new double[][] {{10}, {20}, {30}}));
            assertTensor(sum, Shape.matrix(3, 3), 11, 12, 13, 21, 22, 23, 31, 32, 33);
            Tensor reversed = Tensor.of(new double[][] {{10}, {20}, {30}}).add(Tensor.of(1.0, 2.0, 3.0));
            assertThat(reversed.sameValues(sum)).isTrue();
        }

        @Test
        void scalarWithMatrixAndVector() {
            assertTensor(Tensor.of(10.0).add(m23()), Shape.matrix(2, 3), 11, 12, 13, 14, 15, 16);
            assertTensor(m23().mul(Tensor.of(-1.0)), Shape.matrix(2, 3), -1, -2, -3, -4, -5, -6);
            assertTensor(Tensor.of(2.0).mul(Tensor.of(1.0, 2.0)), Shape.vector(2), 2, 4);
            assertScalar(Tensor.of(2.0).add(Tensor.of(3.0)), 5);
        }

        @Test
        void rowVectorsAgainstAMatrix() {
            assertTensor(m23().add(Tensor.of(10.0, 20.0, 30.0)), Shape.matrix(2, 3), 11, 22, 33, 14, 25, 36);
            assertTensor(m23().mul(Tensor.of(new double[][] {{1, 0, -1}})), Shape.matrix(2, 3), 1, 0, -3, 4, 0, -6);
        }

        @Test
        void columnTimesMatrixScalesRows() {
            Tensor column = Tensor.of(new double[][] {{2}, {-1}});
            assertTensor(column.mul(m23()), Shape.matrix(2, 3), 2, 4, 6, -4, -5, -6);
            assertTensor(m23().div(column), Shape.matrix(2, 3), 0.5, 1, 1.5, -4, -5, -6);
        }

        @Test
        void rowTimesColumnIsAnOuterProduct() {
            Tensor row = Tensor.of(new double[][] {{1, 2, 3}});
            Tensor column = Tensor.of(new double[][] {{1}, {10}});
            assertTensor(row.mul(column), Shape.matrix(2, 3), 1, 2, 3, 10, 20, 30);
        }

        @Test
        void singleElementMatrixWithAVectorIsAMatrix() {
            // NumPy: (1,1) + (3,) -> (1,3)
            assertTensor(Tensor.of(new double[][] {{1}}).add(Tensor.of(1.0, 2.0, 3.0)), Shape.matrix(1, 3), 2, 3, 4);
        }

        @Test
        void shapeBroadcastFollowsNumPy() {
            assertThat(Shape.broadcast("add", Shape.vector(3), Shape.matrix(3, 1))).isEqualTo(Shape.matrix(3, 3));
            assertThat(Shape.broadcast("add", Shape.scalar(), Shape.vector(4))).isEqualTo(Shape.vector(4));
            assertThat(Shape.broadcast("add", Shape.matrix(1, 4), Shape.vector(4))).isEqualTo(Shape.matrix(1, 4));
            assertThat(Shape.broadcast("add", Shape.matrix(2, 1), Shape.matrix(1, 5))).isEqualTo(Shape.matrix(2, 5));
        }
    }

    @Nested
    class Elementwise {
        @Test
        void expAndLog() {
            assertTensor(Tensor.of(0.0, 1.0, -1.0).exp(), Shape.vector(3), 1, Math.E, 1 / Math.E);
            assertTensor(Tensor.of(1.0, Math.E, 0.5).log(), Shape.vector(3), 0, 1, -LN2);
            assertThat(Tensor.of(0.0).log().item()).isEqualTo(Double.NEGATIVE_INFINITY);
        }

        @Test
        void sqrtAndAbs() {
            assertTensor(Tensor.of(4.0, 9.0, 2.0, 0.0).sqrt(), Shape.vector(4), 2, 3, Math.sqrt(2), 0);
            assertTensor(Tensor.of(new double[][] {{-1.5, 0}, {2, -0.0}}).abs(), Shape.matrix(2, 2), 1.5, 0, 2, 0);
        }

        @Test
        void tanhAtExactPoints() {
            // tanh(ln 2) = (4 - 1) / (4 + 1) = 0.6, tanh is odd
            assertTensor(Tensor.of(0.0, LN2, -LN2).tanh(), Shape.vector(3), 0, 0.6, -0.6);
        }

        @Test
        void sigmoidAtExactPoints() {
            // σ(ln 3) = 1 / (1 + 1/3) = 0.75 and σ(-x) = 1 - σ(x)
            assertTensor(Tensor.of(0.0, LN3, -LN3).sigmoid(), Shape.vector(3), 0.5, 0.75, 0.25);
        }

        @Test
        void relu() {
            assertTensor(Tensor.of(new double[][] {{-1, 0}, {2, -0.5}}).relu(), Shape.matrix(2, 2), 0, 0, 2, 0);
            // max(x, 0): -0 is not above 0, so its relu is +0 (NumPy's maximum(-0., 0.) prints 0.)
            assertThat(Tensor.of(-0.0).relu().sameValues(Tensor.of(0.0))).isTrue();
        }

        @Test
        void leakyRelu() {
            assertTensor(Tensor.of(-2.0, 0.0, 3.0, -0.5).leakyRelu(0.1), Shape.vector(4), -0.2, 0, 3, -0.05);
            assertTensor(Tensor.of(-2.0, 3.0).leakyRelu(0.0), Shape.vector(2), 0, 3);
            // 0 is not above 0: slope · 0, which is -0 for a negative slope (NumPy's where(x > 0, x, slope * x))
            assertThat(Tensor.of(0.0).leakyRelu(-0.5).sameValues(Tensor.of(-0.0))).isTrue();
        }

        @Test
        void clip() {
            assertTensor(Tensor.of(-2.0, -1.0, 0.5, 1.0, 3.0).clip(-1, 1), Shape.vector(5), -1, -1, 0.5, 1, 1);
            assertTensor(Tensor.of(new double[][] {{0, 5}, {10, -5}}).clip(1, 6), Shape.matrix(2, 2), 1, 5, 6, 1);
        }

        @Test
        void clipToASinglePoint() {
            // lo = hi is a bound like any other (NumPy's clip(x, 1, 1) is all ones)
            assertTensor(Tensor.of(-2.0, 1.0, 3.0).clip(1, 1), Shape.vector(3), 1, 1, 1);
        }
    }

    @Nested
    class SoftmaxAndLogSoftmax {
        /** {@code [[ln 1, ln 2], [ln 3, ln 4]]}: softmax along rows and columns are simple fractions. */
        private final Tensor logs = Tensor.of(new double[][] {{0, LN2}, {LN3, Math.log(4)}});

        @Test
        void softmaxOfAVector() {
            assertTensor(Tensor.of(0.0, LN2, LN3).softmax(0), Shape.vector(3), 1.0 / 6, 2.0 / 6, 3.0 / 6);
            assertTensor(Tensor.of(0.0, LN2, LN3).softmax(-1), Shape.vector(3), 1.0 / 6, 2.0 / 6, 3.0 / 6);
        }

        @Test
        void softmaxAlongEachAxisOfAMatrix() {
            assertTensor(logs.softmax(1), Shape.matrix(2, 2), 1.0 / 3, 2.0 / 3, 3.0 / 7, 4.0 / 7);
            assertTensor(logs.softmax(-1), Shape.matrix(2, 2), 1.0 / 3, 2.0 / 3, 3.0 / 7, 4.0 / 7);
            assertTensor(logs.softmax(0), Shape.matrix(2, 2), 1.0 / 4, 2.0 / 6, 3.0 / 4, 4.0 / 6);
            assertTensor(logs.softmax(-2), Shape.matrix(2, 2), 1.0 / 4, 2.0 / 6, 3.0 / 4, 4.0 / 6);
        }

        @Test
        void logSoftmaxAlongEachAxisOfAMatrix() {
            assertTensor(logs.logSoftmax(1), Shape.matrix(2, 2),
                    Math.log(1.0 / 3), Math.log(2.0 / 3), Math.log(3.0 / 7), Math.log(4.0 / 7));
            assertTensor(logs.logSoftmax(0), Shape.matrix(2, 2),
                    Math.log(1.0 / 4), Math.log(2.0 / 6), Math.log(3.0 / 4), Math.log(4.0 / 6));
            assertTensor(Tensor.of(0.0, LN2, LN3).logSoftmax(0), Shape.vector(3),
                    Math.log(1.0 / 6), Math.log(2.0 / 6), Math.log(3.0 / 6));
        }

        @Test
        void softmaxIsInvariantToAShiftAndSumsToOne() {
            Tensor x = Tensor.of(new double[][] {{0.3, -1.2, 2.0}, {5.0, 5.0, 5.0}});
            Tensor shifted = x.add(Tensor.of(new double[][] {{100}, {-7}}));
            assertThat(shifted.softmax(1).allClose(x.softmax(1), 1e-15, 1e-12)).isTrue();
            assertTensor(x.softmax(1).sum(1), Shape.vector(2), 1, 1);
            assertTensor(x.softmax(0).sum(0), Shape.vector(3), 1, 1, 1);
            assertTensor(Tensor.of(5.0, 5.0, 5.0).softmax(0), Shape.vector(3), 1.0 / 3, 1.0 / 3, 1.0 / 3);
        }

        @Test
        void logSoftmaxIsTheLogOfSoftmax() {
            Tensor x = Tensor.of(new double[][] {{0.3, -1.2, 2.0}, {1.5, 0.0, -0.7}});
            assertThat(x.logSoftmax(0).allClose(x.softmax(0).log(), 1e-15, 1e-12)).isTrue();
            assertThat(x.logSoftmax(1).allClose(x.softmax(1).log(), 1e-15, 1e-12)).isTrue();
        }
    }

    @Nested
    class Reductions {
        @Test
        void sumOfAMatrixAlongEachAxis() {
            assertScalar(m23().sum(), 21);
            assertTensor(m23().sum(0), Shape.vector(3), 5, 7, 9);
            assertTensor(m23().sum(1), Shape.vector(2), 6, 15);
            assertTensor(m23().sum(-1), Shape.vector(2), 6, 15);
            assertTensor(m23().sum(-2), Shape.vector(3), 5, 7, 9);
            assertTensor(m23().sum(0, true), Shape.matrix(1, 3), 5, 7, 9);
            assertTensor(m23().sum(1, true), Shape.matrix(2, 1), 6, 15);
            assertTensor(m23().sum(-1, true), Shape.matrix(2, 1), 6, 15);
        }

        @Test
        void sumOfAVectorAndAScalar() {
            Tensor v = Tensor.of(1.0, 2.0, 3.5);
            assertScalar(v.sum(), 6.5);
            assertScalar(v.sum(0), 6.5);
            assertScalar(v.sum(-1), 6.5);
            assertTensor(v.sum(0, true), Shape.vector(1), 6.5);
            assertScalar(Tensor.of(4.0).sum(), 4);
        }

        @Test
        void sumOfDegenerateMatrices() {
            Tensor row = Tensor.of(new double[][] {{1, 2, 3}});
            assertTensor(row.sum(0), Shape.vector(3), 1, 2, 3);
            assertTensor(row.sum(1), Shape.vector(1), 6);
            Tensor column = Tensor.of(new double[][] {{1}, {2}, {3}});
            assertTensor(column.sum(0), Shape.vector(1), 6);
            assertTensor(column.sum(1), Shape.vector(3), 1, 2, 3);
            assertTensor(column.sum(1, true), Shape.matrix(3, 1), 1, 2, 3);
        }

        @Test
        void meanAlongEachAxis() {
            assertScalar(m23().mean(), 3.5);
            assertTensor(m23().mean(0), Shape.vector(3), 2.5, 3.5, 4.5);
            assertTensor(m23().mean(1), Shape.vector(2), 2, 5);
            assertTensor(m23().mean(-1), Shape.vector(2), 2, 5);
            assertTensor(m23().mean(0, true), Shape.matrix(1, 3), 2.5, 3.5, 4.5);
            assertTensor(m23().mean(1, true), Shape.matrix(2, 1), 2, 5);
            Tensor v = Tensor.of(1.0, 2.0, 6.0);
            assertScalar(v.mean(), 3);
            assertScalar(v.mean(0), 3);
            assertScalar(v.mean(-1), 3);
            assertTensor(v.mean(0, true), Shape.vector(1), 3);
        }

        @Test
        void maxAlongEachAxis() {
            Tensor m = Tensor.of(new double[][] {{1, 5, 3}, {4, 2, 6}});
            assertScalar(m.max(), 6);
            assertTensor(m.max(0), Shape.vector(3), 4, 5, 6);
            assertTensor(m.max(1), Shape.vector(2), 5, 6);
            assertTensor(m.max(-1), Shape.vector(2), 5, 6);
            assertTensor(m.max(0, true), Shape.matrix(1, 3), 4, 5, 6);
            assertTensor(m.max(1, true), Shape.matrix(2, 1), 5, 6);
        }

        @Test
        void maxOfNegativeNumbersAndOfAVector() {
            Tensor v = Tensor.of(-3.0, -1.0, -2.0);
            assertScalar(v.max(), -1);
            assertScalar(v.max(0), -1);
            assertTensor(v.max(-1, true), Shape.vector(1), -1);
            assertTensor(Tensor.of(new double[][] {{-5, -7}, {-9, -8}}).max(0), Shape.vector(2), -5, -7);
        }

        @Test
        void maxPropagatesNaNAsNumPy() {
            assertThat(Tensor.of(1.0, Double.NaN, 3.0).max().item()).isNaN();
        }
    }

    @Nested
    class ShapeOps {
        @Test
        void transposeOfAMatrix() {
            assertTensor(m23().transpose(), Shape.matrix(3, 2), 1, 4, 2, 5, 3, 6);
            assertThat(m23().transpose().transpose().sameValues(m23())).isTrue();
            assertTensor(Tensor.of(new double[][] {{1, 2, 3}}).transpose(), Shape.matrix(3, 1), 1, 2, 3);
        }

        @Test
        void transposeOfAVectorOrScalarIsANoOp() {
            Tensor v = Tensor.of(1.0, 2.0, 3.0);
            assertThat(v.transpose()).isSameAs(v);
            Tensor s = Tensor.of(2.0);
            assertThat(s.transpose()).isSameAs(s);
        }

        @Test
        void reshapeIsRowMajor() {
            assertTensor(m23().reshape(3, 2), Shape.matrix(3, 2), 1, 2, 3, 4, 5, 6);
            assertTensor(m23().reshape(6), Shape.vector(6), 1, 2, 3, 4, 5, 6);
            assertTensor(m23().reshape(1, 6), Shape.matrix(1, 6), 1, 2, 3, 4, 5, 6);
            assertTensor(Tensor.of(1.0, 2.0, 3.0).reshape(3, 1), Shape.matrix(3, 1), 1, 2, 3);
            assertScalar(Tensor.of(new double[][] {{7}}).reshape(), 7);
            assertTensor(Tensor.of(7.0).reshape(1, 1), Shape.matrix(1, 1), 7);
            assertThat(m23().reshape(3, 2).get(2, 0)).isEqualTo(5);
        }

        @Test
        void reshapeToTheSameShapeReturnsTheTensor() {
            Tensor m = m23();
            assertThat(m.reshape(2, 3)).isSameAs(m);
        }

        @Test
        void broadcastToAndSumTo() {
            assertTensor(Tensor.of(1.0, 2.0, 3.0).broadcastTo(Shape.matrix(2, 3)), Shape.matrix(2, 3), 1, 2, 3, 1, 2, 3);
            assertTensor(Tensor.of(new double[][] {{1}, {2}}).broadcastTo(Shape.matrix(2, 3)), Shape.matrix(2, 3),
                    1, 1, 1, 2, 2, 2);
            assertTensor(Tensor.of(5.0).broadcastTo(Shape.vector(2)), Shape.vector(2), 5, 5);
            assertTensor(m23().sumTo(Shape.vector(3)), Shape.vector(3), 5, 7, 9);
            assertTensor(m23().sumTo(Shape.matrix(1, 3)), Shape.matrix(1, 3), 5, 7, 9);
            assertTensor(m23().sumTo(Shape.matrix(2, 1)), Shape.matrix(2, 1), 6, 15);
            assertScalar(m23().sumTo(Shape.scalar()), 21);
            assertTensor(m23().sumTo(Shape.matrix(1, 1)), Shape.matrix(1, 1), 21);
        }
    }

    @Nested
    class MatrixProduct {
        @Test
        void matrixTimesMatrix() {
            Tensor a = m23();
            Tensor b = Tensor.of(new double[][] {{1, 0}, {0, 1}, {1, -1}});
            assertTensor(a.matmul(b), Shape.matrix(2, 2), 4, -1, 10, -1);
            assertTensor(Tensor.eye(2).matmul(a), Shape.matrix(2, 3), 1, 2, 3, 4, 5, 6);
        }

        @Test
        void vectorDotVectorIsAScalar() {
            assertScalar(Tensor.of(1.0, 2.0, 3.0).matmul(Tensor.of(4.0, -5.0, 6.0)), 12);
        }

        @Test
        void vectorTimesMatrixIsAVector() {
            // (2,) @ (2,3) -> (3,)
            assertTensor(Tensor.of(1.0, -1.0).matmul(m23()), Shape.vector(3), -3, -3, -3);
        }

        @Test
        void matrixTimesVectorIsAVector() {
            // (2,3) @ (3,) -> (2,)
            assertTensor(m23().matmul(Tensor.of(1.0, 0.0, -1.0)), Shape.vector(2), -2, -2);
        }

        @Test
        void rowTimesColumnAndColumnTimesRow() {
            Tensor row = Tensor.of(new double[][] {{1, 2}});
            Tensor column = Tensor.of(new double[][] {{3}, {4}});
            assertTensor(row.matmul(column), Shape.matrix(1, 1), 11);
            assertTensor(column.matmul(row), Shape.matrix(2, 2), 3, 6, 4, 8);
        }

        @Test
        void largeProductsThroughEjmlAgreeWithTheDefinition() {
            // 40·50·30 multiply-adds is above MatrixProducts.SMALL, so EJML computes it; small integers keep sums exact
            int r = 40;
            int n = 50;
            int c = 30;
            double[][] a = new double[r][n];
            double[][] b = new double[n][c];
            for (int i = 0; i < r; i++) {
                for (int k = 0; k < n; k++) {
                    a[i][k] = (i * 7 + k * 3) % 11 - 5;
                }
            }
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < c; j++) {
                    b[k][j] = (k * 5 + j * 2) % 13 - 6;
                }
            }
            double[] expected = new double[r * c];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    for (int k = 0; k < n; k++) {
                        expected[i * c + j] += a[i][k] * b[k][j];
                    }
                }
            }
            assertTensor(Tensor.of(a).matmul(Tensor.of(b)), Shape.matrix(r, c), expected);
            // and the vector forms on the same path: (n,) @ (n,c) and (r,n) @ (n,)
            assertTensor(Tensor.of(a[0]).matmul(Tensor.of(b)), Shape.vector(c), Arrays.copyOf(expected, c));
        }
    }

    @Nested
    class Names {
        @Test
        void everyOpIsNamedAsInErrorsAndTranscripts() {
            Tensor x = Tensor.of(new double[][] {{0.5, 2.0}, {1.0, 3.0}});
            Tensor v = Tensor.of(1.0, 2.0);
            assertThat(Tensor.of(1.0).op().name()).isEqualTo("leaf");
            assertThat(x.add(x).op().name()).isEqualTo("add");
            assertThat(x.mul(x).op().name()).isEqualTo("mul");
            assertThat(x.neg().op().name()).isEqualTo("neg");
            assertThat(x.reciprocal().op().name()).isEqualTo("reciprocal");
            assertThat(x.pow(3).op().name()).isEqualTo("pow");
            assertThat(x.pow(x).op().name()).isEqualTo("pow");
            assertThat(x.exp().op().name()).isEqualTo("exp");
            assertThat(x.log().op().name()).isEqualTo("log");
            assertThat(x.sqrt().op().name()).isEqualTo("sqrt");
            assertThat(x.abs().op().name()).isEqualTo("abs");
            assertThat(x.tanh().op().name()).isEqualTo("tanh");
            assertThat(x.sigmoid().op().name()).isEqualTo("sigmoid");
            assertThat(x.relu().op().name()).isEqualTo("relu");
            assertThat(x.leakyRelu(0.1).op().name()).isEqualTo("leaky_relu");
            assertThat(x.softmax(0).op().name()).isEqualTo("softmax");
            assertThat(x.logSoftmax(0).op().name()).isEqualTo("log_softmax");
            assertThat(x.clip(0, 1).op().name()).isEqualTo("clip");
            assertThat(x.sum().op().name()).isEqualTo("sum");
            assertThat(x.max().op().name()).isEqualTo("max");
            assertThat(x.transpose().op().name()).isEqualTo("transpose");
            assertThat(x.reshape(4).op().name()).isEqualTo("reshape");
            assertThat(v.broadcastTo(Shape.matrix(2, 2)).op().name()).isEqualTo("broadcast_to");
            assertThat(x.sumTo(Shape.vector(2)).op().name()).isEqualTo("sum_to");
            assertThat(x.matmul(v).op().name()).isEqualTo("matmul");
        }

        @Test
        void reductionsWriteTheirAxisAndKeepdims() {
            assertThat(m23().sum().op().rule().notation()).isEqualTo("sum(x)");
            assertThat(m23().sum(1).op().rule().notation()).isEqualTo("sum(x, axis=1)");
            assertThat(m23().max(0, true).op().rule().notation()).isEqualTo("max(x, axis=0, keepdims=true)");
            assertThat(m23().sum().op().toString()).contains("reduction=all");
            assertThat(m23().sum(0, true).op().toString()).contains("reduction=axis=0, keepdims");
            assertThat(m23().sum(1).op().toString()).contains("reduction=axis=1]");
        }

        @Test
        void aLeafHasNoRule() {
            assertThat(Tensor.of(1.0).op().rule().notation()).isEqualTo("leaf");
            assertThat(Tensor.of(1.0).op().rule().derivatives()).isEmpty();
        }
    }

    @Nested
    class Formatting {
        @Test
        void scalarPrintsLikeNumPy() {
            assertThat(Tensor.of(0.4)).hasToString("0.4");
            assertThat(Tensor.of(-2.5)).hasToString("-2.5");
        }

        @Test
        void vectorPrintsLikeNumPy() {
            assertThat(Tensor.of(1.0, 2.0)).hasToString("[1. 2.]");
            assertThat(Tensor.of(0.5, -1.5)).hasToString("[ 0.5 -1.5]");
        }

        @Test
        void matrixPrintsLikeNumPy() {
            assertThat(Tensor.of(new double[][] {{1, 2}, {3, 4}})).hasToString("[[1. 2.]\n [3. 4.]]");
            assertThat(Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}})).hasToString("[[ 0.3 -0.1]\n [ 0.2  0.4]]");
            assertThat(Tensor.of(new double[][] {{-0.50936975}, {0.31803236}}))
                    .hasToString("[[-0.50936975]\n [ 0.31803236]]");
        }

        @Test
        void roundsToEightDecimals() {
            assertThat(Tensor.of(1.0 / 3, 2.0 / 3)).hasToString("[0.33333333 0.66666667]");
        }

        @Test
        void columnsAlignOnTheDecimalPoint() {
            assertThat(Tensor.of(1.5, 0.25)).hasToString("[1.5  0.25]");
            assertThat(Tensor.of(new double[][] {{10.5}, {0.25}})).hasToString("[[10.5 ]\n [ 0.25]]");
        }

        @Test
        void nonFiniteNumbersPrintLikeNumPy() {
            assertThat(Tensor.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))
                    .hasToString("[ nan  inf -inf]");
        }

        @Test
        void scientificNotationBelow1e4AndFrom1e8() {
            assertThat(Tensor.of(0.0, 1e-4)).hasToString("[0.     0.0001]");
            assertThat(Tensor.of(new double[] {99_999_999.0})).hasToString("[99999999.]");
            assertThat(Tensor.of(new double[] {1e8}).toString()).endsWith("e+08]").doesNotContain("100000000");
            assertThat(Tensor.of(new double[] {2.5e-5})).hasToString("[2.5e-05]");
        }
    }
}
