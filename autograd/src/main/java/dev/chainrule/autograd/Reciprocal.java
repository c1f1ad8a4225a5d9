package dev.chainrule.autograd;

import java.util.List;

/** {@code 1 / x}. Rule: {@code -g / x²}, written with the output as {@code -g·out²}. */
public record Reciprocal(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = 1.0 / in[i];
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(out.square()).neg();
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("1 / x", "-1 / x ^ 2");
    }

    @Override
    public String name() {
        return "reciprocal";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
