package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What every format of {@code chainrule grad} presents: the evaluated program, where it came from, the learning
 * rate of {@code --lr} (if given) and the decimals of {@code --precision}.
 *
 * @param file         the program's file name as the user gave it, or {@code <stdin>}
 * @param source       the program's text
 * @param evaluation   the evaluated program
 * @param learningRate η for the update, if given
 * @param precision    decimals shown by the text-like formats
 * @param full         show large values and long steps in full, rather than summarised
 */
record Derivation(String file, String source, Evaluation evaluation, OptionalDouble learningRate, int precision,
                  boolean full) {
    /** The local derivatives shown per value unless in full: beyond, one line says how many more there are. */
    static final int STEPS_SHOWN = 40;

    /** The parameters after one step with η, by name in program order; empty without a learning rate. */
    Map<String, Tensor> updated() {
        return learningRate.isPresent() ? evaluation.updated(learningRate.getAsDouble()) : Map.of();
    }
}
