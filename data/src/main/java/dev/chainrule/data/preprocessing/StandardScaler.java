package dev.chainrule.data.preprocessing;

import dev.chainrule.data.datasets.Dataset;

/**
 * scikit-learn's {@code StandardScaler}: fitted on the training features, it maps every feature to mean 0 and
 * standard deviation 1, and applies the same shift and scale to test data. Immutable.
 *
 * <pre>{@code
 * StandardScaler scaler = StandardScaler.fit(split.train());    // scaler = StandardScaler().fit(X_train)
 * Dataset train = scaler.transform(split.train());              // scaler.transform(X_train)
 * Dataset test = scaler.transform(split.test());                // the training mean and scale, not the test's
 * }</pre>
 *
 * <p>As scikit-learn 1.2 computes it: {@code mean = sum / n}; the variance by the corrected two-pass formula
 * {@code (Σ(x - mean)² - (Σ(x - mean))² / n) / n} (the population variance, no {@code n - 1}); {@code scale = √var},
 * replaced by 1 for a feature whose variance is within rounding error of zero
 * ({@code var <= n·ε·var + (n·mean·ε)²}) so constant features are left unscaled. {@code transform} computes
 * {@code (x - mean) / scale}, {@code inverseTransform} {@code x·scale + mean}.
 */
public final class StandardScaler {
    private final double[] mean;
    private final double[] variance;
    private final double[] scale;
    private final boolean withMean;

    private StandardScaler(double[] mean, double[] variance, double[] scale, boolean withMean) {
        this.mean = mean;
        this.variance = variance;
        this.scale = scale;
        this.withMean = withMean;
    }

    /** Fits on the rows of {@code x}: {@code StandardScaler().fit(x)}. */
    public static StandardScaler fit(double[][] x) {
        return fit(x, true, true);
    }

    /** Fits on the features of {@code data}. */
    public static StandardScaler fit(Dataset data) {
        return fit(data.x());
    }

    /** {@code StandardScaler(with_mean=withMean, with_std=withStd).fit(x)}. */
    public static StandardScaler fit(double[][] x, boolean withMean, boolean withStd) {
        int d = Columns.check("StandardScaler", x, -1);
        int n = x.length;
        double[] sum = Columns.sums(x);
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = sum[j] / n;
        }
        double[][] centred = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[i][j] = x[i][j] - mean[j];
            }
        }
        double[] correction = Columns.sums(centred);
        for (double[] row : centred) {
            for (int j = 0; j < d; j++) {
                row[j] = row[j] * row[j];
            }
        }
        double[] squares = Columns.sums(centred);
        double[] variance = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            variance[j] = (squares[j] - correction[j] * correction[j] / n) / n;
            double nm = n * mean[j] * Columns.EPS;
            boolean constant = variance[j] <= n * Columns.EPS * variance[j] + nm * nm;
            scale[j] = !withStd || constant ? 1.0 : Math.sqrt(variance[j]);
        }
        return new StandardScaler(mean, variance, scale, withMean);
    }

    /** The training mean of each feature. */
    public double[] mean() {
        return mean.clone();
    }

    /** The training variance of each feature (divided by n). */
    public double[] variance() {
        return variance.clone();
    }

    /** What each centred feature is divided by: its standard deviation, or 1. */
    public double[] scale() {
        return scale.clone();
    }

    /** {@code (x - mean) / scale}, a new array. */
    public double[][] transform(double[][] x) {
        Columns.check("StandardScaler.transform", x, mean.length);
        double[][] out = Columns.copy(x);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                if (withMean) {
                    row[j] -= mean[j];
                }
                row[j] /= scale[j];
            }
        }
        return out;
    }

    /** The dataset with its features transformed; labels kept. */
    public Dataset transform(Dataset data) {
        return data.withX(transform(data.x()));
    }

    /** {@code x·scale + mean}, a new array. */
    public double[][] inverseTransform(double[][] x) {
        Columns.check("StandardScaler.inverseTransform", x, mean.length);
        double[][] out = Columns.copy(x);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= scale[j];
                if (withMean) {
                    row[j] += mean[j];
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "StandardScaler[mean=" + java.util.Arrays.toString(mean) + ", scale=" + java.util.Arrays.toString(scale)
                + "]";
    }
}
