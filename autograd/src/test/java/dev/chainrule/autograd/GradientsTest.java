package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorAssertions.assertClose;
import static dev.chainrule.autograd.TensorAssertions.assertScalar;
import static dev.chainrule.autograd.TensorAssertions.assertTensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link Gradients} as a value: repeatable, keyed by node identity, covering intermediates, accumulating reuse. */
class GradientsTest {

    /** Seed 000, Exercise 1: one step of a 2-2-1 tanh network (see the {@link Tensor} documentation). */
    private static final class Seed000 {
        final Tensor x = Tensor.of(new double[][] {{0.5}, {-0.2}});
        final Tensor w1 = Tensor.param("W1", new double[][] {{0.3, -0.1}, {0.2, 0.4}});
        final Tensor b1 = Tensor.param("b1", new double[][] {{0.1}, {-0.2}});
        final Tensor w2 = Tensor.param("W2", new double[][] {{0.5, -0.3}});
        final Tensor b2 = Tensor.param("b2", 0.2);
        final Tensor z1 = w1.matmul(x).add(b1);
        final Tensor yhat = w2.matmul(z1.tanh()).add(b2).tanh();
        final Tensor loss = Tensor.of(1.0).sub(yhat).pow(2).sum();
    }

    @Test
    void gradTwiceReturnsEqualGradientsAndChangesNothing() {
        Seed000 s = new Seed000();
        double[][] before = {s.x.toArray(), s.w1.toArray(), s.b1.toArray(), s.w2.toArray(), s.b2.toArray(),
                s.z1.toArray(), s.loss.toArray()};
        Gradients first = s.loss.grad();
        Gradients second = s.loss.grad();
        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(second.size()).isEqualTo(first.size());
        assertThat(second.of(s.w1).sameValues(first.of(s.w1))).isTrue();
        s.loss.differentiableGrad();
        double[][] after = {s.x.toArray(), s.w1.toArray(), s.b1.toArray(), s.w2.toArray(), s.b2.toArray(),
                s.z1.toArray(), s.loss.toArray()};
        assertThat(after).isDeepEqualTo(before);
        assertThat(s.loss.grad()).isEqualTo(first);
    }

    @Test
    void gradientsOfDifferentTargetsAreNotEqual() {
        Seed000 s = new Seed000();
        Tensor other = s.yhat.sum();
        assertThat(s.loss.grad()).isNotEqualTo(other.grad());
    }

    @Test
    void intermediatesHaveGradients() {
        Seed000 s = new Seed000();
        Gradients g = s.loss.grad();
        // δ1 = ∂L/∂z1, printed by NumPy as [[-0.50936975] [ 0.31803236]]
        assertClose(g.of(s.z1), Tensor.of(new double[][] {{-0.50936975}, {0.31803236}}), 5e-9, 0);
        assertThat(g.contains(s.z1)).isTrue();
        assertThat(g.contains(s.yhat)).isTrue();
        assertScalar(g.of(s.loss), 1.0);
        // ∂L/∂W1 = δ1 xᵀ, ∂L/∂b1 = δ1
        assertClose(g.of(s.w1), g.of(s.z1).matmul(s.x.transpose()), 1e-15, 0);
        assertClose(g.of(s.b1), g.of(s.z1), 1e-15, 0);
    }

    @Test
    void seedGradientsMatchNumPy() {
        // computed with NumPy from the closed forms δ2 = -2(1 - ŷ)(1 - ŷ²), δ1 = W2ᵀδ2 ⊙ (1 - tanh² z1)
        Seed000 s = new Seed000();
        Gradients g = s.loss.grad();
        assertThat(s.loss.item()).isCloseTo(0.4003769124844312, within(1e-15));
        assertClose(g.of(s.w2), Tensor.of(new double[][] {{-0.288623828887, 0.194967905491}}), 1e-11, 0);
        assertClose(g.of(s.b2), Tensor.of(-1.094827914714), 1e-11, 0);
        assertClose(g.of(s.w1), Tensor.of(new double[][] {{-0.254684876327, 0.101873950531},
                {0.159016179127, -0.063606471651}}), 1e-11, 0);
        assertClose(g.of(s.z1), Tensor.of(new double[][] {{-0.509369752655}, {0.318032358255}}), 1e-11, 0);
    }

    @Test
    void gradientsAreKeyedByIdentityNotByValue() {
        Tensor a = Tensor.of(2.0);
        Tensor b = Tensor.of(2.0);
        assertThat(a.sameValues(b)).isTrue();
        Gradients g = a.mul(a).add(b.mul(3.0)).grad();
        assertScalar(g.of(a), 4.0);
        assertScalar(g.of(b), 3.0);
        Tensor c = Tensor.of(2.0);
        assertThat(g.contains(c)).isFalse();
        assertThat(g.get(c).isEmpty()).isTrue();
    }

    @Test
    void namedNodesAreDistinctFromTheOriginal() {
        Tensor x = Tensor.of(1.5);
        Tensor named = x.named("x");
        Gradients g = named.square().grad();
        assertScalar(g.of(named), 3.0);
        assertThat(g.contains(x)).isFalse();
        assertThat(named.name()).contains("x");
    }

    @Test
    void aNodeTheTargetDoesNotDependOnGetsZeros() {
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor unrelated = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor unrelatedNode = unrelated.tanh();
        Gradients g = x.square().sum().grad();
        assertTensor(g.of(unrelated), Shape.matrix(2, 2), 0, 0, 0, 0);
        assertTensor(g.of(unrelatedNode), Shape.matrix(2, 2), 0, 0, 0, 0);
        assertThat(g.contains(unrelated)).isFalse();
        assertThat(g.get(unrelated).isEmpty()).isTrue();
    }

    @Test
    void aDetachedCopyIsCutOffFromTheGraph() {
        Tensor x = Tensor.of(3.0);
        Tensor y = x.square();
        Tensor cut = y.detach();
        Gradients g = cut.mul(x).grad();
        assertScalar(g.of(x), 9.0);
        assertThat(g.contains(y)).isFalse();
        assertThat(cut.isLeaf()).isTrue();
    }

    @Test
    void aDetachedLeafIsAConstant() {
        // as PyTorch: d/dx (x * detach(x)) = detach(x), not 2x, also when x is a leaf
        Tensor x = Tensor.of(0.5, -1.0, 2.0);
        Tensor cut = x.detach();
        assertThat(cut).isNotSameAs(x);
        assertThat(cut.sameValues(x)).isTrue();
        Gradients g = x.mul(cut).sum().grad();
        assertTensor(g.of(x), Shape.vector(3), 0.5, -1.0, 2.0);
        assertTensor(g.of(cut), Shape.vector(3), 0.5, -1.0, 2.0);
        assertThat(Tensor.param("w", 1.0).detach().name()).contains("w");
    }

    @Test
    void aNodeUsedTwiceAccumulates() {
        Tensor x = Tensor.of(-1.5, 0.5, 2.0);
        assertTensor(x.mul(x).sum().grad().of(x), Shape.vector(3), -3, 1, 4);
        // used along three paths: x + x·x + tanh(x)
        Tensor y = Tensor.of(0.4);
        Gradients g = y.add(y.mul(y)).add(y.tanh()).grad();
        double t = Math.tanh(0.4);
        assertScalar(g.of(y), 1 + 0.8 + (1 - t * t));
    }

    @Test
    void aSharedIntermediateAccumulatesFromEveryConsumer() {
        Tensor x = Tensor.of(0.3);
        Tensor h = x.exp();
        Tensor loss = h.mul(h).add(h.mul(2.0));  // h² + 2h
        Gradients g = loss.grad();
        double e = Math.exp(0.3);
        assertScalar(g.of(h), 2 * e + 2);
        assertScalar(g.of(x), (2 * e + 2) * e);
    }

    @Test
    void gradOfALeafWithRespectToItself() {
        Tensor x = Tensor.of(5.0);
        Gradients g = x.grad();
        assertScalar(g.of(x), 1.0);
        assertThat(g.size()).isEqualTo(1);
        assertThat(g.target()).isSameAs(x);
        Tensor single = Tensor.of(new double[][] {{2}});
        assertTensor(single.square().grad().of(single), Shape.matrix(1, 1), 4);
    }

    @Test
    void gradientValuesAreLeavesAndDifferentiableGradientsAreNodes() {
        Tensor x = Tensor.of(0.5, 1.5);
        Tensor loss = x.tanh().sum();
        assertThat(loss.grad().of(x).isLeaf()).isTrue();
        assertThat(loss.differentiableGrad().of(x).isLeaf()).isFalse();
    }

    @Test
    void theGraphListsEveryNodeOnceEachAfterItsInputs() {
        Tensor x = Tensor.of(0.5, 1.5);
        Tensor t = x.tanh();
        Tensor square = t.mul(t);
        Tensor loss = square.sum();
        assertThat(loss.graph()).containsExactly(x, t, square, loss);
    }

    @Test
    void toStringListsNamedNodes() {
        Seed000 s = new Seed000();
        String text = s.loss.grad().toString();
        assertThat(text).contains("∂/∂W1 = ", "∂/∂b2 = ");
    }
}
