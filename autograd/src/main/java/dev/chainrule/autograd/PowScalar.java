package dev.chainrule.autograd;

import java.util.List;

/** {@code x ^ p} for a constant exponent {@code p}. Rule: {@code g·p·x^(p-1)} (0 when {@code p = 0}). */
public record PowScalar(Tensor x, double p) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        if (p == 2.0) {
            for (int i = 0; i < in.length; i++) {
                out[i] = in[i] * in[i];
            }
        } else {
            for (int i = 0; i < in.length; i++) {
                out[i] = Math.pow(in[i], p);
            }
        }
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        if (p == 0.0) {
            return Tensor.zeros(x.shape);
        }
        return g.mul(p == 2.0 ? x.mul(2.0) : x.pow(p - 1.0).mul(p));
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        if (p != 2.0) {
            return vjp(input, out, g);
        }
        double[] gd = g.data;
        double[] in = x.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = gd[i] * (in[i] * 2.0);
        }
        return Tensor.leaf(x.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("x ^ p", p == 0.0 ? "0" : "p * x ^ (p - 1)");
    }

    @Override
    public String name() {
        return "pow";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
