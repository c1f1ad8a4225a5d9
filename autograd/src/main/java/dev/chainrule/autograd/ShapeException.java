package dev.chainrule.autograd;

/**
 * Thrown when an op is given operands whose shapes it cannot combine. The message names the op and the shapes,
 * for example {@code matmul: (2,3) @ (4,1): inner dimensions 3 and 4 differ}.
 */
public final class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
