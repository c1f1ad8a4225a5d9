package dev.chainrule.autograd;

import java.util.List;

/** The transpose of a matrix. Rule: the transpose of the gradient. */
public record Transpose(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        if (x.rank() != 2) {
            throw new ShapeException("transpose: expects a matrix, got shape " + x.shape);
        }
        return Tensor.node(this, Shape.matrix(x.shape.cols(), x.shape.rows()), Kernels.transpose(x));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.transpose();
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Tensor.leaf(x.shape, Kernels.transpose(g));
    }

    @Override
    public Rule rule() {
        return Rule.map("x.T", "G.T");
    }

    @Override
    public String name() {
        return "transpose";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
