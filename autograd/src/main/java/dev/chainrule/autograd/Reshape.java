package dev.chainrule.autograd;

import java.util.List;

/** The same elements, row-major, in a shape of equal size. Rule: the gradient reshaped back. */
public record Reshape(Tensor x, Shape target) implements Op {
    @Override
    public Tensor forward() {
        if (target.size() != x.size()) {
            throw new ShapeException("reshape: cannot reshape " + x.shape + " (" + x.size() + " elements) into "
                    + target + " (" + target.size() + " elements)");
        }
        return Tensor.node(this, target, x.data);
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.reshape(x.shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Tensor.leaf(x.shape, g.data);
    }

    @Override
    public Rule rule() {
        return Rule.map("reshape(x)", "reshape_as(G, x)");
    }

    @Override
    public String name() {
        return "reshape";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
