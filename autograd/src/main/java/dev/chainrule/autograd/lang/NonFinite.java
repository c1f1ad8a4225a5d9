package dev.chainrule.autograd.lang;

/**
 * The first step of a program that made a value or a gradient {@code NaN} or infinite out of finite numbers.
 *
 * @param kind    whether a value (forward) or a gradient (backward) became non-finite
 * @param line    the 1-based line of the step
 * @param column  the 1-based column of the step (its operator, or the start of its call)
 * @param step    the step as written, e.g. {@code log(p)}
 * @param message what happened, in words, e.g. {@code log(p) is -Infinity at (0) although its operands are finite}
 */
public record NonFinite(Kind kind, int line, int column, String step, String message) {
    /** Forward or backward. */
    public enum Kind { VALUE, GRADIENT }
}
