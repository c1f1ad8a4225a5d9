package dev.chainrule.autograd;

import java.util.List;

/**
 * The human-readable form of an op and of its derivative rule, written once beside the op's {@link Op#vjp} in the
 * op's own record. Transcripts, documents and web pages print a local derivative from here, never from a copy.
 *
 * <p>Formulas are written in the expression syntax of the {@code .chain} language, so that they can be rendered as
 * text or LaTeX and also evaluated (a test evaluates every op's formula and compares it with its {@code vjp}). In a
 * formula the op's operands and constants go by the names of the record's components ({@code x}, {@code a},
 * {@code b}, {@code p}, {@code slope}, {@code lo}, {@code hi}, {@code axis}), its result is {@code out} and the
 * gradient arriving at the result is {@code G} (for a reduction, with the reduced axes kept as length 1). Besides
 * the language's functions, formulas may use {@code sign(x)}, {@code heaviside(x, h0)} (NumPy's: 0 below zero,
 * {@code h0} at zero, 1 above), {@code reshape_as(G, x)} and {@code sum_to(G, x)} ({@code G} summed back to
 * {@code x}'s shape, the inverse of broadcasting).
 *
 * <pre>{@code
 * Rule r = new Tanh(Tensor.of(0.5)).rule();
 * r.notation();          // "tanh(x)"
 * r.form();              // ELEMENTWISE
 * r.derivatives();       // ["1 - out ^ 2"]: ∂out/∂x, element by element
 * }</pre>
 *
 * @param notation    how the op is written, e.g. {@code a @ b} or {@code tanh(x)}
 * @param form        what the formulas state
 * @param derivatives one formula per input of the op, in the order of {@link Op#inputs()}
 * @param aligned     the shape in which the formulas read {@code out} and {@code G}: for a reduction, its result
 *                    with the reduced axes kept (so that they broadcast against the input); null for the result's
 *                    own shape
 */
public record Rule(String notation, Form form, List<String> derivatives, Shape aligned) {
    /** What a rule's formulas state. */
    public enum Form {
        /**
         * The local derivative ∂out/∂input, element by element: the gradient of the input is {@code G ⊙ formula},
         * summed back over the axes along which the input was broadcast (or reduced).
         */
        ELEMENTWISE,
        /** The gradient of the input itself, a linear map of {@code G}, e.g. {@code G @ b.T} for {@code a @ b}. */
        MAP
    }

    public Rule {
        if (notation == null || form == null || derivatives == null) {
            throw new IllegalArgumentException("rule: notation, form and derivatives must not be null");
        }
        derivatives = List.copyOf(derivatives);
    }

    /** A rule stating ∂out/∂input element by element, one formula per input. */
    public static Rule elementwise(String notation, String... derivatives) {
        return new Rule(notation, Form.ELEMENTWISE, List.of(derivatives), null);
    }

    /** A rule stating each input's gradient as a map of {@code G}, one formula per input. */
    public static Rule map(String notation, String... gradients) {
        return new Rule(notation, Form.MAP, List.of(gradients), null);
    }

    /** This rule, reading {@code out} and {@code G} in {@code shape} (a reduction's result with its axes kept). */
    public Rule alignedTo(Shape shape) {
        return new Rule(notation, form, derivatives, shape);
    }

    /** The formula for input {@code input}. */
    public String derivative(int input) {
        return derivatives.get(input);
    }
}
