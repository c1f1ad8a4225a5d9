package dev.chainrule.autograd;

import java.util.List;

/**
 * {@code x - log Σ e^x} along {@code axis}, computed as {@code x - m - log Σ e^(x-m)} with {@code m} the maximum
 * (stable at |x| = 1000). Rule: {@code g - softmax(x) ⊙ Σ g}, with {@code softmax(x) = e^out}.
 */
public record LogSoftmax(Tensor x, int axis) implements Op {
    @Override
    public Tensor forward() {
        return Tensor.node(this, x.shape, Kernels.softmax(x, axis, true));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.sub(out.exp().mul(g.sum(axis, true)));
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Tensor.leaf(x.shape, Kernels.logSoftmaxGradient(out, g, axis));
    }

    @Override
    public Rule rule() {
        return Rule.map("log_softmax(x, axis=axis)", "G - exp(out) * sum(G, axis=axis, keepdims=true)");
    }

    @Override
    public String name() {
        return "log_softmax";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
