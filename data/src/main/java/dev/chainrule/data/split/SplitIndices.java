package dev.chainrule.data.split;

/**
 * The rows of a dataset that form the training and the test part, in scikit-learn's order. Immutable: arrays are
 * copied in and out.
 *
 * <pre>{@code
 * SplitIndices idx = TrainTestSplit.testFraction(0.3).indices(10, 42);
 * idx.test();    // [8, 1, 5], the rows train_test_split(np.arange(10), test_size=0.3, random_state=42) tests on
 * }</pre>
 *
 * @param train the training rows
 * @param test the test rows
 */
public record SplitIndices(int[] train, int[] test) {
    /** Copies both arrays. */
    public SplitIndices {
        train = train.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SplitIndices s && java.util.Arrays.equals(train, s.train)
                && java.util.Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(train) + java.util.Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "SplitIndices[train=" + java.util.Arrays.toString(train) + ", test=" + java.util.Arrays.toString(test)
                + "]";
    }
}
