/**
 * The seeds' datasets (moons, circles, blobs, classification, XOR, spiral) reproducing scikit-learn and NumPy
 * numbers for the same {@code random_state}, with splits, scaling and CSV. (Being built; see the project's issues.)
 */
package dev.chainrule.data;
