package dev.chainrule.autograd;

import java.util.List;

/**
 * The matrix product with {@code numpy.matmul} semantics: a vector on the left acts as a row, on the right as a
 * column, and that dimension is dropped from the result ({@code (n,) @ (n,)} is a scalar). Scalars are refused.
 * Rule: {@code ∂/∂A = G Bᵀ}, {@code ∂/∂B = Aᵀ G}, in the two-dimensional views, reshaped back.
 */
public record Matmul(Tensor a, Tensor b) implements Op {
    @Override
    public Tensor forward() {
        return Tensor.node(this, outputShape(), values());
    }

    /** The product's shape; throws {@link ShapeException} naming the op when the operands do not fit. */
    Shape outputShape() {
        if (a.rank() == 0 || b.rank() == 0) {
            throw new ShapeException("matmul: " + a.shape + " @ " + b.shape
                    + ": operands must be vectors or matrices, not scalars (use * to scale)");
        }
        int n = inner();
        int nb = b.rank() == 1 ? b.size() : b.shape.rows();
        if (n != nb) {
            throw new ShapeException("matmul: " + a.shape + " @ " + b.shape + ": inner dimensions " + n + " and "
                    + nb + " differ");
        }
        if (a.rank() == 1 && b.rank() == 1) {
            return Shape.scalar();
        }
        return a.rank() == 1 ? Shape.vector(columns())
                : b.rank() == 1 ? Shape.vector(rows()) : Shape.matrix(rows(), columns());
    }

    /** The product's values, row-major, in a new array (the shapes already checked by {@link #outputShape}). */
    double[] values() {
        return MatrixProducts.matmul(a.data, b.data, rows(), inner(), columns());
    }

    private int rows() {
        return a.rank() == 1 ? 1 : a.shape.rows();
    }

    private int inner() {
        return a.rank() == 1 ? a.size() : a.shape.cols();
    }

    private int columns() {
        return b.rank() == 1 ? 1 : b.shape.cols();
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        Tensor a2 = a.rank() == 1 ? a.reshape(1, a.size()) : a;
        Tensor b2 = b.rank() == 1 ? b.reshape(b.size(), 1) : b;
        Tensor g2 = g.reshape(a2.shape.rows(), b2.shape.cols());
        return input == 0 ? g2.matmul(b2.transpose()).reshape(a.shape) : a2.transpose().matmul(g2).reshape(b.shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return input == 0
                ? Tensor.leaf(a.shape, MatrixProducts.matmulTransposedB(g.data, b.data, rows(), columns(), inner()))
                : Tensor.leaf(b.shape, MatrixProducts.matmulTransposedA(a.data, g.data, rows(), inner(), columns()));
    }

    @Override
    public Rule rule() {
        return Rule.map("a @ b", "G @ b.T", "a.T @ G");
    }

    @Override
    public String name() {
        return "matmul";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(a, b);
    }
}
