/**
 * scikit-learn's {@code train_test_split}, plain and stratified, with the same rows for the same
 * {@code random_state}.
 *
 * <pre>{@code
 * Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);
 * Split s = TrainTestSplit.testFraction(0.3).split(moons, 42);   // train_test_split(X, y, test_size=0.3, random_state=42)
 * }</pre>
 */
package dev.chainrule.data.split;
