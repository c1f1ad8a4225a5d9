package dev.chainrule.autograd;

import java.util.List;

/** {@code |x|}. Rule: {@code g·sign(x)} (0 at 0, as PyTorch). */
public record Abs(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.abs(in[i]);
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(Kernels.constant(x.shape, x.data, Math::signum));
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("abs(x)", "sign(x)");
    }

    @Override
    public String name() {
        return "abs";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
