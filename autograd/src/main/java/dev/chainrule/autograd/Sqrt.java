package dev.chainrule.autograd;

import java.util.List;

/** {@code √x}. Rule: {@code g / (2√x)}, reusing the output. */
public record Sqrt(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.sqrt(in[i]);
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.div(out).mul(0.5);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("sqrt(x)", "1 / (2 * out)");
    }

    @Override
    public String name() {
        return "sqrt";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
