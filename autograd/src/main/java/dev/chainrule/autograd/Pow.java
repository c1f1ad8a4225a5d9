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
    public List<Tensor> vjp(Tensor out, Tensor g) {
        Tensor da = g.mul(b).mul(a.pow(b.sub(1.0)));
        Tensor zerosToOnes = Kernels.constant(a.shape, a.data, v -> v == 0.0 ? 1.0 : 0.0);
        Tensor db = g.mul(out).mul(a.add(zerosToOnes).log());
        return List.of(da.sumTo(a.shape), db.sumTo(b.shape));
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
