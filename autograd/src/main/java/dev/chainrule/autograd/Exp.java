package dev.chainrule.autograd;

import java.util.List;

/** {@code e^x}. Rule: {@code g·e^x}, reusing the output. */
public record Exp(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        ExpKernel.exp(in, out);
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(out);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        double[] gd = g.data;
        double[] o = out.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = gd[i] * o[i];
        }
        return Tensor.leaf(x.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("exp(x)", "out");
    }

    @Override
    public String name() {
        return "exp";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
