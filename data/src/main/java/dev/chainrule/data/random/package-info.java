/**
 * NumPy's legacy random generator in Java: {@link dev.chainrule.data.random.RandomState} gives the same numbers as
 * {@code numpy.random.RandomState(seed)} for the same calls, and, as a {@link java.util.random.RandomGenerator},
 * drives chainrule's weight initialisers so that they reproduce {@code np.random.randn}.
 *
 * <pre>{@code
 * RandomState rng = new RandomState(0);
 * rng.randn(2, 3);        // the six numbers np.random.seed(0); np.random.randn(2, 3) prints
 * }</pre>
 */
package dev.chainrule.data.random;
