package dev.chainrule.autograd;

import java.util.List;

/** Hyperbolic tangent. Rule: {@code g·(1 - tanh²x)}, reusing the output. */
public record Tanh(Tensor x) implements Op {
    @Override
    public Tensor forward() {
        double[] in = x.data;
        double[] out = new double[in.length];
        TanhKernel.tanh(in, out);
        return Tensor.node(this, x.shape, out);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.mul(out.square().rsub(1.0));
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        double[] gd = g.data;
        double[] o = out.data;
        double[] r = new double[gd.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = gd[i] * (1.0 - o[i] * o[i]);
        }
        return Tensor.leaf(x.shape, r);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("tanh(x)", "1 - out ^ 2");
    }

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
