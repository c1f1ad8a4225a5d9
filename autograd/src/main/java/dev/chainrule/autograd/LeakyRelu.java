package dev.chainrule.autograd;

import java.util.List;

/** {@code x} where {@code x > 0}, else {@code slope·x}. Rule: {@code g} where {@code x > 0}, else {@code slope·g}. */
public record LeakyRelu(Tensor x, double slope) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] > 0 ? in[i] : slope * in[i];
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(Kernels.constant(x.shape, x.data, v -> v > 0 ? 1.0 : slope));
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        double[] gd = g.data;
        double[] in = x.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = gd[i] * (in[i] > 0 ? 1.0 : slope);
        }
        return Tensor.leaf(x.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("leaky_relu(x, slope)", "slope + (1 - slope) * heaviside(x, 0)");
    }

    @Override
    public String name() {
        return "leaky_relu";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
