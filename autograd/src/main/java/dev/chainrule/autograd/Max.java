package dev.chainrule.autograd;

import java.util.List;

/**
 * The largest element, of all or along an axis ({@code NaN} if any element is {@code NaN}, as NumPy). Rule: the
 * gradient goes to the maximal elements, shared equally among ties (as PyTorch's {@code amax}).
 */
public record Max(Tensor x, Reduction reduction) implements Op {
    @Override
    public Tensor forward() {
        if (x.size() == 0) {
            throw new ShapeException("max: shape " + x.shape + " has no elements to take the maximum of");
        }
        Shape kept = reduction.kept(x.shape);
        return Tensor.node(this, reduction.output(x.shape), Kernels.maxTo(x, kept));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        Shape kept = reduction.kept(x.shape);
        return g.reshape(kept).broadcastTo(x.shape).mul(Kernels.argmaxShare(x, out.reshape(kept)));
    }

    @Override
    public Rule rule() {
        String maxima = "heaviside(x - out, 1)";
        String ties = reduction.axis().isEmpty() ? "sum(" + maxima + ")"
                : "sum(" + maxima + ", axis=" + reduction.axis().getAsInt() + ", keepdims=true)";
        return Rule.elementwise(reduction.notation("max"), maxima + " / " + ties).alignedTo(reduction.kept(x.shape));
    }

    @Override
    public String name() {
        return "max";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
