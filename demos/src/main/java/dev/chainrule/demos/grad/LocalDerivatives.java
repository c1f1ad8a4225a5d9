package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The local derivatives of one assignment: for every step of its expression, the derivative of the step with
 * respect to each operand, as a formula and — where it acts element by element — as numbers. For
 * {@code h1 = tanh(z1)}: {@code ∂h1/∂z1 = 1 − tanh²(z1)} with its values. Linear maps such as {@code @} are given
 * as what they do to an incoming gradient {@code G}.
 */
final class LocalDerivatives {
    private static final Set<String> NO_DERIVATIVE = Set.of("full", "zeros", "ones", "eye", "grad");

    /**
     * One local derivative.
     *
     * @param output  the step, e.g. {@code h1} or {@code (W1 @ x)}
     * @param operand what it is differentiated with respect to
     * @param formula the derivative, e.g. {@code 1 − tanh²(z1)}
     * @param values  its numbers when element-wise, else null
     */
    record Local(String output, String operand, String formula, Tensor values) {
    }

    private final Evaluation evaluation;
    private final List<Local> out = new ArrayList<>();

    private LocalDerivatives(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    static List<Local> of(Binding b, Evaluation evaluation) {
        LocalDerivatives d = new LocalDerivatives(evaluation);
        d.walk(b.statement().value(), b.name());
        return d.out;
    }

    private void walk(Expr e, String label) {
        switch (e) {
            case Expr.Negate n -> {
                add(label, n.operand(), n.minus() ? "−1" : "1", null);
                walk(n.operand(), text(n.operand()));
            }
            case Expr.Transposed t -> {
                add(label, t.operand(), "G ↦ Gᵀ (transposes the incoming gradient)", null);
                walk(t.operand(), text(t.operand()));
            }
            case Expr.Binary b -> {
                binary(b, label);
                walk(b.left(), text(b.left()));
                walk(b.right(), text(b.right()));
            }
            case Expr.Call c -> {
                if (!NO_DERIVATIVE.contains(c.function()) && !c.args().isEmpty()) {
                    call(c, label);
                    c.args().forEach(a -> walk(a, text(a)));
                }
            }
            default -> { }
        }
    }

    private void binary(Expr.Binary b, String label) {
        Expr l = b.left();
        Expr r = b.right();
        String lt = text(l);
        String rt = text(r);
        switch (b.op()) {
            case '+', '-' -> {
                add(label, l, "1" + broadcastNote(l, b), null);
                add(label, r, (b.op() == '-' ? "−1" : "1") + broadcastNote(r, b), null);
            }
            case '*' -> {
                add(label, l, rt + broadcastNote(l, b), r instanceof Expr.Num ? null : value(r));
                add(label, r, lt + broadcastNote(r, b), l instanceof Expr.Num ? null : value(l));
            }
            case '/' -> {
                add(label, l, "1 / " + rt, value(r).reciprocal());
                add(label, r, "−" + lt + " / " + rt + "²", value(l).neg().div(value(r).square()));
            }
            case '@' -> {
                add(label, l, "G ↦ G @ " + rt + "ᵀ", null);
                add(label, r, "G ↦ " + lt + "ᵀ @ G", null);
            }
            case '^' -> {
                Tensor base = value(l);
                Tensor exponent = value(r);
                if (r instanceof Expr.Num || r instanceof Expr.Negate n && n.operand() instanceof Expr.Num) {
                    double p = exponent.item();
                    String power = p == 2 ? lt : lt + "^" + trim(p - 1);
                    add(label, l, trim(p) + "·" + power, base.pow(p - 1).mul(p));
                } else {
                    add(label, l, rt + "·" + lt + "^(" + rt + " − 1)", exponent.mul(base.pow(exponent.sub(1.0))));
                    add(label, r, lt + "^" + rt + "·ln " + lt, base.pow(exponent).mul(base.log()));
                }
            }
            default -> { }
        }
    }

    private void call(Expr.Call c, String label) {
        Expr a = c.args().get(0);
        String t = text(a);
        Tensor x = value(a);
        Tensor y = value(c);
        switch (c.function()) {
            case "tanh" -> add(label, a, "1 − tanh²(" + t + ")", y.square().rsub(1.0));
            case "sigmoid" -> add(label, a, "σ(" + t + ")(1 − σ(" + t + "))", y.mul(y.rsub(1.0)));
            case "relu" -> add(label, a, "1 where " + t + " > 0, else 0", positive(x));
            case "exp" -> add(label, a, "exp(" + t + ")", y);
            case "log" -> add(label, a, "1 / " + t, x.reciprocal());
            case "sqrt" -> add(label, a, "1 / (2√" + t + ")", y.reciprocal().mul(0.5));
            case "abs" -> add(label, a, "sign(" + t + ")", null);
            case "leaky_relu" -> add(label, a, "1 where " + t + " > 0, else the slope", null);
            case "transpose" -> add(label, a, "G ↦ Gᵀ", null);
            case "softmax" -> add(label, a, "G ↦ s ⊙ (G − Σ G ⊙ s), with s = softmax(" + t + ")", null);
            case "log_softmax" -> add(label, a, "G ↦ G − softmax(" + t + ") Σ G", null);
            case "sum" -> add(label, a, "1 for each summed element (G is spread back over them)", null);
            case "mean" -> add(label, a, "1/n for each averaged element, n = " + (x.size() / Math.max(1, y.size())), null);
            case "mse" -> {
                Expr b = c.args().get(1);
                Tensor d = x.sub(value(b)).mul(2.0 / Math.max(1, x.sub(value(b)).size()));
                add(label, a, "2(" + t + " − " + text(b) + ") / n", d);
                add(label, b, "−2(" + t + " − " + text(b) + ") / n", d.neg());
            }
            case "bce" -> {
                Expr b = c.args().get(1);
                Tensor yv = value(b);
                double n = Math.max(1, x.mul(yv).size());
                add(label, a, "(" + t + " − " + text(b) + ") / (" + t + "(1 − " + t + ")) / n",
                        x.sub(yv).div(x.mul(x.rsub(1.0))).div(n));
                add(label, b, "(ln(1 − " + t + ") − ln " + t + ") / n", x.rsub(1.0).log().sub(x.log()).div(n));
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

    private String broadcastNote(Expr operand, Expr whole) {
        return value(operand).shape().equals(value(whole).shape()) ? "" : " (G summed over the broadcast axes)";
    }

    private void add(String label, Expr operand, String formula, Tensor values) {
        if (operand instanceof Expr.Num || operand instanceof Expr.Literal || operand instanceof Expr.Bool) {
            return;
        }
        out.add(new Local(label, text(operand), formula, values));
    }

    private Tensor value(Expr e) {
        return evaluation.valueOf(e);
    }

    /** An operand as text: names bare, anything else in parentheses. */
    static String text(Expr e) {
        String s = ExprText.of(e);
        return e instanceof Expr.Name || e instanceof Expr.Num || e instanceof Expr.Call ? s : "(" + s + ")";
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
