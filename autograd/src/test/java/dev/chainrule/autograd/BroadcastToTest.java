package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Regressions found by the {@code .chain} fuzz test, at the level of the tensor library. */
class BroadcastToTest {
    @Test
    @DisplayName("a scalar broadcasts to every element of a vector or matrix")
    void scalarBroadcast() {
        assertThat(Tensor.of(2.0).broadcastTo(Shape.vector(3)).toArray()).containsExactly(2, 2, 2);
        assertThat(Tensor.of(2.0).broadcastTo(Shape.matrix(2, 2)).toArray()).containsExactly(2, 2, 2, 2);
    }

    @Test
    @DisplayName("broadcasting keeps every value as it is, −0.0 included (it copies; it does not add a zero)")
    void negativeZeroSurvives() {
        double[] fromScalar = Tensor.of(-0.0).broadcastTo(Shape.matrix(2, 2)).toArray();
        double[] fromColumn = Tensor.of(new double[][] {{-0.0}, {1.5}}).broadcastTo(Shape.matrix(2, 3)).toArray();
        double[] fromRow = Tensor.of(-0.0, 2.0).broadcastTo(Shape.matrix(2, 2)).toArray();
        assertThat(fromScalar).containsExactly(-0.0, -0.0, -0.0, -0.0);
        assertThat(1 / fromScalar[3]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(1 / fromColumn[2]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(fromColumn).containsExactly(-0.0, -0.0, -0.0, 1.5, 1.5, 1.5);
        assertThat(1 / fromRow[2]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(fromRow).containsExactly(-0.0, 2.0, -0.0, 2.0);
    }

    @Test
    @DisplayName("differentiating the gradient of a broadcast scalar (SumTo's rule broadcasts a scalar back)")
    void secondDerivativeThroughScalarBroadcast() {
        Tensor x = Tensor.of(2.0);
        Tensor v = Tensor.of(1.0, 2.0, 3.0);
        Tensor g = x.mul(v).sum().differentiableGrad().of(x); // sum(v)
        assertThat(g.item()).isEqualTo(6.0);
        assertThat(g.grad().of(v).toArray()).containsExactly(1, 1, 1);
    }

    @Test
    @DisplayName("a shape with more elements than an array can hold is refused, not overflowed")
    void hugeShapes() {
        assertThatThrownBy(() -> Shape.matrix(100_000, 100_000)).isInstanceOf(ShapeException.class)
                .hasMessageContaining("10000000000 elements");
        assertThatThrownBy(() -> Shape.broadcast("add", Shape.vector(100_000), Shape.matrix(100_000, 1)))
                .isInstanceOf(ShapeException.class);
    }
}
