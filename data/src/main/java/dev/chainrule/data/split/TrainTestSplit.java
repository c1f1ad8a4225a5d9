package dev.chainrule.data.split;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;

/**
 * scikit-learn's {@code train_test_split}: the same rows in the same order for the same {@code random_state}.
 * Immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * // X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=42)
 * Split s = TrainTestSplit.testFraction(0.3).split(data, 42);
 * // ... test_size=50, stratify=y
 * Split t = TrainTestSplit.testCount(50).stratified().split(data, 0);
 * }</pre>
 *
 * <p>Sizes as scikit-learn computes them: a test fraction {@code f} of {@code n} samples is {@code ceil(f·n)}
 * samples, a training fraction {@code floor(f·n)}; a part that is not given gets the rest; without either, the test
 * part is a quarter. Fractions must lie strictly between 0 and 1, counts strictly between 0 and {@code n}.
 *
 * <p>Without stratification one {@code permutation(n)} is drawn; its first {@code nTest} entries are the test rows
 * and the next {@code nTrain} the training rows ({@code ShuffleSplit}). With stratification
 * ({@code StratifiedShuffleSplit}) every class gets a share of each part proportional to its size, rounded as
 * {@code Stratified} describes, its rows permuted with one {@code permutation} per class (in order of the sorted
 * labels), and finally each part is permuted once more. Without shuffling the first {@code nTrain} rows train and
 * the next {@code nTest} test.
 */
public final class TrainTestSplit {
    private static final String NAME = "train_test_split";
    private final Number test;
    private final Number train;
    private final boolean shuffle;
    private final boolean stratified;
    private final int[] groups;

    private TrainTestSplit(Number test, Number train, boolean shuffle, boolean stratified, int[] groups) {
        this.test = check("test", test);
        this.train = check("train", train);
        this.shuffle = shuffle;
        this.stratified = stratified;
        this.groups = groups;
    }

    /** scikit-learn's default: a quarter of the samples for testing. */
    public static TrainTestSplit defaults() {
        return new TrainTestSplit(null, null, true, false, null);
    }

    /** {@code test_size=fraction} (a float in (0, 1)). */
    public static TrainTestSplit testFraction(double fraction) {
        return new TrainTestSplit(fraction, null, true, false, null);
    }

    /** {@code test_size=count} (an int). */
    public static TrainTestSplit testCount(int count) {
        return new TrainTestSplit(count, null, true, false, null);
    }

    /** Also {@code train_size=fraction}. */
    public TrainTestSplit withTrainFraction(double fraction) {
        return new TrainTestSplit(test, fraction, shuffle, stratified, groups);
    }

    /** Also {@code train_size=count}. */
    public TrainTestSplit withTrainCount(int count) {
        return new TrainTestSplit(test, count, shuffle, stratified, groups);
    }

    /** {@code shuffle=False}: the first rows train, the next test. */
    public TrainTestSplit withoutShuffle() {
        return new TrainTestSplit(test, train, false, stratified, groups);
    }

    /** {@code stratify=y}: keep the class proportions of the dataset's labels in both parts. */
    public TrainTestSplit stratified() {
        return new TrainTestSplit(test, train, shuffle, true, null);
    }

    /** {@code stratify=groups}: keep the proportions of these labels, one per row. */
    public TrainTestSplit stratifiedBy(int... rowGroups) {
        return new TrainTestSplit(test, train, shuffle, true, rowGroups.clone());
    }

    private static Number check(String part, Number size) {
        if (size instanceof Double f && !(f > 0 && f < 1)) {
            throw new IllegalArgumentException(NAME + ": a " + part + " fraction must be between 0 and 1 (exclusive),"
                    + " got " + f);
        }
        if (size instanceof Integer c && c <= 0) {
            throw new IllegalArgumentException(NAME + ": a " + part + " count must be > 0, got " + c);
        }
        return size;
    }

    /** Splits {@code data} with {@code random_state=seed}. */
    public Split split(Dataset data, long seed) {
        return split(data, new RandomState(seed));
    }

    /** Splits {@code data}, drawing from {@code rng}. */
    public Split split(Dataset data, RandomState rng) {
        int[] labels = null;
        if (stratified) {
            labels = groups != null ? groups : data.labels();
        }
        SplitIndices idx = indices(data.size(), labels, rng);
        return new Split(data.select(idx.train()), data.select(idx.test()), idx);
    }

    /** The rows of {@code n} samples in each part for {@code random_state=seed} (not stratified). */
    public SplitIndices indices(int n, long seed) {
        if (stratified && groups == null) {
            throw new IllegalArgumentException(NAME + ": to stratify row indices, give the labels with stratifiedBy");
        }
        return indices(n, groups, new RandomState(seed));
    }

    private SplitIndices indices(int n, int[] labels, RandomState rng) {
        int[] sizes = sizes(n);
        int nTrain = sizes[0];
        int nTest = sizes[1];
        if (!shuffle) {
            if (labels != null) {
                throw new IllegalArgumentException(NAME + ": a stratified split must shuffle");
            }
            return new SplitIndices(range(0, nTrain), range(nTrain, nTrain + nTest));
        }
        if (labels != null) {
            if (labels.length != n) {
                throw new IllegalArgumentException(NAME + ": stratify needs one label per row: " + labels.length
                        + " labels for " + n + " rows");
            }
            return Stratified.split(labels, nTrain, nTest, rng);
        }
        int[] perm = rng.permutation(n);
        return new SplitIndices(java.util.Arrays.copyOfRange(perm, nTest, nTest + nTrain),
                java.util.Arrays.copyOfRange(perm, 0, nTest));
    }

    /** {@code _validate_shuffle_split}: {nTrain, nTest}. */
    int[] sizes(int n) {
        Number t = test == null && train == null ? Double.valueOf(0.25) : test;
        if (t instanceof Integer c && c >= n) {
            throw new IllegalArgumentException(NAME + ": a test count must be smaller than the number of samples "
                    + n + ", got " + c);
        }
        if (train instanceof Integer c && c >= n) {
            throw new IllegalArgumentException(NAME + ": a train count must be smaller than the number of samples "
                    + n + ", got " + c);
        }
        if (t instanceof Double a && train instanceof Double b && a + b > 1) {
            throw new IllegalArgumentException(NAME + ": the test and train fractions sum to " + (a + b)
                    + ", more than 1");
        }
        double nTest = t instanceof Double f ? Math.ceil(f * n) : t == null ? Double.NaN : t.doubleValue();
        double nTrain = train instanceof Double f ? Math.floor(f * n) : train == null ? Double.NaN
                : train.doubleValue();
        if (train == null) {
            nTrain = n - nTest;
        } else if (t == null) {
            nTest = n - nTrain;
        }
        if (nTrain + nTest > n) {
            throw new IllegalArgumentException(NAME + ": train (" + (int) nTrain + ") and test (" + (int) nTest
                    + ") samples together are more than the " + n + " samples");
        }
        if ((int) nTrain == 0) {
            throw new IllegalArgumentException(NAME + ": with " + n + " samples and these sizes the training set"
                    + " would be empty");
        }
        return new int[] {(int) nTrain, (int) nTest};
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /** {@code train_test_split(X, y, test_size=testFraction, random_state=seed)}. */
    public static Split trainTestSplit(Dataset data, double testFraction, long seed) {
        return testFraction(testFraction).split(data, seed);
    }

    @Override
    public String toString() {
        return "TrainTestSplit[test=" + (test == null && train == null ? 0.25 : test) + ", train=" + train
                + ", shuffle=" + shuffle + ", stratified=" + stratified + "]";
    }
}
