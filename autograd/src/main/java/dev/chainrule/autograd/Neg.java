package dev.chainrule.autograd;

import java.util.List;

/** {@code -x}. Rule: {@code -g}. */
public record Neg(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = -in[i];
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public List<Tensor> vjp(Tensor out, Tensor g) {
        return List.of(g.neg());
    }

    @Override
    public String name() {
        return "neg";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
