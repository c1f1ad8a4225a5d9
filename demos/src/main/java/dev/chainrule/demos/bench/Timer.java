package dev.chainrule.demos.bench;

import java.util.Arrays;

/** Wall times of repeated runs: warm-up runs first (not kept), then the timed ones, in milliseconds. */
final class Timer {
    private Timer() {
    }

    /** The times of {@code runs} runs of {@code run} after {@code warmups} untimed ones, sorted, in milliseconds. */
    static double[] millis(Runnable run, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    /** The median of {@code sorted}, which must be sorted and not empty. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
