package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.Statement;
import dev.chainrule.demos.grad.Transcript;
import java.util.ArrayList;
import java.util.List;

/**
 * The question sheet of a variant, {@code exercise.md} or {@code exercise.tex}: the network as equations, its
 * numbers, what to compute and to how many decimals, and how to write the answers for {@code chainrule grade}. For a
 * "find the error" variant, the worked solution with its planted mistake instead, and the questions after it.
 *
 * <pre>{@code
 * String sheet = ExerciseSheet.render(variant, Markup.of("markdown"));
 * }</pre>
 */
final class ExerciseSheet {
    private final Variant v;
    private final Template t;
    private final Markup m;
    private final StringBuilder out = new StringBuilder();

    private ExerciseSheet(Variant v, Markup m) {
        this.v = v;
        this.t = v.template();
        this.m = m;
    }

    static String render(Variant v, Markup m) {
        return new ExerciseSheet(v, m).build();
    }

    private String build() {
        out.append(m.begin("Exercise " + t.name() + ", variant " + v.key().variant()));
        out.append(m.paragraph(m.text(t.source() + ": a " + t.summary() + ". ")
                + m.text(t.network().batch() > 1 ? "The examples of the batch are the columns of "
                        : "The input is the column ") + m.math(Transcript.texName(t.network().act(0)))
                + m.text(", and its target is ") + m.math(Transcript.texName(t.network().names().target()))
                + m.text(".")));
        out.append(m.heading("The network"));
        for (Binding b : v.evaluation().bindings()) {
            if (!given(b)) {
                out.append(m.display(Transcript.texName(b.name()) + " = " + Transcript.tex(b.statement().value())));
            }
        }
        out.append(m.heading("The numbers"));
        for (Binding b : v.evaluation().bindings()) {
            if (given(b)) {
                out.append(m.display(Transcript.texName(b.name()) + " = " + Transcript.tex(b.statement().value())));
            }
        }
        out.append(m.paragraph(m.text("The learning rate is ") + m.math("\\eta = " + v.key().eta())
                + m.text(": one step ")
                + m.math("\\theta \\leftarrow \\theta - \\eta \\, \\partial " + Transcript.texName(t.loss())
                        + " / \\partial \\theta") + m.text(" for every parameter.")));
        if (v.planted() != null) {
            workedSolution();
            out.append(m.heading("What to do"));
            out.append(m.numbered(List.of(m.text("Find the step with the mistake, and say what is wrong in it."),
                    m.text("Give the right values of these, to " + t.decimals() + " decimals:"))));
        } else {
            out.append(m.heading("What to compute"));
            out.append(m.paragraph(m.text("Give each of these to " + t.decimals() + " decimals:")));
        }
        out.append(answers());
        out.append(m.paragraph(m.text("Round the last decimal, and carry at least " + (t.decimals() + 2)
                + " decimals in between. An answer is right when it is within half a unit of its last decimal ("
                + "±" + NumberRules.rounded(v.key().tolerance(), t.decimals() + 1) + ") of the exact value; an"
                + " answer that follows correctly from your own earlier wrong answer is"
                + " marked as carried forward.")));
        out.append(m.heading("Your answers"));
        out.append(m.paragraph(m.text("A text file with one answer a line, by its id; a matrix as a list of its rows, a"
                + " number as it is; # starts a comment. For example:")));
        out.append(m.block(example()));
        return out.append(m.end()).toString();
    }

    /** The worked solution with the planted mistake: the forward pass, each step of the backward pass, the update. */
    private void workedSolution() {
        Planted p = v.planted();
        out.append(m.heading("A worked solution"));
        out.append(m.paragraph(m.text("Here is a worked solution of the step. One of its steps has a mistake.")));
        for (Binding b : v.evaluation().bindings()) {
            if (!given(b)) {
                out.append(m.display(Transcript.texName(b.name()) + " = " + Transcript.tex(b.statement().value())
                        + " = " + Transcript.tex(b.value(), t.decimals())));
            }
        }
        List<Expr> shown = shown(v.program(), p.steps(), t);
        for (int i = 0; i < p.steps().size(); i++) {
            Step s = p.steps().get(i);
            Tensor value = p.evaluation().binding(WorkedProgram.gradient(s.of())).orElseThrow().value();
            out.append(m.display(label(s) + " = " + Transcript.tex(shown.get(i)) + " = "
                    + Transcript.tex(value, t.decimals())));
        }
        int k = p.steps().size();
        for (Binding b : v.evaluation().bindings()) {
            if (b.param()) {
                Tensor value = p.evaluation().binding(WorkedProgram.updated(b.name())).orElseThrow().value();
                out.append(m.display(Transcript.texName(b.name()) + "^{\\text{new}} = " + Transcript.tex(shown.get(k++))
                        + " = " + Transcript.tex(value, t.decimals())));
            }
        }
    }

    /** The table of the answers asked: id, quantity, shape. */
    private String answers() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.asked().size(); i++) {
            Key.Answer a = v.key().answers().get(i);
            rows.add(List.of(m.code(a.id()), m.math(t.asked().get(i).tex(t.loss())), shape(a.value())));
        }
        return m.table(List.of(m.text("id"), m.text("quantity"), m.text("shape")), rows);
    }

    private String shape(Tensor value) {
        return switch (value.rank()) {
            case 0 -> m.text("a number");
            case 1 -> m.math(String.valueOf(value.size())) + m.text("-vector");
            default -> m.math(value.shape().rows() + " \\times " + value.shape().cols());
        };
    }

    /** Two lines of an answer file in this variant's shapes, with made-up numbers. */
    private String example() {
        String[] made = {"0.1234", "-0.5678", "0.9012", "-0.3456"};
        StringBuilder sb = new StringBuilder("# " + t.name() + ", variant " + v.key().variant() + "\n");
        int next = 0;
        for (Key.Answer a : v.key().answers().subList(0, Math.min(2, v.key().answers().size()))) {
            double[] numbers = new double[a.value().size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = Double.parseDouble(made[next++ % made.length]);
            }
            Tensor shaped = Tensor.of(a.value().shape(), numbers);
            sb.append(a.id()).append(" = ").append(TensorText.nested(shaped, x -> NumberRules.rounded(x, t.decimals())))
                    .append('\n');
        }
        return sb.append("...\n").toString();
    }

    /** {@code \delta_{2} = \frac{\partial L}{\partial u_{2}}}, or the plain partial for a weight or bias. */
    private String label(Step s) {
        return new Asked(Asked.Kind.GRAD, s.of(), s.kind() == Step.Kind.DELTA ? s.layer() : 0).tex(t.loss());
    }

    /** A value written as it is: an input, a target, a parameter. */
    static boolean given(Binding b) {
        Expr e = b.statement().value();
        return b.param() || e instanceof Expr.Literal || e instanceof Expr.Num
                || e instanceof Expr.Negate n && n.operand() instanceof Expr.Num;
    }

    /**
     * The expressions of the steps as the worked solution writes them ({@code grad(L, u2)} for a gradient), then of
     * every parameter's update: parsed after the program, whose names they use.
     */
    static List<Expr> shown(String program, List<Step> steps, Template t) {
        String loss = t.loss();
        StringBuilder sb = new StringBuilder(program);
        for (Step s : steps) {
            sb.append(WorkedProgram.gradient(s.of())).append(" = ")
                    .append(Step.text(s.shown(), g -> "grad(" + loss + ", " + g + ")")).append('\n');
        }
        ChainProgram parsed = ChainProgram.parse(program);
        for (Statement st : parsed.statements()) {
            if (st instanceof Statement.Assign a && a.param()) {
                sb.append(WorkedProgram.updated(a.name())).append(" = ").append(a.name()).append(" - ")
                        .append(dev.chainrule.autograd.lang.ExprText.plain(t.lr())).append(" * grad(").append(loss)
                        .append(", ").append(a.name()).append(")\n");
            }
        }
        List<Statement> all = ChainProgram.parse(sb.toString()).statements();
        int assigned = (int) parsed.statements().stream().filter(st -> st instanceof Statement.Assign).count();
        return all.stream().filter(st -> st instanceof Statement.Assign).skip(assigned)
                .map(st -> ((Statement.Assign) st).value()).toList();
    }
}
