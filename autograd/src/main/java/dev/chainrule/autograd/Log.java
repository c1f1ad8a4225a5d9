package dev.chainrule.autograd;

import java.util.List;

/** Natural logarithm. Rule: {@code g / x}. */
public record Log(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.log(in[i]);
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.div(x);
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
