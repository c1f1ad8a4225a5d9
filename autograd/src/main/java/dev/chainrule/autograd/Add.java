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
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.sumTo((input == 0 ? a : b).shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Kernels.sumToValue(g, (input == 0 ? a : b).shape);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("a + b", "1", "1");
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
