/**
 * {@code chainrule data}: the seeds' datasets as CSV, with scikit-learn's numbers for the same seed.
 *
 * <pre>{@code
 * ./chainrule data moons --samples 500 --noise 0.2 --seed 42 > moons.csv
 * }</pre>
 */
package dev.chainrule.demos.data;
