package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code grad(wrt...)}: the same numbers as the full backward pass, computed only on the paths that lead to {@code wrt}. */
class GradWrtTest {
    private final Tensor x = Tensor.of(new double[][] {{0.5, -0.2, 0.1}, {0.3, 0.8, -0.6}});
    private final Tensor w1 = Tensor.param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}, {-0.5, 0.7}});
    private final Tensor b1 = Tensor.param("b1", 0.1, -0.2);
    private final Tensor w2 = Tensor.param("W2", new double[][] {{0.5}, {-0.3}});
    private final Tensor h = x.matmul(w1).add(b1).tanh();
    private final Tensor loss = h.matmul(w2).sigmoid().sum();

    @Test
    void equalsTheFullPassForTheRequestedNodes() {
        Gradients all = loss.grad();
        Gradients some = loss.grad(w1, b1, w2);
        for (Tensor p : List.of(w1, b1, w2)) {
            assertThat(some.of(p).sameValues(all.of(p))).as("∂L/∂%s", p.name().orElseThrow()).isTrue();
        }
    }

    @Test
    void visitsOnlyThePathsToTheRequestedNodes() {
        Gradients some = loss.grad(w2);
        assertThat(some.contains(w2)).isTrue();
        assertThat(some.contains(loss)).isTrue();
        assertThat(some.contains(h)).isFalse();             // ∂L/∂W2 = hᵀ (...) needs h's value, not its gradient
        assertThat(some.contains(x)).isFalse();             // the data: never differentiated
        assertThat(some.contains(w1)).isFalse();
        assertThat(some.contains(b1)).isFalse();
        assertThat(some.size()).isEqualTo(4);               // L, sigmoid(h @ W2), h @ W2 and W2
        assertThat(loss.grad(w1).contains(h)).isTrue();     // W1 lies below h
    }

    @Test
    void aNodeTheTargetDoesNotDependOnGetsNoGradient() {
        Tensor unrelated = Tensor.param("u", 2.0);
        Gradients g = loss.grad(w1, unrelated);
        assertThat(g.contains(unrelated)).isFalse();
        assertThat(g.get(unrelated).isEmpty()).isTrue();
        assertThat(g.of(unrelated).item()).isZero();
    }

    @Test
    void theDifferentiableVariantDifferentiatesAgain() {
        Tensor w = Tensor.param("w", 0.7);
        Tensor c = Tensor.param("c", 3.0);
        Tensor f = w.tanh().mul(c).sum();
        Tensor d1 = f.differentiableGrad(w).of(w);                 // c (1 - tanh² w)
        Tensor d2 = d1.sum().grad(w).of(w);                       // -2 c tanh w (1 - tanh² w)
        double t = Math.tanh(0.7);
        assertThat(d1.item()).isCloseTo(3 * (1 - t * t), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(d2.item()).isCloseTo(-2 * 3 * t * (1 - t * t), org.assertj.core.api.Assertions.within(1e-14));
    }

    @Test
    void leavesTheDataOfAProductAlone() {
        Tensor data = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor w = Tensor.param("w", new double[][] {{0.5}, {-0.5}});
        Tensor l = data.matmul(w).sum();
        Gradients g = l.grad(w);
        // The product's rule for its first input (the data) would give a (2,2) gradient: it is not in the result.
        assertThat(g.contains(data)).isFalse();
        assertThat(g.of(w).toArray()).containsExactly(4.0, 6.0);
    }

    @Test
    void withNothingAskedOnAPathTheGradientsAreEmpty() {
        Tensor unrelated = Tensor.param("u", 2.0);
        Gradients g = loss.grad(unrelated);
        assertThat(g.size()).isZero();
        assertThat(g.contains(loss)).isFalse();
    }

    @Test
    void firstOrderGradientsAreLeavesAlsoFromRulesThatRunAsGraphNodes() {
        Tensor v = Tensor.param("v", 0.5, 2.0);
        Tensor f = v.sqrt().abs().mul(v.reciprocal()).sum();   // sqrt, abs and reciprocal keep the default vjpValue
        Gradients g = f.grad(v);
        assertThat(g.of(v).isLeaf()).isTrue();
        assertThat(f.grad().of(v).isLeaf()).isTrue();
        assertThat(v.sqrt().sum().grad(v).of(v).isLeaf()).as("one consumer, nothing summed").isTrue();
        assertThat(g.of(v).sameValues(f.differentiableGrad(v).of(v).detach())).isTrue();
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> loss.grad(w1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }
}
