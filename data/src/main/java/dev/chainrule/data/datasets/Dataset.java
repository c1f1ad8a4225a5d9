package dev.chainrule.data.datasets;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.Arrays;

/**
 * A data set: the feature matrix {@code x} (one row per sample) and the targets {@code y} (one per sample) —
 * class labels such as 0, 1, 2 for the generators here, or real numbers read from a CSV file. Immutable: the
 * arrays are copied when the record is made and every accessor returns a copy, so no caller can change a dataset.
 *
 * <pre>{@code
 * Dataset d = Dataset.of(new double[][] {{0.0, 1.0}, {1.0, 0.0}}, new int[] {1, 0});
 * d.size();            // 2
 * d.features();        // 2
 * d.labels();          // [1, 0]
 * d.select(1, 0);      // the rows in the order 1, 0
 * Tensor X = d.xTensor();   // 2×2, for chainrule's autograd
 * }</pre>
 *
 * @param x the features, {@code size × features}, every row the same length
 * @param y one target per row of {@code x}
 */
public record Dataset(double[][] x, double[] y) {
    /** Checks the shapes and copies both arrays. */
    public Dataset {
        if (x == null || y == null) {
            throw new IllegalArgumentException("dataset: x and y must not be null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("dataset: x has " + x.length + " rows but y has " + y.length
                    + " values");
        }
        x = copy(x);
        y = y.clone();
    }

    /** A dataset with integer class labels. */
    public static Dataset of(double[][] x, int[] labels) {
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return new Dataset(x, y);
    }

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException("dataset: row " + i + " of x is null");
            }
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("dataset: row " + i + " of x has " + x[i].length
                        + " values but row 0 has " + x[0].length);
            }
            c[i] = x[i].clone();
        }
        return c;
    }

    /** A copy of the feature matrix. */
    @Override
    public double[][] x() {
        return copy(x);
    }

    /** A copy of the targets. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of samples (rows). */
    public int size() {
        return x.length;
    }

    /** The number of features (columns); 0 for an empty dataset. */
    public int features() {
        return x.length == 0 ? 0 : x[0].length;
    }

    /** Feature {@code j} of sample {@code i}. */
    public double x(int i, int j) {
        return x[i][j];
    }

    /** The target of sample {@code i}. */
    public double y(int i) {
        return y[i];
    }

    /** A copy of the features of sample {@code i}. */
    public double[] row(int i) {
        return x[i].clone();
    }

    /** Whether every target is a whole number that fits in an {@code int}, so {@link #labels()} works. */
    public boolean hasIntegerLabels() {
        for (double v : y) {
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    /** The targets as class labels; fails if one is not a whole number. */
    public int[] labels() {
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            if (y[i] != Math.rint(y[i]) || Math.abs(y[i]) > Integer.MAX_VALUE) {
                throw new IllegalStateException("dataset: y[" + i + "] = " + y[i] + " is not a class label");
            }
            out[i] = (int) y[i];
        }
        return out;
    }

    /** The samples at {@code indices}, in that order (repeats allowed). */
    public Dataset select(int... indices) {
        double[][] xs = new double[indices.length][];
        double[] ys = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= x.length) {
                throw new IndexOutOfBoundsException("dataset: index " + i + " outside 0.." + (x.length - 1));
            }
            xs[k] = x[i];
            ys[k] = y[i];
        }
        return new Dataset(xs, ys);
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive). */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > x.length || from > to) {
            throw new IndexOutOfBoundsException("dataset: slice " + from + ".." + to + " outside 0.." + x.length);
        }
        return new Dataset(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to));
    }

    /** The same targets with other features ({@code size} rows). */
    public Dataset withX(double[][] newX) {
        return new Dataset(newX, y);
    }

    /** The features as a {@code size × features} tensor. */
    public Tensor xTensor() {
        return Tensor.of(Shape.of(size(), features()), Arrays.stream(x).flatMapToDouble(Arrays::stream).toArray());
    }

    /** The targets as a {@code size × 1} column tensor. */
    public Tensor yTensor() {
        return Tensor.of(Shape.of(size(), 1), y.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && Arrays.deepEquals(x, d.x) && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " samples × " + features() + " features]";
    }
}
