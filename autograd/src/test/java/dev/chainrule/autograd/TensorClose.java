package dev.chainrule.autograd;

import java.util.Arrays;
import java.util.Optional;

/**
 * Element-wise comparison of tensors to an absolute tolerance that compares shapes too: a scalar {@code ()} never
 * equals a {@code (1,1)} matrix, nor a {@code (2,)} vector a {@code (2,1)} column.
 */
final class TensorClose {
    private TensorClose() {
    }

    /** Fails unless {@code actual} has {@code expected}'s shape and every element is within {@code tol} of it. */
    static void assertClose(String what, Tensor actual, Tensor expected, double tol) {
        mismatch(what, actual, expected, tol).ifPresent(message -> {
            throw new AssertionError(message);
        });
    }

    /** Why {@code actual} does not match {@code expected} to {@code tol} (absolute), or empty when it does. */
    static Optional<String> mismatch(String what, Tensor actual, Tensor expected, double tol) {
        if (!actual.shape().equals(expected.shape())) {
            return Optional.of(what + ": shape " + actual.shape() + " but expected " + expected.shape()
                    + "\n  actual:   " + full(actual) + "\n  expected: " + full(expected));
        }
        double[] a = actual.toArray();
        double[] e = expected.toArray();
        int worst = -1;
        double worstError = 0.0;
        for (int i = 0; i < a.length; i++) {
            double error = Math.abs(a[i] - e[i]);
            if (!(error <= tol) && (worst < 0 || !(error <= worstError))) {
                worst = i;
                worstError = error;
            }
        }
        if (worst < 0) {
            return Optional.empty();
        }
        return Optional.of(what + ": element " + index(actual.shape(), worst) + " is " + a[worst] + " but expected "
                + e[worst] + " (|error| = " + worstError + " > " + tol + ")"
                + "\n  actual:   " + full(actual) + "\n  expected: " + full(expected));
    }

    /** The largest {@code |a − b|} after broadcasting both to a common shape (NaN if any element is NaN). */
    static double maxError(Tensor a, Tensor b) {
        Shape s = Shape.broadcast("compare", a.shape(), b.shape());
        double[] x = a.broadcastTo(s).toArray();
        double[] y = b.broadcastTo(s).toArray();
        double max = 0.0;
        for (int i = 0; i < x.length; i++) {
            double error = Math.abs(x[i] - y[i]);
            if (Double.isNaN(error)) {
                return Double.NaN;
            }
            max = Math.max(max, error);
        }
        return max;
    }

    /** Every element with all its digits: {@code 0.1}, {@code [0.1, 0.2]}, {@code [[0.1], [0.2]]}. */
    static String full(Tensor t) {
        return switch (t.rank()) {
            case 0 -> Double.toString(t.item());
            case 1 -> Arrays.toString(t.toArray());
            default -> Arrays.deepToString(t.toMatrix());
        };
    }

    private static String index(Shape shape, int flat) {
        return switch (shape.rank()) {
            case 0 -> "()";
            case 1 -> "[" + flat + "]";
            default -> "[" + flat / shape.cols() + "][" + flat % shape.cols() + "]";
        };
    }
}
