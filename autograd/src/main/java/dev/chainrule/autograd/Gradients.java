package dev.chainrule.autograd;

import io.vavr.control.Option;
import java.util.IdentityHashMap;
import java.util.Map;

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
    private final IdentityHashMap<Tensor, Tensor> byNode;

    /** Takes ownership of {@code byNode}, which nobody changes afterwards. */
    Gradients(Tensor target, IdentityHashMap<Tensor, Tensor> byNode) {
        this.target = target;
        this.byNode = byNode;
    }

    /** The scalar these are the gradients of. */
    public Tensor target() {
        return target;
    }

    /** {@code ∂target/∂node}, with {@code node}'s shape; zeros when the target does not depend on {@code node}. */
    public Tensor of(Tensor node) {
        Tensor g = byNode.get(node);
        return g != null ? g : Tensor.zeros(node.shape());
    }

    /** {@code ∂target/∂node} if the target depends on {@code node}. */
    public Option<Tensor> get(Tensor node) {
        return Option.of(byNode.get(node));
    }

    /** True when the target depends on {@code node} (or is it). */
    public boolean contains(Tensor node) {
        return byNode.containsKey(node);
    }

    /** How many nodes have a gradient. */
    public int size() {
        return byNode.size();
    }

    /** Equal when both hold gradients for the same nodes (by identity) with bit-for-bit equal values. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Gradients other) || other.target != target || other.byNode.size() != byNode.size()) {
            return false;
        }
        for (Map.Entry<Tensor, Tensor> e : byNode.entrySet()) {
            Tensor theirs = other.byNode.get(e.getKey());
            if (theirs == null || !theirs.sameValues(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target) * 31 + byNode.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Gradients of ").append(target.name().orElse("target"))
                .append(" (").append(byNode.size()).append(" nodes)");
        byNode.forEach((node, g) -> node.name().ifPresent(n -> sb.append("\n  ∂/∂").append(n).append(" = ")
                .append(g.toString().replace("\n", "\n    "))));
        return sb.toString();
    }
}
