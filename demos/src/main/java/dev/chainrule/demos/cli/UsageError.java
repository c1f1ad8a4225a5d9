package dev.chainrule.demos.cli;

/**
 * A bad argument noticed after parsing (a value out of range, a file that is not what it should be): reported like a
 * parse error, {@code chainrule CMD: message}, exit status 2.
 */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }
}
