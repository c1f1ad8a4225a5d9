package dev.chainrule.autograd;

import java.util.Optional;

/**
 * Thrown while {@link Anomaly} detection is on, by the first op (or gradient rule) that made {@code NaN} or
 * {@code ±Infinity} out of finite numbers; the message names the op, the element and where the node was created,
 * and {@link #node()} is that node (for a rule, the node whose op's rule it was).
 */
public final class NonFiniteException extends ArithmeticException {
    private final transient Tensor node;

    public NonFiniteException(String message) {
        this(message, null);
    }

    public NonFiniteException(String message, Tensor node) {
        super(message);
        this.node = node;
    }

    /** The node whose op (or whose op's gradient rule) produced the non-finite number, when known. */
    public Optional<Tensor> node() {
        return Optional.ofNullable(node);
    }
}
