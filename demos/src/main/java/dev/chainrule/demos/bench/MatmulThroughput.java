package dev.chainrule.demos.bench;

import dev.chainrule.autograd.Tensor;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code chainrule bench --matmul}: the throughput of {@link Tensor#matmul} on square matrices of growing size, in
 * GFLOP/s ({@code 2n³} floating-point operations per product over the median time), so that a reader sees how the
 * cost grows with the size and how close the large products come to the machine's limit.
 */
final class MatmulThroughput {
    /** The sizes measured. */
    static final List<Integer> SIZES = List.of(64, 256, 1024);

    private MatmulThroughput() {
    }

    /**
     * One size's figure.
     *
     * @param n            the matrices are {@code n × n}
     * @param runs         timed products
     * @param medianMillis their median wall time
     */
    record Row(int n, int runs, double medianMillis) {
        double gflops() {
            return 2.0 * n * n * n / (medianMillis * 1e6);
        }
    }

    /** Times {@code a.matmul(b)} for random {@code n × n} matrices: as many products as fill about half a second. */
    static Row measure(int n, int maxRuns) {
        SplittableRandom rng = new SplittableRandom(n);
        Tensor a = Tensor.of(random(rng, n));
        Tensor b = Tensor.of(random(rng, n));
        int runs = (int) Math.min(maxRuns, Math.max(5, Math.min(2_000, 1e9 / (2.0 * n * n * n) * 10)));
        double[] millis = Timer.millis(() -> a.matmul(b), Math.max(2, runs / 5), runs);
        return new Row(n, runs, Timer.median(millis));
    }

    static String header() {
        return String.format(Locale.ROOT, "%6s %6s %12s %10s", "n", "runs", "median", "GFLOP/s");
    }

    static String line(Row r) {
        return String.format(Locale.ROOT, "%6d %6d %9.3f ms %10.1f", r.n(), r.runs(), r.medianMillis(), r.gflops());
    }

    private static double[][] random(SplittableRandom rng, int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble(-1, 1);
            }
        }
        return m;
    }
}
