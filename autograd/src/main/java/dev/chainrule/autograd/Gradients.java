package dev.chainrule.autograd;

import io.vavr.control.Option;

/**
 * The gradients of one scalar target with respect to every node it depends on — leaves and intermediates alike
 * (the seeds' δ are gradients of intermediates). An immutable value keyed by node identity: two nodes holding
 * equal numbers are different keys. Made by {@link Tensor#grad()} and {@link Tensor#differentiableGrad()}.
 *
 * <pre>{@code
 * Tensor w = Tensor.param("w", 3.0);
 * Tensor L = w.mul(w).sum();
 * Gradients g = L.grad();
 * g.of(w).item();                  // 6.0
 * g.of(Tensor.of(1.0));            // 0.0: L does not depend on that node
 * }</pre>
 */
public final class Gradients {
    private final Tensor target;
    private final NodeIndex index;
    private final Tensor[] byNumber;
    private final int size;

    /** Takes ownership of {@code byNumber} (a gradient, or null, for each node {@code index} numbers). */
    Gradients(Tensor target, NodeIndex index, Tensor[] byNumber) {
        this.target = target;
        this.index = index;
        this.byNumber = byNumber;
        int n = 0;
        for (Tensor g : byNumber) {
            n += g == null ? 0 : 1;
        }
        this.size = n;
    }

    /** The scalar these are the gradients of. */
    public Tensor target() {
        return target;
    }

    /** {@code ∂target/∂node}, with {@code node}'s shape; zeros when the target does not depend on {@code node}. */
    public Tensor of(Tensor node) {
        Tensor g = lookup(node);
        return g != null ? g : Tensor.zeros(node.shape());
    }

    /** {@code ∂target/∂node} if the target depends on {@code node}. */
    public Option<Tensor> get(Tensor node) {
        return Option.of(lookup(node));
    }

    /** True when the target depends on {@code node} (or is it). */
    public boolean contains(Tensor node) {
        return lookup(node) != null;
    }

    /** How many nodes have a gradient. */
    public int size() {
        return size;
    }

    private Tensor lookup(Tensor node) {
        int j = index.of(node);
        return j < 0 ? null : byNumber[j];
    }

    /** Equal when both hold gradients for the same nodes (by identity) with bit-for-bit equal values. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Gradients other) || other.target != target || other.size != size) {
            return false;
        }
        for (int i = 0; i < byNumber.length; i++) {
            if (byNumber[i] != null) {
                Tensor theirs = other.lookup(index.node(i));
                if (theirs == null || !theirs.sameValues(byNumber[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target) * 31 + size;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Gradients of ").append(target.name().orElse("target"))
                .append(" (").append(size).append(" nodes)");
        for (int i = 0; i < byNumber.length; i++) {
            Tensor g = byNumber[i];
            if (g != null) {
                index.node(i).name().ifPresent(n -> sb.append("\n  ∂/∂").append(n).append(" = ")
                        .append(g.toString().replace("\n", "\n    ")));
            }
        }
        return sb.toString();
    }
}
