package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a variant's numbers ones a person can work with by hand. Besides the ranges its numbers are drawn from
 * ({@link Ranges}: inputs and weights with one or two decimals, weights never 0), a variant keeps these rules, with
 * {@code d} the template's decimals:
 * <ol>
 *   <li><b>No saturated unit.</b> Every tanh and sigmoid unit works where its slope is at least
 *       {@value #MIN_SLOPE} (1 − tanh² or σ(1 − σ) at its output: |z| ≤ 1.8 for tanh, ≤ 2.0 for σ); every softmax
 *       probability is at least {@value #MIN_PROBABILITY}.</li>
 *   <li><b>No vanishing δ.</b> Every element of every layer's δ (the loss's gradient with respect to its
 *       pre-activation) is at least 10 units of the last decimal, 10<sup>1−d</sup>, in magnitude: never exactly zero,
 *       and printed with two significant digits at least.</li>
 *   <li><b>No tie for the predicted class.</b> With more than one output unit, the largest output of each example
 *       exceeds the second largest by at least {@value #MIN_GAP}.</li>
 *   <li><b>Every answer is unambiguous at its rounding digit.</b> Every element of every asked quantity is 0 or at
 *       least 10<sup>1−d</sup> in magnitude, and lies at least {@value #ROUNDING_MARGIN} of a unit of the last
 *       decimal away from a rounding boundary (…5 in the next digit): carried with two more decimals than asked, it
 *       rounds to the key's digits.</li>
 * </ol>
 * {@link Variants} draws again until a variant keeps all four; the tests check them on 1,000 variants per template.
 *
 * <pre>{@code
 * NumberRules.broken(template, evaluation, key.answers());   // Optional.empty(), or "h1 saturated: ..."
 * }</pre>
 */
final class NumberRules {
    /** The least slope of a tanh or sigmoid unit. */
    static final double MIN_SLOPE = 0.1;
    /** The least probability of a softmax output. */
    static final double MIN_PROBABILITY = 0.05;
    /** The least gap between the largest and the second largest output of an example. */
    static final double MIN_GAP = 0.01;
    /** The least distance from a rounding boundary, in units of the last decimal. */
    static final double ROUNDING_MARGIN = 0.02;

    private NumberRules() {
    }

    /** The first rule that {@code e}, a variant of {@code t} with {@code answers}, breaks, in words; else empty. */
    static Optional<String> broken(Template t, Evaluation e, List<Key.Answer> answers) {
        Network n = t.network();
        double least = Math.pow(10, 1 - t.decimals());
        for (int l = 1; l <= n.layers(); l++) {
            Activation a = n.activation(l);
            double floor = a == Activation.SOFTMAX ? MIN_PROBABILITY : MIN_SLOPE;
            for (double out : values(e, n.act(l))) {
                if (a.slope(out) < floor) {
                    return Optional.of(n.act(l) + " saturated: a unit's output is " + out);
                }
            }
            for (double delta : gradients(e, n.pre(l))) {
                if (Math.abs(delta) < least) {
                    return Optional.of("δ" + l + " = ∂" + t.loss() + "/∂" + n.pre(l) + " has an element " + delta);
                }
            }
        }
        int units = n.units(n.layers());
        if (units > 1) {
            Tensor out = binding(e, n.act(n.layers())).value();
            for (int j = 0; j < n.batch(); j++) {
                double first = Double.NEGATIVE_INFINITY;
                double second = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < units; i++) {
                    double v = out.get(i, j);
                    second = v > first ? first : Math.max(second, v);
                    first = Math.max(first, v);
                }
                if (first - second < MIN_GAP) {
                    return Optional.of("a tie for the predicted class of example " + (j + 1));
                }
            }
        }
        for (Key.Answer a : answers) {
            for (double v : a.value().toArray()) {
                if (v != 0 && Math.abs(v) < least) {
                    return Optional.of(a.id() + " has an element " + v + ", too small for " + t.decimals()
                            + " decimals");
                }
                if (!unambiguous(v, t.decimals())) {
                    return Optional.of(a.id() + " has an element " + v + " at a rounding boundary");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code v} rounds to {@code decimals} decimals with {@link #ROUNDING_MARGIN} to spare. */
    static boolean unambiguous(double v, int decimals) {
        double scaled = Math.abs(v) * Math.pow(10, decimals);
        double fraction = scaled - Math.floor(scaled);
        return Math.abs(fraction - 0.5) >= ROUNDING_MARGIN;
    }

    /** {@code v} rounded to {@code decimals} decimals as a person writes it: {@code -0.1095}, never {@code -0.0000}. */
    static String rounded(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    private static double[] values(Evaluation e, String name) {
        return binding(e, name).value().toArray();
    }

    private static double[] gradients(Evaluation e, String name) {
        return e.gradient(binding(e, name)).toArray();
    }

    private static Binding binding(Evaluation e, String name) {
        return e.binding(name).orElseThrow(() -> new IllegalStateException("the program has no " + name));
    }
}
