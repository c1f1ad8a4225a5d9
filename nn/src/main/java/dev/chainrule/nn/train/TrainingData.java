package dev.chainrule.nn.train;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.nn.Layout;

/** Checks a {@link Dataset} for training and lays it out as tensors (inputs, targets) in a model's layout. */
final class TrainingData {
    private TrainingData() {
    }

    /** Fails, naming {@code what} ("the training data"), if {@code data} is empty, not finite or has bad targets. */
    static void check(String what, Dataset data, Targets targets) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("trainer: " + what + " is empty");
        }
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.features(); j++) {
                if (!Double.isFinite(data.x(i, j))) {
                    throw new IllegalArgumentException("trainer: " + what + "'s X row " + i + " holds " + data.x(i, j)
                            + " (NaN or infinite values cannot be trained on)");
                }
            }
            if (!Double.isFinite(data.y(i))) {
                throw new IllegalArgumentException("trainer: " + what + "'s y[" + i + "] is " + data.y(i)
                        + " (NaN or infinite values cannot be trained on)");
            }
        }
        targets.rows(data);
    }

    /** The inputs and the targets of {@code data}: {@code n x features} and {@code n x width}, or transposed. */
    static Tensor[] tensors(Dataset data, Targets targets, Layout layout) {
        return new Tensor[] {laidOut(data.x(), layout), laidOut(targets.rows(data), layout)};
    }

    private static Tensor laidOut(double[][] rows, Layout layout) {
        int n = rows.length;
        int width = rows[0].length;
        double[] values = new double[n * width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                values[layout == Layout.SAMPLES_AS_ROWS ? i * width + j : j * n + i] = rows[i][j];
            }
        }
        return Tensor.of(layout == Layout.SAMPLES_AS_ROWS ? Shape.matrix(n, width) : Shape.matrix(width, n), values);
    }
}
