package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local derivatives of one assignment: for every step of its expression, the derivative of the step with
 * respect to each operand, as a formula and — where it acts element by element — as numbers. For
 * {@code h1 = tanh(z1)}: {@code ∂h1/∂z1 = 1 − tanh²(z1)} with its values. Linear maps such as {@code @} are given
 * as what they do to an incoming gradient {@code G}.
 *
 * <p>Each formula is written once in two notations side by side: plain text with Unicode symbols, and LaTeX math.
 * In both, {@code %0} and {@code %1} stand for the step's operands as factors (parenthesised when compound),
 * {@code %(0)} for an operand always in parentheses (a function's argument) and {@code %{0}} for an operand bare.
 */
final class LocalDerivatives {
    private static final Set<String> NO_DERIVATIVE = Set.of("full", "zeros", "ones", "eye", "grad");
    private static final String BROADCAST = " (G summed over the broadcast axes)";

    /**
     * One local derivative.
     *
     * @param output     the step, e.g. the name {@code h1} or the expression {@code W1 @ x}
     * @param operand    what it is differentiated with respect to
     * @param formula    the derivative in plain text, e.g. {@code 1 − tanh²(z1)}
     * @param texFormula the derivative in LaTeX math, e.g. {@code 1 - \tanh^{2}(z_{1})}
     * @param values     its numbers when element-wise, else null
     */
    record Local(Expr output, Expr operand, String formula, String texFormula, Tensor values) {
        /** {@code ∂output/∂operand} in plain text. */
        String plainLabel() {
            return "∂" + text(output) + "/∂" + text(operand);
        }

        /** {@code ∂output/∂operand} as a LaTeX fraction. */
        String texLabel() {
            return Tex.partial(Tex.operand(output), Tex.operand(operand));
        }
    }

    private final Evaluation evaluation;
    private final Map<Expr, Tensor> values = new IdentityHashMap<>();
    private final List<Local> out = new ArrayList<>();

    private LocalDerivatives(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    static List<Local> of(Binding b, Evaluation evaluation) {
        LocalDerivatives d = new LocalDerivatives(evaluation);
        d.walk(b.statement().value(), new Expr.Name(b.name(), b.statement().line(), b.statement().column()));
        return d.out;
    }

    private void walk(Expr e, Expr label) {
        switch (e) {
            case Expr.Negate n -> {
                add(label, n, n.operand(), n.minus() ? "−1" : "1", n.minus() ? "-1" : "1", null);
                walk(n.operand(), n.operand());
            }
            case Expr.Transposed t -> {
                add(label, t, t.operand(), "G ↦ Gᵀ (transposes the incoming gradient)", "G \\mapsto G^{\\top}", null);
                walk(t.operand(), t.operand());
            }
            case Expr.Binary b -> {
                binary(b, label);
                walk(b.left(), b.left());
                walk(b.right(), b.right());
            }
            case Expr.Call c -> {
                if (!NO_DERIVATIVE.contains(c.function()) && !c.args().isEmpty()) {
                    call(c, label);
                    c.args().forEach(a -> walk(a, a));
                }
            }
            default -> { }
        }
    }

    private void binary(Expr.Binary b, Expr label) {
        Expr l = b.left();
        Expr r = b.right();
        switch (b.op()) {
            case '+', '-' -> {
                add(label, b, l, "1", "1", null);
                add(label, b, r, b.op() == '-' ? "−1" : "1", b.op() == '-' ? "-1" : "1", null);
            }
            case '*' -> {
                add(label, b, l, "%1", "%1", r instanceof Expr.Num ? null : value(r));
                add(label, b, r, "%0", "%0", l instanceof Expr.Num ? null : value(l));
            }
            case '/' -> {
                add(label, b, l, "1 / %1", "\\frac{1}{%{1}}", value(r).reciprocal());
                add(label, b, r, "−%0 / %1²", "-\\frac{%{0}}{%1^{2}}", value(l).neg().div(value(r).square()));
            }
            case '@' -> {
                add(label, b, l, "G ↦ G @ %1ᵀ", "G \\mapsto G \\, %1^{\\top}", null);
                add(label, b, r, "G ↦ %0ᵀ @ G", "G \\mapsto %0^{\\top} G", null);
            }
            case '^' -> {
                Tensor base = value(l);
                Tensor exponent = value(r);
                if (r instanceof Expr.Num || r instanceof Expr.Negate n && n.operand() instanceof Expr.Num) {
                    double p = exponent.item();
                    String q = ExprText.plain(p - 1);
                    String k = ExprText.plain(p);
                    add(label, b, l, k + "·%0" + (p == 2 ? "" : "^" + q),
                            Tex.scientific(k) + " \\, %0" + (p == 2 ? "" : "^{" + Tex.scientific(q) + "}"),
                            base.pow(p - 1).mul(p));
                } else {
                    add(label, b, l, "%1·%0^(%{1} − 1)", "%1 \\, %0^{%{1} - 1}", exponent.mul(base.pow(exponent.sub(1.0))));
                    add(label, b, r, "%0^%1·ln %0", "%0^{%{1}} \\ln %0", base.pow(exponent).mul(base.log()));
                }
            }
            default -> { }
        }
    }

    private void call(Expr.Call c, Expr label) {
        Expr a = c.args().get(0);
        Tensor x = value(a);
        Tensor y = value(c);
        switch (c.function()) {
            case "tanh" -> add(label, c, a, "1 − tanh²%(0)", "1 - \\tanh^{2}%(0)", y.square().rsub(1.0));
            case "sigmoid" -> add(label, c, a, "σ%(0)(1 − σ%(0))", "\\sigma%(0) (1 - \\sigma%(0))",
                    y.mul(y.rsub(1.0)));
            case "relu" -> add(label, c, a, "1 where %{0} > 0, else 0", "1 \\text{ where } %{0} > 0 \\text{, else } 0",
                    positive(x));
            case "exp" -> add(label, c, a, "exp%(0)", "\\exp%(0)", y);
            case "log" -> add(label, c, a, "1 / %0", "\\frac{1}{%{0}}", x.reciprocal());
            case "sqrt" -> add(label, c, a, "1 / (2√%0)", "\\frac{1}{2 \\sqrt{%{0}}}", y.reciprocal().mul(0.5));
            case "abs" -> add(label, c, a, "sign%(0)", "\\operatorname{sign}%(0)", null);
            case "leaky_relu" -> add(label, c, a, "1 where %{0} > 0, else the slope",
                    "1 \\text{ where } %{0} > 0 \\text{, else the slope}", null);
            case "transpose" -> add(label, c, a, "G ↦ Gᵀ", "G \\mapsto G^{\\top}", null);
            case "softmax" -> add(label, c, a, "G ↦ s ⊙ (G − Σ G ⊙ s), with s = softmax%(0)",
                    "G \\mapsto s \\odot \\left(G - \\textstyle\\sum G \\odot s\\right), \\ s = \\operatorname{softmax}%(0)",
                    null);
            case "log_softmax" -> add(label, c, a, "G ↦ G − softmax%(0) Σ G",
                    "G \\mapsto G - \\operatorname{softmax}%(0) \\textstyle\\sum G", null);
            case "sum" -> add(label, c, a, "1 for each summed element (G is spread back over them)",
                    "1 \\text{ for each summed element (G is spread back over them)}", null);
            case "mean" -> {
                long n = x.size() / Math.max(1, y.size());
                add(label, c, a, "1/n for each averaged element, n = " + n,
                        "\\frac{1}{n} \\text{ for each averaged element}, \\ n = " + n, null);
            }
            case "mse" -> {
                Expr b = c.args().get(1);
                Tensor d = x.sub(value(b)).mul(2.0 / Math.max(1, x.sub(value(b)).size()));
                add(label, c, a, "2(%{0} − %{1}) / n", "\\frac{2}{n} \\left(%{0} - %{1}\\right)", d);
                add(label, c, b, "−2(%{0} − %{1}) / n", "-\\frac{2}{n} \\left(%{0} - %{1}\\right)", d.neg());
            }
            case "bce" -> {
                Expr b = c.args().get(1);
                Tensor yv = value(b);
                double n = Math.max(1, x.mul(yv).size());
                add(label, c, a, "(%{0} − %{1}) / (%0(1 − %0)) / n",
                        "\\frac{%{0} - %{1}}{n \\, %0 \\left(1 - %0\\right)}", x.sub(yv).div(x.mul(x.rsub(1.0))).div(n));
                add(label, c, b, "(ln(1 − %{0}) − ln %0) / n", "\\frac{\\ln\\left(1 - %{0}\\right) - \\ln %0}{n}",
                        x.rsub(1.0).log().sub(x.log()).div(n));
            }
            default -> { }
        }
    }

    private static Tensor positive(Tensor x) {
        double[] v = x.toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i] > 0 ? 1.0 : 0.0;
        }
        return Tensor.of(x.shape(), v);
    }

    /** Records {@code ∂label/∂operand} of {@code step}, filling in the operands of the step in both notations. */
    private void add(Expr label, Expr step, Expr operand, String plain, String tex, Tensor values) {
        if (operand instanceof Expr.Num || operand instanceof Expr.Literal || operand instanceof Expr.Bool) {
            return;
        }
        List<Expr> parts = switch (step) {
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Call c -> c.args();
            default -> List.of(operand);
        };
        boolean broadcast = step instanceof Expr.Binary b && b.op() != '@'
                && !value(operand).shape().equals(value(step).shape());
        for (int i = 0; i < parts.size(); i++) {
            Expr p = parts.get(i);
            plain = plain.replace("%(" + i + ")", "(" + ExprText.of(p) + ")").replace("%{" + i + "}", ExprText.of(p))
                    .replace("%" + i, text(p));
            tex = tex.replace("%(" + i + ")", Tex.paren(Tex.of(p))).replace("%{" + i + "}", Tex.of(p))
                    .replace("%" + i, Tex.atom(p));
        }
        if (broadcast) {
            plain += BROADCAST;
            tex += " \\quad \\text{" + BROADCAST.strip() + "}";
        }
        out.add(new Local(label, operand, plain, tex, values));
    }

    private Tensor value(Expr e) {
        return values.computeIfAbsent(e, evaluation::valueOf);
    }

    /** An operand as text: names, numbers and calls bare, anything else in parentheses. */
    static String text(Expr e) {
        String s = ExprText.of(e);
        return e instanceof Expr.Name || e instanceof Expr.Num || e instanceof Expr.Call ? s : "(" + s + ")";
    }
}
