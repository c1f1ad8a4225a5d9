package dev.chainrule.autograd;

import java.util.List;

/** Natural logarithm. Rule: {@code g / x}. */
public record Log(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        LogKernel.log(in, out);
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.div(x);
    }

    /** {@code g · (1 / x)}, in one loop: {@link #vjp}'s {@code g.div(x)}, which multiplies by the reciprocal. */
    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        double[] gd = g.data;
        double[] xd = x.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = gd[i] * (1.0 / xd[i]);
        }
        return Tensor.leaf(x.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("log(x)", "1 / x");
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
