/**
 * Preparing features for training: standard and min-max scaling fitted on the training set and applied to the
 * test set (scikit-learn's {@code StandardScaler} and {@code MinMaxScaler}, with the same numbers), one-hot encoding
 * of labels and back, and mini-batches in order or shuffled.
 *
 * <pre>{@code
 * Split s = TrainTestSplit.testFraction(0.3).split(moons, 42);
 * StandardScaler scaler = StandardScaler.fit(s.train());
 * Dataset train = scaler.transform(s.train());
 * Dataset test = scaler.transform(s.test());
 * for (Dataset batch : Batches.shuffled(train, 32, new RandomState(0))) { ... }
 * }</pre>
 */
package dev.chainrule.data.preprocessing;
