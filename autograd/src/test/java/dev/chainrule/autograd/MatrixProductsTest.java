package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of the matrix product (plain loops, Vector API tiles with ragged edges, EJML) against a plain triple loop. */
class MatrixProductsTest {

    @org.junit.jupiter.api.Test
    void testsRunWithTheVectorApiSoItsKernelIsCovered() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
    }

    @ParameterizedTest(name = "({0} x {1}) @ ({1} x {2})")
    @CsvSource({
        "2, 2, 1",        // the seeds: dot products
        "10, 350, 2",     // a gradient G Xᵀ: few columns
        "20, 30, 40",     // small: row updates
        "67, 129, 35",    // Vector API, one thread, 3 rows and 3 columns left over
        "130, 300, 50",   // Vector API, one thread
        "257, 260, 70",   // Vector API over the cores, ragged edges
        "1200, 24, 12",   // EJML
        "300, 300, 9",    // large, few columns
    })
    void matchesThePlainDefinition(int r, int n, int c) {
        SplittableRandom rng = new SplittableRandom(r * 31L + n * 7L + c);
        double[] a = rng.doubles(r * n, -1, 1).toArray();
        double[] b = rng.doubles(n * c, -1, 1).toArray();
        double[] got = MatrixProducts.matmul(a, b, r, n, c);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double s = 0;
                double scale = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * b[k * c + j];
                    scale += Math.abs(a[i * n + k] * b[k * c + j]);
                }
                assertThat(Math.abs(got[i * c + j] - s)).as("(%d,%d)", i, j).isLessThanOrEqualTo(1e-14 * scale + 1e-300);
            }
        }
    }
}
