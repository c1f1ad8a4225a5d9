package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.autograd.lang.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A worked solution as a {@code .chain} program that does the backward pass by hand, so that its numbers can be
 * changed: the assignments of a variant's program (its numbers, forward pass and loss), then each step's gradient
 * from the steps before it, named {@code g_NAME}, then every parameter after the step, named {@code NAME_new}. Any
 * of its names can be given another value ({@code replaced}); everything after it follows from that value.
 *
 * <p>It serves twice: a planted mistake is a step written wrongly ({@link Mistakes}), and an answer carried forward
 * is one that follows from a student's own earlier answers put in place of the right ones ({@link Grading}). The
 * steps come from the template ({@link #steps(List)}) or from the program's own checks ({@link #steps(ChainProgram,
 * String)}): {@code check grad(L, z1) == (W2.T @ grad(L, u2)) * (1 - h1 ^ 2)} is the step
 * {@code g_z1 = (W2.T @ g_u2) * (1 - h1 ^ 2)}.
 *
 * <pre>{@code
 * ChainProgram p = ChainProgram.parse(source);
 * Evaluation e = p.evaluate();
 * String worked = WorkedProgram.text(p, e, WorkedProgram.steps(p, "L"), 0.1, Map.of("h1", studentsH1));
 * ChainProgram.parse(worked).evaluate("L").binding("W1_new");   // W1 after the step, from the student's h1
 * }</pre>
 */
final class WorkedProgram {
    /**
     * A step of the worked program.
     *
     * @param name    the name it assigns: {@code g_NAME}
     * @param formula its expression, in the program's names and earlier steps' names
     */
    record Line(String name, String formula) {
    }

    private WorkedProgram() {
    }

    /** The name of the step that computes ∂target/∂{@code name}. */
    static String gradient(String name) {
        return "g_" + name;
    }

    /** The name of parameter {@code name} after the step. */
    static String updated(String name) {
        return name + "_new";
    }

    /** The worked program's name for a key's answer of {@code kind} about {@code name}. */
    static String nameOf(Asked.Kind kind, String name) {
        return switch (kind) {
            case VALUE -> name;
            case GRAD -> gradient(name);
            case UPDATED -> updated(name);
        };
    }

    /** A template's steps as lines. */
    static List<Line> steps(List<Step> steps) {
        return steps.stream().map(s -> new Line(gradient(s.of()), Step.text(s.formula(), WorkedProgram::gradient)))
                .toList();
    }

    /** The steps {@code program}'s checks state: each {@code check grad(target, NAME) == F}, the first for a name. */
    static List<Line> steps(ChainProgram program, String target) {
        Pattern gradOfTarget = Pattern.compile("grad\\(" + Pattern.quote(target) + ", ([A-Za-z_][A-Za-z0-9_]*)\\)");
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Check c && c.tolerance() == null && c.left() instanceof Expr.Call call
                    && call.function().equals("grad") && call.args().size() == 2 && call.keywords().isEmpty()
                    && call.args().get(0) instanceof Expr.Name t && t.name().equals(target)
                    && call.args().get(1) instanceof Expr.Name n && seen.add(n.name())) {
                Matcher m = gradOfTarget.matcher(ExprText.of(c.right()));
                lines.add(new Line(gradient(n.name()), m.replaceAll(r -> gradient(r.group(1)))));
            }
        }
        return lines;
    }

    /**
     * The worked program's text: {@code program}'s assignments, the {@code steps}, a step with the exact gradient for
     * any parameter they leave out, and every parameter after the step with learning rate {@code lr}; each name of
     * {@code replaced} assigned its tensor instead of its expression.
     *
     * @param evaluation {@code program} evaluated: its parameters and their gradients
     */
    static String text(ChainProgram program, Evaluation evaluation, List<Line> steps, double lr,
                       Map<String, Tensor> replaced) {
        StringBuilder sb = new StringBuilder();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Assign a) {
                Tensor given = replaced.get(a.name());
                String value = given != null ? literal(given) : ExprText.of(a.value());
                sb.append(a.param() ? "param " : "").append(a.name()).append(" = ").append(value).append('\n');
            }
        }
        Set<String> stepped = new HashSet<>();
        for (Line l : steps) {
            stepped.add(l.name());
            assign(sb, l.name(), l.formula(), replaced);
        }
        String eta = lr < 0 ? "(" + ExprText.plain(lr) + ")" : ExprText.plain(lr);
        for (Binding b : evaluation.bindings()) {
            if (b.param()) {
                String g = gradient(b.name());
                if (!stepped.contains(g)) {
                    assign(sb, g, literal(evaluation.gradient(b)), replaced);
                }
                assign(sb, updated(b.name()), b.name() + " - " + eta + " * " + g, replaced);
            }
        }
        return sb.toString();
    }

    /** The worked program evaluated, differentiating {@code target}. */
    static Evaluation evaluate(String text, String target) {
        return ChainProgram.parse(text).evaluate(target);
    }

    private static void assign(StringBuilder sb, String name, String formula, Map<String, Tensor> replaced) {
        sb.append(name).append(" = ").append(replaced.containsKey(name) ? literal(replaced.get(name)) : formula)
                .append('\n');
    }

    /**
     * A tensor as a {@code .chain} literal that reads back to the same numbers: {@code -0.5}, {@code [1, 2]},
     * {@code [[0.25], [-1.5E-4]]}.
     *
     * @throws IllegalArgumentException for NaN or an infinity, which the language cannot write
     */
    static String literal(Tensor t) {
        return TensorText.nested(t, WorkedProgram::number);
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a .chain literal cannot hold " + v);
        }
        return ExprText.plain(v);
    }
}
