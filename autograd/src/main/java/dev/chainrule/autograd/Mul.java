package dev.chainrule.autograd;

import java.util.List;

/** {@code a * b} element-wise with broadcasting. Rule: {@code ∂/∂a = g·b}, {@code ∂/∂b = g·a}. */
public record Mul(Tensor a, Tensor b) implements Op {
    @Override
    public Tensor forward() {
        Shape s = Shape.broadcast("mul", a.shape, b.shape);
        return Tensor.node(this, s, Kernels.mul(s, a, b));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return input == 0 ? g.mul(b).sumTo(a.shape) : g.mul(a).sumTo(b.shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        Tensor other = input == 0 ? b : a;
        Shape s = Shape.broadcast("mul", g.shape, other.shape);
        return Kernels.sumToValue(Tensor.leaf(s, Kernels.mul(s, g, other)), (input == 0 ? a : b).shape);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("a * b", "b", "a");
    }

    @Override
    public String name() {
        return "mul";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(a, b);
    }
}
