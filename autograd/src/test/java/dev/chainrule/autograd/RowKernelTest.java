package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bias loops: the same bits as the plain loops at every width around a vector's (fewer columns than a vector,
 * exactly one, whole vectors and a part of one) and every height down to one row, signed zeros and NaN included.
 * (Run with and without the Vector API.)
 */
class RowKernelTest {
    private static final int[] COLUMNS = {1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 16, 17, 23, 24, 25, 40, 256, 1001};
    private static final int[] ROWS = {1, 2, 3, 5, 8, 9, 33, 1200};

    private static double[] numbers(SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (rng.nextInt(12)) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> rng.nextDouble() < 0.05 ? Double.NaN : 1e300;
                default -> rng.nextDouble(-1, 1) * Math.pow(10, rng.nextInt(-5, 6));
            };
        }
        return x;
    }

    @Test
    void addingARowToEveryRowGivesThePlainSums() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int cols : COLUMNS) {
            for (int rows : ROWS) {
                double[] m = numbers(rng, rows * cols);
                double[] row = numbers(rng, cols);
                double[] got = m.clone();
                RowKernel.addRow(got, rows, cols, row);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double want = m[i * cols + j] + row[j];
                        assertThat(Double.doubleToRawLongBits(got[i * cols + j]))
                                .as("%d x %d, (%d, %d): %s", rows, cols, i, j, want)
                                .isEqualTo(Double.doubleToRawLongBits(want));
                    }
                }
            }
        }
    }

    @Test
    void columnSumsAddTheRowsInOrderFromZero() {
        expectSumsInOrder(12, false);
    }

    @Test
    void rowSumsAddTheColumnsInOrderFromZero() {
        expectSumsInOrder(13, true);
    }

    /** {@link RowKernel#sumEachRow} or {@link RowKernel#sumRows} against the plain sum, bit for bit. */
    private static void expectSumsInOrder(long seed, boolean eachRow) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int cols : COLUMNS) {
            for (int rows : ROWS) {
                double[] m = numbers(rng, rows * cols);
                double[] got = eachRow ? RowKernel.sumEachRow(m, rows, cols) : RowKernel.sumRows(m, rows, cols);
                int sums = eachRow ? rows : cols;
                int terms = eachRow ? cols : rows;
                assertThat(got).hasSize(sums);
                for (int s = 0; s < sums; s++) {
                    double want = 0.0;
                    for (int t = 0; t < terms; t++) {
                        want += eachRow ? m[s * cols + t] : m[t * cols + s];
                    }
                    assertThat(Double.doubleToRawLongBits(got[s]))
                            .as("%d x %d, %s %d: %s", rows, cols, eachRow ? "row" : "column", s, want)
                            .isEqualTo(Double.doubleToRawLongBits(want));
                }
            }
        }
    }

    @Test
    void summingToItsOwnShapeAddsEachNumberToZero() {
        Tensor x = Tensor.of(new double[][] {{1.5, -0.0}, {Double.NaN, -2}});
        double[] got = Kernels.sumTo(x, x.shape());
        assertThat(got).containsExactly(1.5, 0.0, Double.NaN, -2.0);
        assertThat(Double.doubleToRawLongBits(got[1])).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Kernels.sumTo(x.sumTo(Shape.of(1, 2)), Shape.of())).containsExactly(Double.NaN);
    }

    @Test
    void aBiasAddedToAProductAndItsGradientGoThroughThem() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Tensor w = Tensor.of(new double[][] {{1, 0, -1}, {0.5, 2, 0}});
        Tensor b = Tensor.of(new double[][] {{0.25, -0.5, 1}});
        Tensor z = x.matmulAdd(w, b);
        assertThat(z.toMatrix()).isDeepEqualTo(x.matmul(w).add(b).toMatrix());
        assertThat(z.sum().grad(b).of(b).toMatrix()).isDeepEqualTo(new double[][] {{3, 3, 3}});
        Tensor column = Tensor.of(new double[][] {{1}, {-1}, {2}});   // one sample a column: the bias sums each row
        Tensor zt = w.transpose().matmulAdd(x.transpose(), column);
        assertThat(zt.sum().grad(column).of(column).toMatrix()).isDeepEqualTo(new double[][] {{3}, {3}, {3}});
    }
}
