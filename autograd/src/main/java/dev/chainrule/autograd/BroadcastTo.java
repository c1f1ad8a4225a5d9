package dev.chainrule.autograd;

import java.util.List;

/** Repeats {@code x} to {@code target} by NumPy's broadcasting rules. Rule: the gradient summed back to {@code x}'s shape. */
public record BroadcastTo(Tensor x, Shape target) implements Op {
    @Override
    public Tensor forward() {
        if (x.rank() > target.rank() || !Shape.broadcast("broadcast_to", x.shape, target).equals(target)) {
            throw new ShapeException("broadcast_to: cannot broadcast " + x.shape + " to " + target);
        }
        return Tensor.node(this, target, Kernels.broadcastTo(target, x));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.sumTo(x.shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Kernels.sumToValue(g, x.shape);
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("broadcast_to(x)", "1");
    }

    @Override
    public String name() {
        return "broadcast_to";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
