package dev.chainrule.demos.exercise;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the backward pass as a hand derivation writes it: the gradient of the loss with respect to the
 * program's name {@code of}, computed from the forward values and the gradients of earlier steps. In
 * {@code formula} and {@code shown}, {@code {u2}} stands for the gradient with respect to {@code u2}; {@link #text}
 * writes it out, as {@code grad(L, u2)} in a check or as the name of a worked program's step.
 *
 * <pre>{@code
 * Step s = new Step("z1", Step.Kind.DELTA, 1, "(W2.T @ {u2}) * (1 - h1 ^ 2)", "(W2.T @ {u2}) * (1 - h1 ^ 2)");
 * s.text(s.formula(), n -> "grad(L, " + n + ")");   // "(W2.T @ grad(L, u2)) * (1 - h1 ^ 2)"
 * }</pre>
 *
 * @param of      the name whose gradient the step computes
 * @param kind    what the name is
 * @param layer   the layer, from 1
 * @param formula the step as computed (with a planted mistake, the wrong computation)
 * @param shown   the step as the worked solution writes it: the formula, except that an arithmetic slip is not in it
 */
record Step(String of, Kind kind, int layer, String formula, String shown) {
    private static final Pattern GRADIENT = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** What the step's name is: a pre-activation (whose gradient is the layer's δ), a weight matrix or a bias. */
    enum Kind { DELTA, WEIGHT, BIAS }

    /** {@code formula} with every {@code {name}} replaced by {@code gradient.apply(name)}. */
    static String text(String formula, Function<String, String> gradient) {
        Matcher m = GRADIENT.matcher(formula);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(gradient.apply(m.group(1))));
        }
        return m.appendTail(sb).toString();
    }
}
