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
    public List<Tensor> vjp(Tensor out, Tensor g) {
        return List.of(g.mul(b).sumTo(a.shape), g.mul(a).sumTo(b.shape));
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
