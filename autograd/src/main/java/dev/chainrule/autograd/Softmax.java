package dev.chainrule.autograd;

import java.util.List;

/**
 * {@code e^x / Σ e^x} along {@code axis}, computed after subtracting the maximum (stable at |x| = 1000).
 * Rule: {@code s ⊙ (g - Σ(g ⊙ s))}, the sum along the same axis, with {@code s} the output.
 */
public record Softmax(Tensor x, int axis) implements Op {
    @Override
    public Tensor forward() {
        return Tensor.node(this, x.shape, Kernels.softmax(x, axis, false));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return out.mul(g.sub(g.mul(out).sum(axis, true)));
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Tensor.leaf(x.shape, Kernels.softmaxGradient(out, g, axis));
    }

    @Override
    public Rule rule() {
        return Rule.map("softmax(x, axis=axis)", "out * (G - sum(G * out, axis=axis, keepdims=true))");
    }

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
