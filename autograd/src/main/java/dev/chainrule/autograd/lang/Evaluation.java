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
 * <p>An immutable value; {@link #valueOf} re-evaluates parts of the program's expressions over its names.
 */
public final class Evaluation {
    private final List<Binding> bindings;
    private final Binding target;
    private final Gradients gradients;
    private final List<CheckResult> checks;
    private final OptionalDouble learningRate;
    private final Map<String, Binding> byName = new java.util.HashMap<>();

    Evaluation(List<Binding> bindings, Binding target, Gradients gradients, List<CheckResult> checks,
               OptionalDouble learningRate) {
        this.bindings = List.copyOf(bindings);
        this.target = target;
        this.gradients = gradients;
        this.checks = List.copyOf(checks);
        this.learningRate = learningRate;
        this.bindings.forEach(b -> byName.put(b.name(), b));
    }

    /** The named values, in program order. */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The value differentiated: the last assigned, or the one chosen. */
    public Binding target() {
        return target;
    }

    /** The gradients of the target. */
    public Gradients gradients() {
        return gradients;
    }

    /** Each check's verdict, in program order. */
    public List<CheckResult> checks() {
        return checks;
    }

    /** η for {@link #updated()}, if given. */
    public OptionalDouble learningRate() {
        return learningRate;
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
        return ChainProgram.onDeepStack(() -> Evaluator.over(byName).eval(expr));
    }

    /** True when every check passed (and when there are none). */
    public boolean allChecksPassed() {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
