package dev.chainrule.autograd;

import java.util.List;

/** The sum of all elements or along an axis. Rule: the gradient is broadcast back over the summed elements. */
public record Sum(Tensor x, Reduction reduction) implements Op {
    @Override
    public Tensor forward() {
        Shape kept = reduction.kept(x.shape);
        return Tensor.node(this, reduction.output(x.shape), Kernels.sumTo(x, kept));
    }

    @Override
    public List<Tensor> vjp(Tensor out, Tensor g) {
        return List.of(g.reshape(reduction.kept(x.shape)).broadcastTo(x.shape));
    }

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
