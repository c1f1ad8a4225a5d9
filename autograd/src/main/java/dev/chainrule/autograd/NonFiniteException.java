package dev.chainrule.autograd;

/**
 * Thrown while {@link Anomaly} detection is on, by the first op (or gradient rule) that made {@code NaN} or
 * {@code ±Infinity} out of finite numbers; the message names the op, the element and where the node was created.
 */
public final class NonFiniteException extends ArithmeticException {
    public NonFiniteException(String message) {
        super(message);
    }
}
