package dev.chainrule.autograd;

import java.util.List;

/** {@code min(max(x, lo), hi)}. Rule: {@code g} where {@code lo <= x <= hi}, else 0 (as PyTorch's {@code clamp}). */
public record Clip(Tensor x, double lo, double hi) implements Op {
    public Clip {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("clip: lower bound " + lo + " is above upper bound " + hi);
        }
    }

    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.min(Math.max(in[i], lo), hi);
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(Kernels.constant(x.shape, x.data, v -> v >= lo && v <= hi ? 1.0 : 0.0));
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("clip(x, lo, hi)", "heaviside(x - lo, 1) * heaviside(hi - x, 1)");
    }

    @Override
    public String name() {
        return "clip";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
