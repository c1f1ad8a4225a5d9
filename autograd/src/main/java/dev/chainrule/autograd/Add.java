package dev.chainrule.autograd;

import java.util.List;

/** {@code a + b} with broadcasting. Rule: the gradient flows unchanged to both, summed back to each shape. */
public record Add(Tensor a, Tensor b) implements Op {
    @Override
    public Tensor forward() {
        Shape s = Shape.broadcast("add", a.shape, b.shape);
        return Tensor.node(this, s, Kernels.add(s, a, b));
    }

    @Override
    public List<Tensor> vjp(Tensor out, Tensor g) {
        return List.of(g.sumTo(a.shape), g.sumTo(b.shape));
    }

    @Override
    public String name() {
        return "add";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(a, b);
    }
}
