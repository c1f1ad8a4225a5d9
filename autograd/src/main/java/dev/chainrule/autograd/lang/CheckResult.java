package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Tensor;

/**
 * The verdict on one {@code check A == B [within TOL]}.
 *
 * @param check     the statement
 * @param left      the value of {@code A}
 * @param right     the value of {@code B}
 * @param tolerance {@code TOL}: each element must satisfy {@code |a - b| <= TOL + TOL·|b|}
 * @param maxError  the largest {@code |a - b|} (NaN if any element is NaN)
 * @param passed    whether every element is within tolerance
 */
public record CheckResult(Statement.Check check, Tensor left, Tensor right, double tolerance, double maxError,
                          boolean passed) {
    /** The default tolerance, absolute and relative. */
    public static final double DEFAULT_TOLERANCE = 1e-9;
}
