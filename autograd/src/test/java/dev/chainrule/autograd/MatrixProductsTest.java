package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of the matrix product (plain loops, Vector API tiles with ragged edges, EJML) against a plain triple loop. */
class MatrixProductsTest {

    /** The build runs these tests twice: with the Vector API module, and without it (plain loops and EJML). */
    @org.junit.jupiter.api.Test
    void theVectorApiIsThereExactlyWhenTheRunSaysSo() {
        boolean absent = "absent".equals(System.getProperty("chainrule.vectorApi"));
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()).isEqualTo(!absent);
        assertThat(VectorApi.PRESENT).isEqualTo(!absent);
    }

    @ParameterizedTest(name = "({0} x {1}) @ ({1} x {2})")
    @CsvSource({
        "2, 2, 1",        // the seeds: dot products
        "10, 350, 2",     // a long inner dimension, two columns from a padded copy
        "20, 30, 40",     // small: tiles of eight and four rows by two vectors, the last from a padded copy
        "67, 129, 35",    // Vector API tiles, 3 rows and 11 columns left over
        "130, 300, 50",   // packed panels, one thread
        "257, 260, 270",  // packed panels over the cores, ragged edges
        "136, 130, 280",  // packed panels, one thread, then a panel of two vectors (with AVX-512: 280 = 11·24 + 16)
        "257, 260, 275",  // packed panels over the cores, then one of one vector and three columns (275 = 11·24 + 8 + 3)
        "128, 784, 256",  // the MNIST-sized layer of the benchmark: ten panels of three vectors and one of two
        "333, 260, 200",  // more rows than columns: the rows split over the cores (41 tiles of eight), 5 rows left over
        "1200, 24, 12",   // few columns: tiles of eight rows by two vectors, from a padded copy
        "1200, 4, 24",    // a short inner dimension: two vectors and one from a padded copy
        "300, 300, 9",    // large, few columns
        "13, 5, 3",       // rows left over, one vector of three columns
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

    /**
     * {@code aᵀ @ g} for the benchmark's MNIST-sized layer ({@code Xᵀ @ G}: 784 rows, 256 columns) and a ragged shape,
     * both with more rows than columns, so that the rows of {@code aᵀ}, read where they lie, are split over the cores.
     */
    @ParameterizedTest(name = "({1} x {0}) @ ({0} x {2})")
    @CsvSource({"128, 784, 256", "600, 269, 110"})
    void aTransposeTimesGWithMoreRowsThanColumnsMatchesItsDefinition(int r, int n, int c) {
        SplittableRandom rng = new SplittableRandom(r + n + c);
        double[] a = rng.doubles(r * n, -1, 1).toArray();
        double[] g = rng.doubles(r * c, -1, 1).toArray();
        expectProduct(MatrixProducts.matmulTransposedA(a, g, r, n, c), a, 1, n, g, n, r, c, "aT @ g");
    }

    /**
     * On a thread of its own, whose scratch array (the padded copy of the last columns) is made for its first product
     * and no larger: a tile that read past its part of the copy would fail here, while on a thread whose scratch an
     * earlier, larger product left it would read stale numbers into lanes it never writes.
     */
    @org.junit.jupiter.api.Test
    void aFreshThreadsProductsReadOnlyTheirPartOfTheScratch() throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                for (int c : new int[] {8, 24, 12, 3}) {   // last columns: exactly one vector, two, one and a half, part of one
                    matchesThePlainDefinition(13, 5, c);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    /** Shapes around every edge of the tiles: 1 to 9 rows, inner 1 to 40, 1 to 35 columns. */
    @org.junit.jupiter.api.Test
    void transposedOperandsMatchTheirDefinitionsAtEveryEdge() {
        SplittableRandom rng = new SplittableRandom(5);
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 33, 35, 40, 350};
        for (int t = 0; t < 600; t++) {
            int r = sizes[rng.nextInt(sizes.length)];
            int n = sizes[rng.nextInt(sizes.length)];
            int c = sizes[rng.nextInt(sizes.length)];
            double[] a = rng.doubles(r * n, -1, 1).toArray();
            double[] b = rng.doubles(n * c, -1, 1).toArray();
            double[] g = rng.doubles(r * c, -1, 1).toArray();
            expectProduct(MatrixProducts.matmul(a, b, r, n, c), a, n, 1, b, r, n, c, "a @ b " + r + "x" + n + "x" + c);
            // aᵀ @ g: element (k, i) of aᵀ is a[i * n + k]
            expectProduct(MatrixProducts.matmulTransposedA(a, g, r, n, c), a, 1, n, g, n, r, c, "aT @ g " + r + "x" + n + "x" + c);
            // g @ bᵀ with b (n x c) read as its transpose: element (k, j) of bᵀ is b[j * c + k]
            double[] bT = new double[c * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < c; j++) {
                    bT[j * n + i] = b[i * c + j];
                }
            }
            expectProduct(MatrixProducts.matmulTransposedB(g, b, r, c, n), g, c, 1, bT, r, c, n, "g @ bT " + r + "x" + c + "x" + n);
        }
    }

    /** {@code got} is {@code A @ B} with {@code A(i, k) = a[i * rs + k * ss]}, {@code B} row-major {@code p x c}. */
    private static void expectProduct(double[] got, double[] a, int rs, int ss, double[] b, int m, int p, int c, String what) {
        assertThat(got).as(what).hasSize(m * c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < c; j++) {
                double s = 0;
                double scale = 0;
                for (int k = 0; k < p; k++) {
                    s += a[i * rs + k * ss] * b[k * c + j];
                    scale += Math.abs(a[i * rs + k * ss] * b[k * c + j]);
                }
                assertThat(Math.abs(got[i * c + j] - s)).as("%s (%d,%d)", what, i, j).isLessThanOrEqualTo(1e-14 * scale + 1e-300);
            }
        }
    }
}
