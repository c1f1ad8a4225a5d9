package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Tensor;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evaluated {@code .chain} program: every named value in program order, the target and the gradients of it,
 * the checks' verdicts, the first step (if any) that made a NaN or an infinity, and on request the parameters after
 * one step of gradient descent and the local derivative of every step.
 *
 * <pre>{@code
 * Evaluation e = ChainProgram.parse(source).evaluate();
 * for (Binding b : e.bindings()) {
 *     System.out.println(b.name() + " = " + b.value() + ", ∂L/∂" + b.name() + " = " + e.gradient(b));
 * }
 * e.updated(0.1);                     // θ - 0.1 ∂L/∂θ for every param
 * e.passed();                         // every check holds and every number is finite
 * }</pre>
 *
 * <p>An immutable value.
 */
public final class Evaluation {
    private final List<Binding> bindings;
    private final Binding target;
    private final Gradients gradients;
    private final List<CheckResult> checks;
    private final Map<Expr, Tensor> values;
    private final NonFinite nonFinite;
    private final Map<String, Binding> byName = new HashMap<>();

    Evaluation(List<Binding> bindings, Binding target, Gradients gradients, List<CheckResult> checks,
               IdentityHashMap<Expr, Tensor> values, NonFinite nonFinite) {
        this.bindings = List.copyOf(bindings);
        this.target = target;
        this.gradients = gradients;
        this.checks = List.copyOf(checks);
        this.values = Collections.unmodifiableMap(values);
        this.nonFinite = nonFinite;
        this.bindings.forEach(b -> byName.put(b.name(), b));
    }

    /** The named values, in program order. */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The value called {@code name}, if the program assigns it. */
    public Optional<Binding> binding(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The value differentiated: the last assigned, or the one chosen. */
    public Binding target() {
        return target;
    }

    /** The gradients of the target. */
    public Gradients gradients() {
        return gradients;
    }

    /** {@code ∂target/∂name}, with the shape of {@code name}'s value (zeros when the target does not depend on it). */
    public Tensor gradient(Binding b) {
        return gradients.of(b.value());
    }

    /** Each check's verdict, in program order. */
    public List<CheckResult> checks() {
        return checks;
    }

    /** True when every check passed (and when there are none). */
    public boolean allChecksPassed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /** The first step that made a value or a gradient NaN or infinite out of finite numbers, if any. */
    public Optional<NonFinite> nonFinite() {
        return Optional.ofNullable(nonFinite);
    }

    /** True when every check passed and every value and gradient is finite. */
    public boolean passed() {
        return nonFinite == null && allChecksPassed();
    }

    /**
     * Every parameter after one step of gradient descent, {@code θ - η ∂target/∂θ} ({@link Functional#sgdStep}),
     * by name in program order.
     *
     * @throws IllegalArgumentException if {@code learningRate} is not a finite number
     */
    public Map<String, Tensor> updated(double learningRate) {
        if (!Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number, got " + learningRate);
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Binding b : bindings) {
            if (b.param()) {
                out.put(b.name(), Functional.sgdStep(b.value(), gradient(b), learningRate));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The value computed for {@code expr}, a node of one of this program's statements (compared by identity), as
     * the program computed it; empty for an expression of another program or one not evaluated (a call's constant
     * arguments are evaluated, a check after an error is not).
     */
    public Optional<Tensor> value(Expr expr) {
        return Optional.ofNullable(values.get(expr));
    }

    /**
     * The local derivatives of the step that made {@code b}: for every operation of its expression, the derivative
     * of the operation with respect to each operand, stated by the op's own rule (see {@link LocalDerivative}).
     * Empty for a value written as a number, a matrix or a builder.
     */
    public List<LocalDerivative> localDerivatives(Binding b) {
        return DeepStack.run(() -> LocalDerivatives.of(b, this));
    }
}
