package dev.chainrule.data.datasets;

import dev.chainrule.data.random.RandomState;
import java.util.Arrays;

/**
 * scikit-learn's {@code make_classification}: Gaussian clusters on the vertices of a hypercube, with redundant,
 * repeated and useless features, the same numbers for the same {@code random_state}. Immutable; each
 * {@code with…} method returns a changed copy.
 *
 * <pre>{@code
 * // make_classification(n_samples=200, n_features=2, n_informative=2, n_redundant=0,
 * //                     n_clusters_per_class=1, random_state=42)
 * Dataset d = MakeClassification.of(200, 2).withRedundant(0).withClustersPerClass(1).generate(42);
 * }</pre>
 *
 * <p>The steps, in scikit-learn's order (each draw row by row): samples are shared among the
 * {@code classes × clustersPerClass} clusters by the class weights (the remainder one by one from the first
 * cluster); the cluster centres are distinct vertices of the {@code informative}-dimensional hypercube with side
 * {@code 2·classSep} (scaled by random factors per cluster and per feature unless {@code hypercube}); the
 * informative features are standard normal, multiplied per cluster by a random matrix {@code A} (entries uniform
 * in [-1, 1)) and moved to the cluster's vertex; redundant features are the informative ones times a random matrix
 * {@code B}; repeated features copy random earlier columns; useless features are standard normal; a fraction
 * {@code flipY} of labels is replaced by random classes; then shift and scale (random per feature when not given),
 * and the rows and the feature columns are shuffled.
 *
 * <p>Impossible parameters fail with scikit-learn's rule in words, for example
 * {@code "make_classification: informative (3) + redundant (2) + repeated (0) features must not be more than
 * features (4)"}.
 *
 * <p>The matrix products follow OpenBLAS 0.3 on x86-64 with FMA, which NumPy uses: an entry of {@code X·A} or
 * {@code X·B} is a running sum of fused multiply-adds in order, as OpenBLAS's {@code dgemm} kernels compute it;
 * with a single redundant feature NumPy calls {@code dgemv} instead, whose summation of up to three informative
 * features is reproduced too. So the numbers are scikit-learn's bit for bit with up to 7 informative features (and
 * up to 3 with a single redundant one). Beyond that OpenBLAS sums the last row of a cluster with an odd number of
 * samples (and long {@code dgemv} dot products) in another order, and those values can differ from NumPy's in the
 * last bits; labels and all other values are unaffected.
 *
 * @param samples number of samples
 * @param features total number of features
 * @param informative features that carry the class structure
 * @param redundant random linear combinations of the informative features
 * @param repeated copies of informative or redundant features
 * @param classes number of classes
 * @param clustersPerClass clusters (hypercube vertices) per class
 * @param weights class proportions ({@code classes} or {@code classes - 1} of them), or {@code null} for equal
 * @param flipY fraction of samples whose class is replaced by a random one
 * @param classSep half the side of the hypercube
 * @param hypercube whether the centres are the hypercube's vertices (or a random polytope's)
 * @param shift added to each feature: one value for all, one per feature, or {@code null} for random
 *     (uniform in [-classSep, classSep))
 * @param scale multiplies each feature: one value for all, one per feature, or {@code null} for random
 *     (uniform in [1, 101))
 * @param shuffle whether to shuffle the rows and the feature columns
 */
public record MakeClassification(int samples, int features, int informative, int redundant, int repeated, int classes,
        int clustersPerClass, double[] weights, double flipY, double classSep, boolean hypercube, double[] shift,
        double[] scale, boolean shuffle) {
    /**
     * Checks each parameter on its own and copies the arrays; the rules that tie parameters together (no more
     * informative, redundant and repeated features than features, enough hypercube vertices for the clusters,
     * one weight per class) are checked by {@link #generate(RandomState)}, so the {@code with…} calls may come in
     * any order.
     */
    public MakeClassification {
        weights = weights == null ? null : weights.clone();
        shift = shift == null ? null : shift.clone();
        scale = scale == null ? null : scale.clone();
        ClassificationSteps.checkEach(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, shift, scale);
    }

    /** scikit-learn's defaults: 100 samples, 20 features, 2 informative, 2 redundant, 2 classes of 2 clusters. */
    public static MakeClassification defaults() {
        return new MakeClassification(100, 20, 2, 2, 0, 2, 2, null, 0.01, 1.0, true, new double[] {0.0},
                new double[] {1.0}, true);
    }

    /** The defaults with {@code samples} samples of {@code features} features. */
    public static MakeClassification of(int samples, int features) {
        return defaults().withSamples(samples).withFeatures(features);
    }

    /** Number of samples. */
    public MakeClassification withSamples(int n) {
        return new MakeClassification(n, features, informative, redundant, repeated, classes, clustersPerClass, weights,
                flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** Total number of features. */
    public MakeClassification withFeatures(int n) {
        return new MakeClassification(samples, n, informative, redundant, repeated, classes, clustersPerClass, weights,
                flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** Number of informative features. */
    public MakeClassification withInformative(int n) {
        return new MakeClassification(samples, features, n, redundant, repeated, classes, clustersPerClass, weights,
                flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** Number of redundant features. */
    public MakeClassification withRedundant(int n) {
        return new MakeClassification(samples, features, informative, n, repeated, classes, clustersPerClass, weights,
                flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** Number of repeated features. */
    public MakeClassification withRepeated(int n) {
        return new MakeClassification(samples, features, informative, redundant, n, classes, clustersPerClass, weights,
                flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** Number of classes. */
    public MakeClassification withClasses(int n) {
        return new MakeClassification(samples, features, informative, redundant, repeated, n, clustersPerClass, weights,
                flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** Clusters per class. */
    public MakeClassification withClustersPerClass(int n) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, n, weights, flipY,
                classSep, hypercube, shift, scale, shuffle);
    }

    /** Class proportions, one per class or one per class but the last (which gets the rest of 1). */
    public MakeClassification withWeights(double... proportions) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                proportions == null ? null : proportions.clone(), flipY, classSep, hypercube, shift, scale, shuffle);
    }

    /** The fraction of samples whose class is replaced by a random one. */
    public MakeClassification withFlipY(double fraction) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, fraction, classSep, hypercube, shift, scale, shuffle);
    }

    /** Half the side of the hypercube; larger spreads the clusters apart. */
    public MakeClassification withClassSep(double sep) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, sep, hypercube, shift, scale, shuffle);
    }

    /** Centres on the hypercube's vertices (true) or on a random polytope. */
    public MakeClassification withHypercube(boolean onCube) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, onCube, shift, scale, shuffle);
    }

    /** Add {@code value} to every feature. */
    public MakeClassification withShift(double value) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, hypercube, new double[] {value}, scale, shuffle);
    }

    /** Add {@code perFeature[j]} to feature {@code j}; {@code null} for a random shift. */
    public MakeClassification withShift(double[] perFeature) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, hypercube, perFeature == null ? null : perFeature.clone(), scale, shuffle);
    }

    /** Multiply every feature by {@code value}. */
    public MakeClassification withScale(double value) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, hypercube, shift, new double[] {value}, shuffle);
    }

    /** Multiply feature {@code j} by {@code perFeature[j]}; {@code null} for a random factor. */
    public MakeClassification withScale(double[] perFeature) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, hypercube, shift, perFeature == null ? null : perFeature.clone(), shuffle);
    }

    /** Whether to shuffle the rows and the feature columns. */
    public MakeClassification withShuffle(boolean rowsAndColumns) {
        return new MakeClassification(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                weights, flipY, classSep, hypercube, shift, scale, rowsAndColumns);
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    @Override
    public double[] shift() {
        return shift == null ? null : shift.clone();
    }

    @Override
    public double[] scale() {
        return scale == null ? null : scale.clone();
    }

    /** The dataset for {@code random_state=seed}. */
    public Dataset generate(long seed) {
        return generate(new RandomState(seed));
    }

    /** The dataset, drawing from {@code rng}. */
    public Dataset generate(RandomState rng) {
        return ClassificationSteps.generate(this, rng);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MakeClassification m && toString().equals(m.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "MakeClassification[samples=" + samples + ", features=" + features + ", informative=" + informative
                + ", redundant=" + redundant + ", repeated=" + repeated + ", classes=" + classes
                + ", clustersPerClass=" + clustersPerClass + ", weights=" + Arrays.toString(weights) + ", flipY="
                + flipY + ", classSep=" + classSep + ", hypercube=" + hypercube + ", shift="
                + (shift == null ? "random" : Arrays.toString(shift)) + ", scale="
                + (scale == null ? "random" : Arrays.toString(scale)) + ", shuffle=" + shuffle + "]";
    }
}
