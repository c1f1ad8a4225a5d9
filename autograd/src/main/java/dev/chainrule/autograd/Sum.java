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
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.reshape(reduction.kept(x.shape)).broadcastTo(x.shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Tensor.leaf(x.shape, Kernels.broadcastTo(x.shape, Tensor.leaf(reduction.kept(x.shape), g.data)));
    }

    @Override
    public Rule rule() {
        return Rule.elementwise(reduction.notation("sum"), "1").alignedTo(reduction.kept(x.shape));
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
