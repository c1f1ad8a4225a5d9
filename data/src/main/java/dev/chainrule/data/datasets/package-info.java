/**
 * The seeds' data sets: scikit-learn's {@code make_moons}, {@code make_circles}, {@code make_blobs} and
 * {@code make_classification} with scikit-learn's numbers for the same {@code random_state}, seed 003's XOR
 * clusters, the TensorFlow Playground's data sets (classification and regression) and input features, and the immutable {@link
 * dev.chainrule.data.datasets.Dataset} they all return.
 *
 * <pre>{@code
 * Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);   // make_moons(500, noise=0.2, random_state=42)
 * moons.x(0, 0);                                                    // X[0, 0], the same double as NumPy's
 * }</pre>
 *
 * <p>"The same numbers" is bit for bit with NumPy's portable math: the random draws are NumPy's
 * ({@code RandomState}), {@code sin}, {@code cos} and {@code log} are the C library's, and sums are rounded in
 * NumPy's order. The reference is scikit-learn 1.2 with NumPy 1.24 on x86-64 with NumPy's AVX-512 code switched
 * off, as on CPUs without AVX-512. On CPUs with AVX-512, NumPy 1.22 to 1.24 compute {@code np.sin} and
 * {@code np.cos} with Intel's SVML instead, which differs from the C library by up to one unit in the last place, so
 * there {@code make_moons} and {@code make_circles} differ from these in the last bits (on one such machine 436 of
 * the 1,000 coordinates of 500 noisy moons did, each by at most 4.4e-16); the random draws and the labels do not.
 */
package dev.chainrule.data.datasets;
