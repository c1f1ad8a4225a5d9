package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Operands that do not fit fail at once, with a message naming the op and the shapes involved. */
class ErrorMessageTest {
    private static final Tensor M23 = Tensor.zeros(2, 3);

    @Test
    void matmulInnerDimensionsDiffer() {
        assertThatThrownBy(() -> M23.matmul(Tensor.zeros(4, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: (2,3) @ (4,1): inner dimensions 3 and 4 differ");
    }

    @Test
    void matmulOfVectorsWithDifferentLengths() {
        assertThatThrownBy(() -> Tensor.zeros(3).matmul(Tensor.zeros(4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: (3,) @ (4,): inner dimensions 3 and 4 differ");
        assertThatThrownBy(() -> Tensor.zeros(2).matmul(M23.transpose()))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: (2,) @ (3,2): inner dimensions 2 and 3 differ");
        assertThatThrownBy(() -> M23.matmul(Tensor.zeros(2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: (2,3) @ (2,): inner dimensions 3 and 2 differ");
    }

    @Test
    void matmulRefusesScalars() {
        assertThatThrownBy(() -> Tensor.of(2.0).matmul(M23))
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("matmul: () @ (2,3): ")
                .hasMessageContaining("not scalars");
    }

    @Test
    void addOfShapesThatDoNotBroadcast() {
        assertThatThrownBy(() -> M23.add(Tensor.zeros(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("add: (2,3) and (3,2) do not broadcast: last dimensions 3 and 2 differ and neither is 1");
        assertThatThrownBy(() -> M23.add(Tensor.zeros(3, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("add: (2,3) and (3,3) do not broadcast: first dimensions 2 and 3 differ and neither is 1");
        // empty columns agree; it is the rows that differ
        assertThatThrownBy(() -> Tensor.zeros(2, 0).add(Tensor.zeros(3, 0)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("add: (2,0) and (3,0) do not broadcast: first dimensions 2 and 3 differ and neither is 1");
    }

    @Test
    void otherBinaryOpsNameThemselvesAndBothShapes() {
        assertThatThrownBy(() -> Tensor.zeros(2).mul(Tensor.zeros(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("mul: (2,) and (3,) do not broadcast");
        assertThatThrownBy(() -> Tensor.ones(2).pow(Tensor.zeros(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("pow: (2,) and (3,) do not broadcast");
        // sub and div are add and mul of a negation and a reciprocal: the shapes are still both named
        assertThatThrownBy(() -> M23.sub(Tensor.zeros(2)))
                .isInstanceOf(ShapeException.class)
                .hasMessageContainingAll("(2,3)", "(2,)");
        assertThatThrownBy(() -> M23.div(Tensor.ones(3, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessageContainingAll("(2,3)", "(3,1)");
    }

    @Test
    void reshapeSizeMismatch() {
        assertThatThrownBy(() -> M23.reshape(4))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot reshape (2,3) (6 elements) into (4,) (4 elements)");
        assertThatThrownBy(() -> Tensor.zeros(5).reshape())
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot reshape (5,) (5 elements) into () (1 elements)");
    }

    @Test
    void badAxisNamesTheOpTheAxisAndTheValidRange() {
        assertThatThrownBy(() -> M23.sum(2))
                .isInstanceOf(ShapeException.class)
                .hasMessage("sum: axis 2 is out of range for shape (2,3) (valid: -2 to 1)");
        assertThatThrownBy(() -> M23.max(-3, true))
                .isInstanceOf(ShapeException.class)
                .hasMessage("max: axis -3 is out of range for shape (2,3) (valid: -2 to 1)");
        assertThatThrownBy(() -> Tensor.zeros(3).mean(1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("mean: axis 1 is out of range for shape (3,) (valid: -1 to 0)");
        assertThatThrownBy(() -> Tensor.zeros(3).softmax(1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("softmax: axis 1 is out of range for shape (3,) (valid: -1 to 0)");
        assertThatThrownBy(() -> M23.logSoftmax(5))
                .isInstanceOf(ShapeException.class)
                .hasMessage("log_softmax: axis 5 is out of range for shape (2,3) (valid: -2 to 1)");
        assertThatThrownBy(() -> Tensor.of(1.0).sum(0))
                .isInstanceOf(ShapeException.class)
                .hasMessage("sum: axis 0 is out of range for shape () (a scalar has no axes)");
    }

    @Test
    void gradOfANonScalarTargetSaysToReduceItFirst() {
        Tensor y = Tensor.of(1.0, 2.0).tanh();
        assertThatThrownBy(y::grad)
                .isInstanceOf(ShapeException.class)
                .hasMessageContainingAll("grad", "scalar", "(2,)", "sum()");
        assertThatThrownBy(() -> M23.exp().differentiableGrad())
                .isInstanceOf(ShapeException.class)
                .hasMessageContainingAll("(2,3)", "sum()");
    }

    @Test
    void raggedMatrix() {
        assertThatThrownBy(() -> Tensor.of(new double[][] {{1, 2}, {3, 4, 5}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ragged matrix: row 0 has 2 elements but row 1 has 3");
    }

    @Test
    void itemOfATensorWithMoreThanOneElement() {
        assertThatThrownBy(() -> Tensor.of(1.0, 2.0).item())
                .isInstanceOf(ShapeException.class)
                .hasMessage("item: tensor of shape (2,) has 2 elements, not 1");
        assertThatThrownBy(() -> M23.item())
                .isInstanceOf(ShapeException.class)
                .hasMessage("item: tensor of shape (2,3) has 6 elements, not 1");
    }

    @Test
    void broadcastToAndSumToRefuseIncompatibleShapes() {
        assertThatThrownBy(() -> M23.broadcastTo(Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("broadcast_to: cannot broadcast (2,3) to (3,)");
        assertThatThrownBy(() -> Tensor.zeros(2).broadcastTo(Shape.matrix(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("broadcast_to: (2,) and (2,3)");
        assertThatThrownBy(() -> M23.sumTo(Shape.vector(2)))
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("sum_to: ")
                .hasMessageContainingAll("(2,)", "(2,3)");
    }

    @Test
    void factoriesAndAccessors() {
        assertThatThrownBy(() -> Tensor.of(Shape.matrix(2, 2), new double[] {1, 2, 3}))
                .isInstanceOf(ShapeException.class)
                .hasMessage("of: 3 values cannot fill shape (2,2) (4 elements)");
        assertThatThrownBy(() -> M23.get(0))
                .isInstanceOf(ShapeException.class)
                .hasMessage("get: shape (2,3) needs 2 indices, got 1");
        assertThatThrownBy(() -> M23.get(2, 0))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("get: index [2, 0] is outside shape (2,3)");
        assertThatThrownBy(() -> Shape.of(1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rank 0, 1 or 2");
        assertThatThrownBy(() -> Tensor.zeros(0).max())
                .isInstanceOf(ShapeException.class)
                .hasMessage("max: shape (0,) has no elements to take the maximum of");
    }

    @Test
    void clipWithCrossedBounds() {
        assertThatThrownBy(() -> M23.clip(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clip: lower bound 1.0 is above upper bound -1.0");
    }
}
