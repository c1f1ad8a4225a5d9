package dev.chainrule.autograd;

import java.util.List;

/**
 * {@code a ^ b} element-wise with broadcasting, differentiable in both. Rule: {@code ∂/∂a = g·b·a^(b-1)},
 * {@code ∂/∂b = g·a^b·ln a}; where {@code a = 0} the second is taken as 0 (as PyTorch does for {@code b >= 0}).
 */
public record Pow(Tensor a, Tensor b) implements Op {
    @Override
    public Tensor forward() {
        Shape s = Shape.broadcast("pow", a.shape, b.shape);
        return Tensor.node(this, s, Kernels.binary(s, a, b, Math::pow));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        if (input == 0) {
            return g.mul(b).mul(a.pow(b.sub(1.0))).sumTo(a.shape);
        }
        Tensor zerosToOnes = Kernels.constant(a.shape, a.data, v -> v == 0.0 ? 1.0 : 0.0);
        return g.mul(out).mul(a.add(zerosToOnes).log()).sumTo(b.shape);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("a ^ b", "b * a ^ (b - 1)", "out * log(a)");
    }

    @Override
    public String name() {
        return "pow";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(a, b);
    }
}
