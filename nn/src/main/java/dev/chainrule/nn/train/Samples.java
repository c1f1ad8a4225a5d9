package dev.chainrule.nn.train;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import java.util.Arrays;

/**
 * Training data: one row of features and one row of targets per sample, copied in and never changed. Batches are
 * made as tensors in either {@link Layout}.
 *
 * <pre>{@code
 * Samples xor = Samples.binary(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new int[] {0, 1, 1, 0});
 * Samples iris = Samples.classes(features, labels, 3);   // one-hot targets
 * }</pre>
 */
public final class Samples {
    private final double[][] features;
    private final double[][] targets;

    private Samples(double[][] features, double[][] targets) {
        this.features = features;
        this.targets = targets;
    }

    /** Features and targets, one row per sample (copied). */
    public static Samples of(double[][] features, double[][] targets) {
        if (features.length == 0) {
            throw new IllegalArgumentException("samples: the dataset is empty");
        }
        if (features.length != targets.length) {
            throw new IllegalArgumentException("samples: " + features.length + " feature rows but " + targets.length
                    + " target rows");
        }
        return new Samples(copy("features", features), copy("targets", targets));
    }

    /** Binary labels 0/1 as a single target column. */
    public static Samples binary(double[][] features, int[] labels) {
        double[][] t = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("samples: binary labels must be 0 or 1, but label " + i + " is "
                        + labels[i]);
            }
            t[i] = new double[] {labels[i]};
        }
        return of(features, t);
    }

    /** Class labels {@code 0..classes-1} as one-hot target rows. */
    public static Samples classes(double[][] features, int[] labels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("samples: classes must be >= 1, got " + classes);
        }
        double[][] t = new double[labels.length][classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("samples: label " + i + " is " + labels[i] + ", outside 0.." + (classes - 1));
            }
            t[i][labels[i]] = 1.0;
        }
        return of(features, t);
    }

    private static double[][] copy(String what, double[][] rows) {
        int width = rows[0].length;
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException("samples: " + what + " row " + i + " has " + rows[i].length
                        + " values but row 0 has " + width);
            }
            for (double v : rows[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("samples: " + what + " row " + i + " holds " + v
                            + " (NaN or infinite values cannot be trained on)");
                }
            }
            out[i] = rows[i].clone();
        }
        return out;
    }

    public int size() {
        return features.length;
    }

    public int featureCount() {
        return features[0].length;
    }

    public int targetCount() {
        return targets[0].length;
    }

    /** All samples as (inputs, targets) tensors in {@code layout}. */
    public Tensor[] all(Layout layout) {
        int[] every = new int[size()];
        Arrays.setAll(every, i -> i);
        return batch(every, 0, every.length, layout);
    }

    /** Samples {@code order[from..to)} as (inputs, targets) tensors in {@code layout}. */
    Tensor[] batch(int[] order, int from, int to, Layout layout) {
        return new Tensor[] {pick(features, order, from, to, layout), pick(targets, order, from, to, layout)};
    }

    private static Tensor pick(double[][] rows, int[] order, int from, int to, Layout layout) {
        int n = to - from;
        int width = rows[0].length;
        double[] data = new double[n * width];
        for (int i = 0; i < n; i++) {
            double[] row = rows[order[from + i]];
            for (int j = 0; j < width; j++) {
                data[layout == Layout.SAMPLES_AS_ROWS ? i * width + j : j * n + i] = row[j];
            }
        }
        return Tensor.of(layout == Layout.SAMPLES_AS_ROWS ? dev.chainrule.autograd.Shape.matrix(n, width)
                : dev.chainrule.autograd.Shape.matrix(width, n), data);
    }
}
