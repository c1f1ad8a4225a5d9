package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.List;

/**
 * A worked solution with one planted mistake, for a "find the error" variant: the steps as the solution writes
 * them, its {@code .chain} program (a {@link WorkedProgram}) evaluated, and the mistake in words.
 *
 * <pre>{@code
 * Planted p = variant.planted();
 * p.description();          // "the derivative of tanh is taken as 1 − h1 instead of 1 − h1²"
 * p.wrong(); p.right();     // the step's value, as the solution has it and as it should be
 * }</pre>
 *
 * @param mistake     the mistake and its step
 * @param step        the step's label: {@code δ1 = ∂L/∂z1}
 * @param description what is wrong in it, in words
 * @param steps       the backward pass as the worked solution writes and computes it
 * @param source      the worked solution as a {@code .chain} program
 * @param evaluation  that program evaluated
 * @param wrong       the step's value in it
 * @param right       the step's right value
 */
record Planted(Mistake mistake, String step, String description, List<Step> steps, String source,
               Evaluation evaluation, Tensor wrong, Tensor right) {
    Planted {
        steps = List.copyOf(steps);
    }
}
