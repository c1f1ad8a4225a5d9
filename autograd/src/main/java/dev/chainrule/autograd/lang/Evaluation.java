package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An evaluated {@code .chain} program: every named value in program order, the target and the gradients of it,
 * the checks' verdicts and, given a learning rate, the updated parameters.
 *
 * @param bindings     the named values, in program order
 * @param target       the value differentiated: the last assigned, or the one chosen
 * @param gradients    the gradients of the target
 * @param checks       each check's verdict, in program order
 * @param learningRate η for {@link #updated()}, if given
 */
public record Evaluation(List<Binding> bindings, Binding target, Gradients gradients, List<CheckResult> checks,
                         OptionalDouble learningRate) {

    public Evaluation {
        bindings = List.copyOf(bindings);
        checks = List.copyOf(checks);
    }

    /** {@code ∂target/∂name}, with the shape of {@code name}'s value (zeros when the target does not depend on it). */
    public Tensor gradient(Binding b) {
        return gradients.of(b.value());
    }

    /** {@code θ - η ∂target/∂θ} for every parameter, in program order; empty without a learning rate. */
    public Map<String, Tensor> updated() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        if (learningRate.isPresent()) {
            for (Binding b : bindings) {
                if (b.param()) {
                    out.put(b.name(), b.value().sub(gradient(b).mul(learningRate.getAsDouble())).detach());
                }
            }
        }
        return out;
    }

    /**
     * The value of {@code expr} — typically a part of one of the program's expressions — over the program's names,
     * as when it was evaluated. Used to show the numbers of local derivatives.
     */
    public Tensor valueOf(Expr expr) {
        // On a large stack, as the program was evaluated: expressions may be nested 10,000 deep.
        return ChainProgram.onDeepStack(() -> Evaluator.over(bindings).eval(expr));
    }

    /** True when every check passed (and when there are none). */
    public boolean allChecksPassed() {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
