package dev.chainrule.data.split;

import dev.chainrule.data.datasets.Dataset;

/**
 * A training set and a test set, as {@code X_train, X_test, y_train, y_test = train_test_split(...)} returns them.
 *
 * <pre>{@code
 * Split s = TrainTestSplit.testFraction(0.3).split(moons, 42);
 * s.train().size();   // 350 of 500
 * }</pre>
 *
 * @param train the training samples
 * @param test the test samples
 * @param indices the rows of the original dataset in each part, in order
 */
public record Split(Dataset train, Dataset test, SplitIndices indices) {
}
