package dev.chainrule.autograd;

import java.util.List;

/** The logistic function {@code 1 / (1 + e^-x)}, evaluated without overflow. Rule: {@code g·σ(x)(1 - σ(x))}, reusing the output. */
public record Sigmoid(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = logistic(in[i]);
        }
        return Tensor.node(this, x.shape, out);
    }

    /** {@code 1 / (1 + e^-v)} for {@code v >= 0}, {@code e^v / (1 + e^v)} otherwise: no overflow at |v| = 1000. */
    static double logistic(double v) {
        if (v >= 0) {
            return 1.0 / (1.0 + Math.exp(-v));
        }
        double e = Math.exp(v);
        return e / (1.0 + e);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(out.mul(out.rsub(1.0)));
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        double[] gd = g.data;
        double[] o = out.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = gd[i] * (o[i] * (1.0 - o[i]));
        }
        return Tensor.leaf(x.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("sigmoid(x)", "out * (1 - out)");
    }

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
