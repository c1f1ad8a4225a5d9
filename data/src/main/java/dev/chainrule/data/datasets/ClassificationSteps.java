package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;

/** The generation steps and the parameter rules of {@link MakeClassification}. Package-private. */
final class ClassificationSteps {
    private static final String NAME = "make_classification";

    private ClassificationSteps() {
    }

    static void checkEach(int samples, int features, int informative, int redundant, int repeated, int classes,
            int clustersPerClass, double[] weights, double flipY, double classSep, double[] shift, double[] scale) {
        atLeast("samples", samples, 0);
        atLeast("features", features, 1);
        atLeast("informative", informative, 1);
        atLeast("redundant", redundant, 0);
        atLeast("repeated", repeated, 0);
        atLeast("classes", classes, 1);
        atLeast("clustersPerClass", clustersPerClass, 1);
        if (!(flipY >= 0 && flipY <= 1)) {
            throw new IllegalArgumentException(NAME + ": flipY is a fraction of the samples and must be in [0, 1], got "
                    + flipY);
        }
        if (!Double.isFinite(classSep)) {
            throw new IllegalArgumentException(NAME + ": classSep must be finite, got " + classSep);
        }
        if (weights != null) {
            for (double w : weights) {
                if (!(w >= 0 && w <= 1)) {
                    throw new IllegalArgumentException(NAME + ": weights are class proportions and must be in [0, 1],"
                            + " got " + w);
                }
            }
        }
        finite("shift", shift);
        finite("scale", scale);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(NAME + ": " + name + " must be >= " + min + ", got " + value);
        }
    }

    private static void finite(String name, double[] values) {
        if (values == null) {
            return;
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(NAME + ": give one " + name + " for all features or one per feature,"
                    + " not none");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(NAME + ": " + name + " must be finite, got " + v);
            }
        }
    }

    /** scikit-learn's rules that tie the parameters together; returns the class weights, completed. */
    static double[] checkTogether(MakeClassification p) {
        if ((long) p.informative() + p.redundant() + p.repeated() > p.features()) {
            throw new IllegalArgumentException(NAME + ": informative (" + p.informative() + ") + redundant ("
                    + p.redundant() + ") + repeated (" + p.repeated() + ") features must not be more than features ("
                    + p.features() + ")");
        }
        long clusters = (long) p.classes() * p.clustersPerClass();
        if (p.informative() < 63 && clusters > 1L << p.informative()) {
            throw new IllegalArgumentException(NAME + ": classes × clusters per class (" + p.classes() + " × "
                    + p.clustersPerClass() + " = " + clusters + ") must be at most 2^informative = 2^"
                    + p.informative() + " = " + (1L << p.informative())
                    + ": each cluster needs its own vertex of the hypercube");
        }
        if (clusters > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(NAME + ": too many clusters: " + clusters);
        }
        for (double[] perFeature : new double[][] {p.shift(), p.scale()}) {
            if (perFeature != null && perFeature.length != 1 && perFeature.length != p.features()) {
                throw new IllegalArgumentException(NAME + ": give one shift/scale for all features or one per"
                        + " feature (" + p.features() + "), got " + perFeature.length);
            }
        }
        return classWeights(p.weights(), p.classes());
    }

    private static double[] classWeights(double[] given, int classes) {
        double[] w = new double[classes];
        if (given == null) {
            java.util.Arrays.fill(w, 1.0 / classes);
            return w;
        }
        if (given.length != classes && given.length != classes - 1) {
            throw new IllegalArgumentException(NAME + ": give one weight per class (" + classes
                    + ") or one per class but the last (" + (classes - 1) + "), got " + given.length);
        }
        if (given.length == classes) {
            return given;
        }
        double sum = 0;
        for (int i = 0; i < given.length; i++) {
            w[i] = given[i];
            sum += given[i];
        }
        w[classes - 1] = 1.0 - sum;
        if (w[classes - 1] < 0) {
            throw new IllegalArgumentException(NAME + ": the weights of the first " + given.length
                    + " classes sum to " + sum + ", more than 1, so nothing is left for the last class");
        }
        return w;
    }

    static Dataset generate(MakeClassification p, RandomState rng) {
        double[] weights = checkTogether(p);
        int n = p.samples();
        int nf = p.features();
        int inf = p.informative();
        int classes = p.classes();
        int clusters = classes * p.clustersPerClass();
        int[] perCluster = new int[clusters];
        int assigned = 0;
        for (int k = 0; k < clusters; k++) {
            perCluster[k] = (int) (n * weights[k % classes] / p.clustersPerClass());
            assigned += perCluster[k];
        }
        if (assigned > n) {
            throw new IllegalArgumentException(NAME + ": the weights sum to more than 1 and ask for " + assigned
                    + " samples of " + n);
        }
        for (int i = 0; i < n - assigned; i++) {
            perCluster[i % clusters]++;
        }
        double[][] x = new double[n][nf];
        int[] y = new int[n];

        double[][] centroids = centroids(clusters, inf, p.classSep(), p.hypercube(), rng);
        double[][] gauss = rng.randn(n, inf);
        int stop = 0;
        for (int k = 0; k < clusters; k++) {
            int start = stop;
            stop += perCluster[k];
            double[][] a = affine(rng.uniform(0.0, 1.0, inf, inf));
            for (int i = start; i < stop; i++) {
                y[i] = k % classes;
                double[] row = product(gauss[i], a);
                for (int j = 0; j < inf; j++) {
                    x[i][j] = row[j] + centroids[k][j];
                }
            }
        }
        if (p.redundant() > 0) {
            double[][] b = affine(rng.uniform(0.0, 1.0, inf, p.redundant()));
            for (double[] row : x) {
                double[] red = p.redundant() == 1 ? new double[] {columnProduct(row, b)}
                        : product(java.util.Arrays.copyOf(row, inf), b);
                System.arraycopy(red, 0, row, inf, red.length);
            }
        }
        int filled = inf + p.redundant();
        if (p.repeated() > 0) {
            double[] u = rng.uniform(0.0, 1.0, p.repeated());
            for (int r = 0; r < u.length; r++) {
                int source = (int) ((filled - 1) * u[r] + 0.5);
                for (double[] row : x) {
                    row[filled + r] = row[source];
                }
            }
        }
        int useless = nf - filled - p.repeated();
        if (useless > 0) {
            double[][] noise = rng.randn(n, useless);
            for (int i = 0; i < n; i++) {
                System.arraycopy(noise[i], 0, x[i], nf - useless, useless);
            }
        }
        double[] flip = rng.uniform(0.0, 1.0, n);
        for (int i = 0; i < n; i++) {
            if (flip[i] < p.flipY()) {
                y[i] = -1; // marked; replaced below in index order
            }
        }
        for (int i = 0; i < n; i++) {
            if (y[i] == -1) {
                y[i] = (int) rng.randint(classes);
            }
        }
        shiftAndScale(x, p, rng);
        if (p.shuffle()) {
            Numpy.shuffleRows(x, y, rng);
            int[] columns = rng.permutation(nf);
            for (int i = 0; i < n; i++) {
                double[] old = x[i].clone();
                for (int j = 0; j < nf; j++) {
                    x[i][j] = old[columns[j]];
                }
            }
        }
        return Dataset.of(x, y);
    }

    private static double[][] centroids(int clusters, int inf, double classSep, boolean hypercube, RandomState rng) {
        int[][] vertices = Hypercube.vertices(clusters, inf, rng);
        double[][] c = new double[clusters][inf];
        for (int k = 0; k < clusters; k++) {
            for (int j = 0; j < inf; j++) {
                c[k][j] = vertices[k][j] * (2 * classSep) - classSep;
            }
        }
        if (!hypercube) {
            double[] perCluster = rng.uniform(0.0, 1.0, clusters);
            double[] perFeature = rng.uniform(0.0, 1.0, inf);
            for (int k = 0; k < clusters; k++) {
                for (int j = 0; j < inf; j++) {
                    c[k][j] *= perCluster[k];
                }
            }
            for (int k = 0; k < clusters; k++) {
                for (int j = 0; j < inf; j++) {
                    c[k][j] *= perFeature[j];
                }
            }
        }
        return c;
    }

    /** {@code 2·u - 1}, elementwise. */
    private static double[][] affine(double[][] u) {
        for (double[] row : u) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 2 * row[j] - 1;
            }
        }
        return u;
    }

    /** The row vector {@code v} times {@code m}, each entry a running fused multiply-add as OpenBLAS's dgemm. */
    private static double[] product(double[] v, double[][] m) {
        double[] out = new double[m[0].length];
        for (int j = 0; j < out.length; j++) {
            double acc = 0.0;
            for (int l = 0; l < v.length; l++) {
                acc = Math.fma(v[l], m[l][j], acc);
            }
            out[j] = acc;
        }
        return out;
    }

    /**
     * The first {@code b.length} entries of {@code row} times the column {@code b}. NumPy hands a matrix times a
     * column to OpenBLAS's {@code dgemv}, whose x86-64 kernel sums a dot product of up to three terms with
     * {@code x1·b1} rounded on its own and {@code x0·b0}, then {@code x2·b2}, fused onto it. Longer ones it sums in
     * blocks of four, which this does not reproduce (see {@link MakeClassification}).
     */
    private static double columnProduct(double[] row, double[][] b) {
        int k = b.length;
        return switch (k) {
            case 1 -> row[0] * b[0][0];
            case 2 -> Math.fma(row[0], b[0][0], row[1] * b[1][0]);
            case 3 -> Math.fma(row[2], b[2][0], Math.fma(row[0], b[0][0], row[1] * b[1][0]));
            default -> product(java.util.Arrays.copyOf(row, k), b)[0];
        };
    }

    private static void shiftAndScale(double[][] x, MakeClassification p, RandomState rng) {
        int nf = p.features();
        double[] shift = p.shift();
        if (shift == null) {
            shift = rng.uniform(0.0, 1.0, nf);
            for (int j = 0; j < nf; j++) {
                shift[j] = (2 * shift[j] - 1) * p.classSep();
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < nf; j++) {
                row[j] += shift.length == 1 ? shift[0] : shift[j];
            }
        }
        double[] scale = p.scale();
        if (scale == null) {
            scale = rng.uniform(0.0, 1.0, nf);
            for (int j = 0; j < nf; j++) {
                scale[j] = 1 + 100 * scale[j];
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < nf; j++) {
                row[j] *= scale.length == 1 ? scale[0] : scale[j];
            }
        }
    }
}
