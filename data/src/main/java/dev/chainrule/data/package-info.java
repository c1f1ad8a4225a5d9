/**
 * The seeds' data, with scikit-learn's and NumPy's numbers for the same {@code random_state}, bit for bit as NumPy
 * computes them with its portable math (on CPUs with AVX-512 some NumPy versions compute {@code sin} and {@code cos}
 * differently in the last bit: see {@link dev.chainrule.data.datasets}):
 * <ul>
 *   <li>{@link dev.chainrule.data.random} — {@code RandomState}, NumPy's legacy generator (also a
 *       {@link java.util.random.RandomGenerator} for chainrule's weight initialisers);</li>
 *   <li>{@link dev.chainrule.data.datasets} — {@code make_moons}, {@code make_circles}, {@code make_blobs},
 *       {@code make_classification}, seed 003's XOR, the TensorFlow Playground's data sets and features;</li>
 *   <li>{@link dev.chainrule.data.split} — {@code train_test_split}, plain and stratified;</li>
 *   <li>{@link dev.chainrule.data.preprocessing} — standard and min-max scaling, one-hot encoding, mini-batches;</li>
 *   <li>{@link dev.chainrule.data.csv} — numeric CSV in and out.</li>
 * </ul>
 *
 * <pre>{@code
 * Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);        // make_moons(500, noise=0.2, random_state=42)
 * Split s = TrainTestSplit.testFraction(0.3).split(moons, 42);          // train_test_split(..., random_state=42)
 * StandardScaler scaler = StandardScaler.fit(s.train());
 * Dataset train = scaler.transform(s.train());
 * }</pre>
 */
package dev.chainrule.data;
