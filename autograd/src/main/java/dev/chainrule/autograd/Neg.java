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
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.neg();
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        double[] gd = g.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = -gd[i];
        }
        return Tensor.leaf(g.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("-x", "-1");
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
