package dev.chainrule.autograd;

import java.util.List;

/** Repeats {@code x} to {@code target} by NumPy's broadcasting rules. Rule: the gradient summed back to {@code x}'s shape. */
public record BroadcastTo(Tensor x, Shape target) implements Op {
    @Override
    public Tensor forward() {
        if (x.rank() > target.rank() || !Shape.broadcast("broadcast_to", x.shape, target).equals(target)) {
            throw new ShapeException("broadcast_to: cannot broadcast " + x.shape + " to " + target);
        }
        // Kernels.binary, not Kernels.add: add's same-shape shortcut would make a scalar's one element the whole
        // result when x and ZERO are both scalars but the target is not.
        return Tensor.node(this, target, Kernels.binary(target, x, Kernels.ZERO, Double::sum));
    }

    @Override
    public List<Tensor> vjp(Tensor out, Tensor g) {
        return List.of(g.sumTo(x.shape));
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
