package dev.chainrule.autograd;

import java.util.List;

/**
 * Sums {@code x} down to {@code target}, a shape that broadcasts to {@code x}'s: the reverse of
 * {@link BroadcastTo}, and how gradients of broadcast operands return to their shape. Rule: the gradient broadcast back.
 */
public record SumTo(Tensor x, Shape target) implements Op {
    @Override
    public Tensor forward() {
        if (target.rank() > x.rank() || !Shape.broadcast("sum_to", target, x.shape).equals(x.shape)) {
            throw new ShapeException("sum_to: cannot sum " + x.shape + " down to " + target);
        }
        return Tensor.node(this, target, Kernels.sumTo(x, target));
    }

    @Override
    public Tensor vjp(int input, Tensor out, Tensor g) {
        return g.broadcastTo(x.shape);
    }

    @Override
    public Tensor vjpValue(int input, Tensor out, Tensor g) {
        return Tensor.leaf(x.shape, Kernels.broadcastTo(x.shape, g));
    }

    @Override
    public Rule rule() {
        return Rule.elementwise("sum_to(x)", "1");
    }

    @Override
    public String name() {
        return "sum_to";
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(x);
    }
}
