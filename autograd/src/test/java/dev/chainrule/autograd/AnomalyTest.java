package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Anomaly} detection: the first op or gradient rule that makes NaN or ±∞ from finite numbers is named. */
class AnomalyTest {

    /** The line of the caller, so that a test can expect its own file and line in a message. */
    private static int line() {
        return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
    }

    @Test
    void logOfZeroIsNamedWithTheLineThatCreatedIt() {
        Throwable thrown;
        int line;
        try (var scope = Anomaly.detect()) {
            line = line(); thrown = catchThrowable(() -> Tensor.of(0.0, 1.0).log());
        }
        assertThat(thrown)
                .isInstanceOf(NonFiniteException.class)
                .hasMessageStartingWith("log produced -Infinity at (0)")
                .hasMessageContaining("AnomalyTest.java:" + line);
    }

    @Test
    void aNodeMadeThroughTheJdkIsPlacedInTheCallersCode() {
        // Tensor::log is called by the stream's own classes: the place to show is the line that ran the stream
        Throwable thrown;
        int line;
        try (var scope = Anomaly.detect()) {
            line = line(); thrown = catchThrowable(() -> Stream.of(Tensor.of(0.0, 1.0)).map(Tensor::log).toList());
        }
        assertThat(thrown)
                .isInstanceOf(NonFiniteException.class)
                .hasMessageStartingWith("log produced -Infinity at (0)")
                .hasMessageEndingWith("created at dev.chainrule.autograd.AnomalyTest.lambda$"
                        + "aNodeMadeThroughTheJdkIsPlacedInTheCallersCode$0(AnomalyTest.java:" + line + ")");
    }

    @Test
    void theElementAndShapesAreNamed() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 0}});
        Throwable thrown;
        try (var scope = Anomaly.detect()) {
            thrown = catchThrowable(() -> Tensor.of(1.0).div(x));
        }
        assertThat(thrown)
                .isInstanceOf(NonFiniteException.class)
                .hasMessageStartingWith("reciprocal produced Infinity at (1,1) of its result (2,2) from finite inputs [(2,2)]");
    }

    @Test
    void scalarsAreShownAsNumbersNotAsEmptyShapes() {
        Throwable forward;
        Throwable rule;
        try (var scope = Anomaly.detect()) {
            forward = catchThrowable(() -> Tensor.of(0.0).log());
            rule = catchThrowable(() -> Tensor.of(0.0).sqrt().sum().grad());
        }
        assertThat(forward).hasMessageStartingWith("log produced -Infinity from finite inputs [0.0]")
                .hasMessageNotContaining("()");
        assertThat(rule).hasMessageStartingWith("the gradient rule of sqrt produced Infinity from finite values")
                .hasMessageNotContaining("()");
    }

    @Test
    void aNonFiniteGradientFromARuleIsNamed() {
        // sqrt is finite at 0 but its rule, g / (2√x), is not
        Tensor x = Tensor.of(4.0, 0.0);
        Throwable thrown;
        int line;
        try (var scope = Anomaly.detect()) {
            line = line(); Tensor root = x.sqrt();
            Tensor loss = root.sum();
            thrown = catchThrowable(loss::grad);
        }
        assertThat(thrown)
                .isInstanceOf(NonFiniteException.class)
                .hasMessageStartingWith("the gradient rule of sqrt produced Infinity at (1)")
                .hasMessageContaining("AnomalyTest.java:" + line);
    }

    @Test
    void aNonFiniteGradientAtTheFirstElementIsNamed() {
        Tensor x = Tensor.of(0.0, 4.0);
        Throwable thrown;
        try (var scope = Anomaly.detect()) {
            Tensor loss = x.sqrt().sum();
            thrown = catchThrowable(loss::grad);
        }
        assertThat(thrown)
                .isInstanceOf(NonFiniteException.class)
                .hasMessageStartingWith("the gradient rule of sqrt produced Infinity at (0)");
        assertThat(((NonFiniteException) thrown).node()).get().extracting(Tensor::op).isInstanceOf(Sqrt.class);
    }

    @Test
    void aRuleFedAnInfinityAtTheFirstElementIsNotBlamed() {
        // c = (∞, 1) makes n·c infinite at element 0: the gradient that reaches √x is (∞, 1), and √x's rule passes the
        // infinity on; neither rule made it from finite numbers
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor c = Tensor.of(Double.POSITIVE_INFINITY, 1.0);
        Gradients g;
        try (var scope = Anomaly.detect()) {
            g = x.sqrt().mul(c).sum().grad();
        }
        assertThat(g.of(x).get(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(g.of(x).get(1)).isEqualTo(0.5 / Math.sqrt(2.0));
    }

    @Test
    void theExceptionHoldsTheNodeThatMadeTheNumber() {
        Throwable thrown;
        try (var scope = Anomaly.detect()) {
            thrown = catchThrowable(() -> Tensor.of(0.0, 1.0).log());
        }
        assertThat(((NonFiniteException) thrown).node()).get().extracting(Tensor::op).isInstanceOf(Log.class);
        assertThat(new NonFiniteException("made by hand").node()).isEmpty();
    }

    @Test
    void aNaNFromARuleIsNamed() {
        // pow's rule for the exponent is a^b ln a: NaN for a negative base, although (-2)^2 is finite
        Tensor a = Tensor.of(-2.0);
        Tensor b = Tensor.of(2.0);
        Throwable thrown;
        try (var scope = Anomaly.detect()) {
            Tensor loss = a.pow(b);
            thrown = catchThrowable(loss::grad);
        }
        assertThat(thrown)
                .isInstanceOf(NonFiniteException.class)
                .hasMessageStartingWith("the gradient rule of pow produced NaN");
    }

    @Test
    void outsideAScopeNothingIsThrown() {
        assertThat(Tensor.of(0.0, 1.0).log().get(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        Tensor x = Tensor.of(0.0);
        assertThat(x.sqrt().grad().of(x).item()).isEqualTo(Double.POSITIVE_INFINITY);
        try (var scope = Anomaly.detect()) {
            assertThat(Tensor.of(1.0).log().item()).isZero();
        }
        // the scope is closed again
        assertThatNoException().isThrownBy(() -> Tensor.of(0.0).log());
        assertThatNoException().isThrownBy(() -> x.sqrt().grad());
    }

    @Test
    void onlyTheFirstNonFiniteResultThrows() {
        // an op fed an infinity is not blamed for passing it on
        Tensor inf = Tensor.of(Double.POSITIVE_INFINITY, 1.0);
        try (var scope = Anomaly.detect()) {
            assertThatNoException().isThrownBy(() -> inf.mul(2.0).exp().tanh());
        }
    }

    @Test
    void finiteComputationsInsideAScopeAreUnaffected() {
        Tensor w = Tensor.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}});
        Gradients expected = w.matmul(w).tanh().sum().grad();
        try (var scope = Anomaly.detect()) {
            Tensor loss = w.matmul(w).tanh().sum();
            assertThat(loss.grad().of(w).sameValues(expected.of(w))).isTrue();
        }
    }

    @Test
    void scopesNestAndBelongToTheirThread() throws Exception {
        try (var outer = Anomaly.detect()) {
            try (var inner = Anomaly.detect()) {
                assertThat(catchThrowable(() -> Tensor.of(0.0).log())).isInstanceOf(NonFiniteException.class);
            }
            // still inside the outer scope
            assertThat(catchThrowable(() -> Tensor.of(0.0).log())).isInstanceOf(NonFiniteException.class);
            // another thread is not being watched
            double other = CompletableFuture.supplyAsync(() -> Tensor.of(0.0).log().item()).get();
            assertThat(other).isEqualTo(Double.NEGATIVE_INFINITY);
        }
        assertThatNoException().isThrownBy(() -> Tensor.of(0.0).log());
    }

    @Test
    void closingAScopeTwiceIsHarmless() {
        var scope = Anomaly.detect();
        scope.close();
        scope.close();
        assertThatNoException().isThrownBy(() -> Tensor.of(0.0).log());
        try (var again = Anomaly.detect()) {
            assertThat(catchThrowable(() -> Tensor.of(0.0).log())).isInstanceOf(NonFiniteException.class);
        }
    }

    @Test
    void withDetectionOnGradientsCanStillBeDifferentiatedAgain() {
        Tensor w = Tensor.param("w", 0.7);
        try (var scope = Anomaly.detect()) {
            Tensor d1 = w.tanh().sum().differentiableGrad(w).of(w);     // 1 - tanh² w, as graph nodes
            Tensor d2 = d1.sum().grad(w).of(w);                         // -2 tanh w (1 - tanh² w)
            double t = Math.tanh(0.7);
            org.assertj.core.api.Assertions.assertThat(d2.item())
                    .isCloseTo(-2 * t * (1 - t * t), org.assertj.core.api.Assertions.within(1e-14));
        }
    }
}
