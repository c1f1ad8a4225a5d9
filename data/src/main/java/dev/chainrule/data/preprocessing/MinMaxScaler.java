package dev.chainrule.data.preprocessing;

import dev.chainrule.data.datasets.Dataset;

/**
 * scikit-learn's {@code MinMaxScaler}: fitted on the training features, it maps each feature's training range onto
 * {@code [low, high]} ([0, 1] by default) and applies the same map to test data. Immutable.
 *
 * <pre>{@code
 * MinMaxScaler scaler = MinMaxScaler.fit(train);          // MinMaxScaler().fit(X_train)
 * MinMaxScaler pm1 = MinMaxScaler.fit(train, -1, 1);      // MinMaxScaler(feature_range=(-1, 1)).fit(X_train)
 * double[][] scaled = scaler.transform(test.x());
 * }</pre>
 *
 * <p>As scikit-learn computes it: {@code scale = (high - low) / (max - min)} (a range below {@code 10·ε} counts as
 * 1, so constant features are only shifted) and {@code min = low - dataMin·scale}; {@code transform} is
 * {@code x·scale + min}, {@code inverseTransform} {@code (x - min) / scale}. Test values outside the training range
 * land outside {@code [low, high]}.
 */
public final class MinMaxScaler {
    private final double[] dataMin;
    private final double[] dataMax;
    private final double[] scale;
    private final double[] min;

    private MinMaxScaler(double[] dataMin, double[] dataMax, double[] scale, double[] min) {
        this.dataMin = dataMin;
        this.dataMax = dataMax;
        this.scale = scale;
        this.min = min;
    }

    /** Fits to [0, 1]. */
    public static MinMaxScaler fit(double[][] x) {
        return fit(x, 0.0, 1.0);
    }

    /** Fits the features of {@code data} to [0, 1]. */
    public static MinMaxScaler fit(Dataset data) {
        return fit(data.x());
    }

    /** Fits to {@code [low, high]}. */
    public static MinMaxScaler fit(double[][] x, double low, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException("MinMaxScaler: the feature range needs low < high, got (" + low + ", "
                    + high + ")");
        }
        int d = Columns.check("MinMaxScaler", x, -1);
        double[] lo = x[0].clone();
        double[] hi = x[0].clone();
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], row[j]);
                hi[j] = Math.max(hi[j], row[j]);
            }
        }
        double[] scale = new double[d];
        double[] min = new double[d];
        for (int j = 0; j < d; j++) {
            double range = hi[j] - lo[j];
            scale[j] = (high - low) / (range < 10 * Columns.EPS ? 1.0 : range);
            min[j] = low - lo[j] * scale[j];
        }
        return new MinMaxScaler(lo, hi, scale, min);
    }

    /** Each feature's training minimum. */
    public double[] dataMin() {
        return dataMin.clone();
    }

    /** Each feature's training maximum. */
    public double[] dataMax() {
        return dataMax.clone();
    }

    /** The factor of each feature. */
    public double[] scale() {
        return scale.clone();
    }

    /** The offset of each feature, added after scaling. */
    public double[] min() {
        return min.clone();
    }

    /** {@code x·scale + min}, a new array. */
    public double[][] transform(double[][] x) {
        Columns.check("MinMaxScaler.transform", x, scale.length);
        double[][] out = Columns.copy(x);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] * scale[j] + min[j];
            }
        }
        return out;
    }

    /** The dataset with its features transformed; labels kept. */
    public Dataset transform(Dataset data) {
        return data.withX(transform(data.x()));
    }

    /** {@code (x - min) / scale}, a new array. */
    public double[][] inverseTransform(double[][] x) {
        Columns.check("MinMaxScaler.inverseTransform", x, scale.length);
        double[][] out = Columns.copy(x);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (row[j] - min[j]) / scale[j];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "MinMaxScaler[dataMin=" + java.util.Arrays.toString(dataMin) + ", dataMax="
                + java.util.Arrays.toString(dataMax) + "]";
    }
}
