package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Anomaly;
import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.NonFiniteException;
import dev.chainrule.autograd.Tensor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code .chain} program: a model written as expressions, with the claims of a hand derivation. A library:
 * the {@code chainrule grad} command, a web page or a test call it alike, and its errors speak of the program
 * (line, column, names).
 *
 * <pre>{@code
 * ChainProgram p = ChainProgram.parse("""
 *     param w = [[0.5, -0.3]]
 *     h = [[0.2], [0.7]]
 *     L = sum(tanh(w @ h))
 *     check grad(L, w) == (1 - tanh(w @ h) ^ 2) @ h.T
 *     """);
 * Evaluation e = p.evaluate();     // differentiates L, the last assigned name
 * e.allChecksPassed();             // true
 * e.updated(0.1).get("w");         // w - 0.1 ∂L/∂w
 * p.evaluate("h");                 // a ChainException: h is not a scalar
 * }</pre>
 *
 * <p>Errors in the program are {@link ChainException}s carrying a line and column. Deeply nested expressions
 * (10,000 parentheses) are fine: work that overflows the caller's stack is run again on a thread with a large one.
 */
public final class ChainProgram {
    private final List<Statement> statements;
    private final Limits limits;

    private ChainProgram(List<Statement> statements, Limits limits) {
        this.statements = List.copyOf(statements);
        this.limits = limits;
    }

    /** Parses {@code source} within the {@link Limits#DEFAULT default limits}; throws {@link ChainException} at the first error. */
    public static ChainProgram parse(String source) {
        return parse(source, Limits.DEFAULT);
    }

    /** Parses {@code source}, which is then evaluated within {@code limits}; throws {@link ChainException} at the first error. */
    public static ChainProgram parse(String source, Limits limits) {
        return DeepStack.run(() -> new ChainProgram(Parser.parse(source, limits), limits));
    }

    /** The limits its evaluation keeps to. */
    public Limits limits() {
        return limits;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** Runs the program and differentiates its last assigned name. */
    public Evaluation evaluate() {
        return evaluate(null);
    }

    /**
     * Runs the program and differentiates the value called {@code target} (the last assigned name when null).
     *
     * <p>Interrupting the thread that evaluates stops the evaluation at its next step with a {@link ChainException}
     * (a server with a deadline does so); the interrupt stays set.
     *
     * @throws ChainException for an error in the program (unknown name, shape mismatch, ...), a target the program
     *                        does not assign or that is not a scalar ({@link ChainException#isAboutTarget()})
     */
    public Evaluation evaluate(String target) {
        return DeepStack.run(() -> {
            Evaluator ev = Evaluator.forProgram(statements, limits);
            ev.run(statements);
            List<Binding> bindings = new ArrayList<>(ev.bindings().values());
            if (bindings.isEmpty()) {
                throw new ChainException(1, 1, "empty program: nothing is assigned, so there is nothing to differentiate"
                        + " (write e.g. 'x = 2' and 'L = x ^ 2')");
            }
            Binding chosen = target == null ? bindings.get(bindings.size() - 1) : find(ev, target);
            Tensor value = chosen.value();
            if (value.size() != 1) {
                Statement.Assign a = chosen.statement();
                throw ChainException.aboutTarget(a.line(), a.column(), "the target '" + chosen.name() + "' has shape "
                        + value.shape() + " but gradients are of a scalar: add a line such as 'L = sum(" + chosen.name()
                        + ")' or differentiate another value");
            }
            Gradients gradients = value.grad();
            NonFinite nonFinite = ev.nonFinite() != null ? ev.nonFinite() : firstNonFiniteGradient(ev, bindings, chosen, gradients);
            return new Evaluation(bindings, chosen, gradients, ev.checks(), ev.values(), nonFinite);
        });
    }

    private static Binding find(Evaluator ev, String name) {
        Binding b = ev.bindings().get(name);
        if (b == null) {
            throw ChainException.aboutTarget(0, 0, "the program assigns no '" + name + "' to differentiate"
                    + Names.suggestion(name, ev.bindings().keySet()));
        }
        return b;
    }

    /**
     * When the values are finite but a gradient is not, the step whose rule made it: found by running the backward
     * pass once more under {@link Anomaly} detection (only then, as it costs a stack walk per node).
     */
    private static NonFinite firstNonFiniteGradient(Evaluator ev, List<Binding> bindings, Binding target,
                                                    Gradients gradients) {
        if (bindings.stream().allMatch(b -> NonFinites.first(gradients.of(b.value())) < 0)) {
            return null;
        }
        try (var scope = Anomaly.detect()) {
            target.value().grad();
        } catch (NonFiniteException e) {
            Expr step = e.node().map(node -> stepOf(node, target.value(), ev.values())).orElse(null);
            if (step != null) {
                String text = ExprText.of(step, ExprText.SHORT);
                String rule = "the gradient rule of " + e.node().orElseThrow().op().name();
                String message = e.getMessage().startsWith(rule)
                        ? "the gradient rule of " + text + e.getMessage().substring(rule.length())
                        : "going back through " + text + ": " + e.getMessage();
                return new NonFinite(NonFinite.Kind.GRADIENT, step.line(), step.column(), text, message);
            }
        }
        Binding first = bindings.stream().filter(b -> NonFinites.first(gradients.of(b.value())) >= 0).findFirst().orElseThrow();
        Tensor g = gradients.of(first.value());
        Statement.Assign a = first.statement();
        return new NonFinite(NonFinite.Kind.GRADIENT, a.line(), a.column(), first.name(), "∂" + target.name() + "/∂"
                + first.name() + " is " + NonFinites.describe(g, NonFinites.first(g)));
    }

    /** The smallest expression of the program whose value is {@code node} or, for a node inside a composition, uses it. */
    private static Expr stepOf(Tensor node, Tensor target, IdentityHashMap<Expr, Tensor> values) {
        IdentityHashMap<Tensor, Expr> exprOf = new IdentityHashMap<>();
        for (Map.Entry<Expr, Tensor> e : values.entrySet()) {
            if (!(e.getKey() instanceof Expr.Name)) {
                exprOf.putIfAbsent(e.getValue(), e.getKey());
            }
        }
        IdentityHashMap<Tensor, Tensor> consumer = new IdentityHashMap<>();
        for (Tensor t : target.graph()) {
            t.inputs().forEach(in -> consumer.putIfAbsent(in, t));
        }
        for (Tensor t = node; t != null; t = consumer.get(t)) {
            Expr e = exprOf.get(t);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
