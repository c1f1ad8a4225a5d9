package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Small helpers shared by the tests: shape-and-value checks on tensors. */
final class TensorAssertions {
    /** Tolerance for forward values computed in closed form (a few ulps of numbers near 1). */
    static final double EXACT = 1e-12;

    private TensorAssertions() {
    }

    /** {@code actual} has exactly {@code shape} and, in row-major order, the {@code expected} elements (within {@link #EXACT}). */
    static void assertTensor(Tensor actual, Shape shape, double... expected) {
        assertThat(actual.shape()).as("shape of %s", actual).isEqualTo(shape);
        assertThat(actual.toArray()).as("values of %s", actual).containsExactly(expected, within(EXACT));
    }

    /** A scalar {@code ()} equal to {@code expected} within {@link #EXACT}. */
    static void assertScalar(Tensor actual, double expected) {
        assertTensor(actual, Shape.scalar(), expected);
    }

    /** Same shape, and every element within {@code atol + rtol·|expected|}. */
    static void assertClose(Tensor actual, Tensor expected, double atol, double rtol) {
        assertThat(actual.shape()).as("shape").isEqualTo(expected.shape());
        double[] a = actual.toArray();
        double[] e = expected.toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("element %d of%n%s%nexpected%n%s", i, actual, expected)
                    .isCloseTo(e[i], within(atol + rtol * Math.abs(e[i])));
        }
    }

    /** Every element is a finite number. */
    static void assertFinite(Tensor t) {
        for (double v : t.toArray()) {
            assertThat(Double.isFinite(v)).as("finite elements in %s", t).isTrue();
        }
    }
}
