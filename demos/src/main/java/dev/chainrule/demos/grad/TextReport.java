package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.CheckResult;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.autograd.lang.LocalDerivative;
import dev.chainrule.autograd.lang.NonFinite;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The derivation as a teacher would put it on a slide: each named value in program order with its shape, value,
 * gradient and the local derivatives of the step that made it; then each check with ✓ or ✗, and the update.
 */
final class TextReport {
    private final Derivation d;
    private final Evaluation e;
    private final String[] lines;
    private final Numbers num;
    private final StringBuilder sb = new StringBuilder();
    private int sourceWidth;
    private int checkWidth;

    private TextReport(Derivation d) {
        this.d = d;
        this.e = d.evaluation();
        this.lines = d.source().split("\r?\n", -1);
        this.num = new Numbers(d.precision(), d.full());
    }

    static String render(Derivation d) {
        return new TextReport(d).build(d.file());
    }

    private String build(String file) {
        sourceWidth = Math.min(48, e.bindings().stream().mapToInt(b -> source(b.statement().line()).length()).max().orElse(0));
        checkWidth = Math.min(72, e.checks().stream().mapToInt(c -> c.check().source().length()).max().orElse(0));
        String t = e.target().name();
        sb.append("chainrule grad ").append(file).append('\n');
        sb.append("target ").append(t).append(" = ").append(num.inline(e.target().value()))
                .append("; every gradient is ∂").append(t).append("/∂(name)\n");
        for (Binding b : e.bindings()) {
            binding(b, t);
        }
        e.nonFinite().ifPresent(n -> sb.append("\n✗ line ").append(n.line()).append(", ").append(n.step()).append(": ")
                .append(n.kind() == NonFinite.Kind.VALUE ? "a value" : "a gradient").append(" became NaN or infinite\n    ")
                .append(n.message()).append('\n'));
        if (!e.checks().isEmpty()) {
            sb.append("\nchecks\n");
            e.checks().forEach(this::check);
        }
        if (d.learningRate().isPresent()) {
            double eta = d.learningRate().getAsDouble();
            sb.append("\nupdated parameters: θ − η ∂").append(t).append("/∂θ with η = ").append(ExprText.plain(eta)).append('\n');
            Map<String, Tensor> updated = d.updated();
            int w = updated.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, Tensor> u : updated.entrySet()) {
                String label = "  " + pad(u.getKey(), w) + " = ";
                sb.append(label).append(num.block(u.getValue(), " ".repeat(label.length()))).append('\n');
            }
        }
        long passed = e.checks().stream().filter(CheckResult::passed).count();
        if (!e.checks().isEmpty()) {
            sb.append('\n').append(passed).append(" of ").append(e.checks().size()).append(" checks passed")
                    .append(passed == e.checks().size() ? "" : "; ✗ marks the claims that do not hold").append('\n');
        }
        return sb.toString();
    }

    private void binding(Binding b, String target) {
        Tensor v = b.value();
        String kind = b.param() ? "param " : computed(b) ? "" : "input ";
        sb.append('\n').append(pad(source(b.statement().line()), sourceWidth)).append("   ").append(kind)
                .append(v.rank() == 0 ? "scalar" : v.shape().toString()).append('\n');
        String gradLabel = "∂" + target + "/∂" + b.name();
        int w = Math.max(gradLabel.length(), "value".length());
        line(pad("value", w), v);
        line(pad(gradLabel, w), e.gradient(b));
        if (computed(b)) {
            List<LocalDerivative> locals = e.localDerivatives(b);
            int shown = d.full() ? locals.size() : Math.min(locals.size(), Derivation.STEPS_SHOWN);
            for (LocalDerivative l : locals.subList(0, shown)) {
                sb.append("    ").append(l.label()).append(" = ").append(l.text());
                l.values().ifPresent(n -> sb.append(" = ").append(num.inline(n)));
                sb.append('\n');
            }
            if (shown < locals.size()) {
                sb.append("    … and ").append(locals.size() - shown).append(" more steps (--full shows them)\n");
            }
        }
    }

    /** Whether {@code b} is computed from other values, rather than written as a number, a matrix or a builder. */
    static boolean computed(Binding b) {
        Expr v = b.statement().value();
        return !(v instanceof Expr.Num || v instanceof Expr.Literal
                || v instanceof Expr.Negate n && n.operand() instanceof Expr.Num
                || v instanceof Expr.Call c && java.util.Set.of("full", "zeros", "ones", "eye").contains(c.function()));
    }

    private void line(String label, Tensor t) {
        String head = "    " + label + "  ";
        sb.append(head).append(num.block(t, " ".repeat(head.length()))).append('\n');
    }

    private void check(CheckResult c) {
        sb.append(c.passed() ? "  ✓ " : "  ✗ ").append(String.format(Locale.ROOT, "line %-3d ", c.check().line()))
                .append(pad(c.check().source(), checkWidth)).append("   max error ")
                .append(String.format(Locale.ROOT, "%.2e", c.maxError())).append('\n');
        if (!c.passed()) {
            Expr claim = c.check().right();
            String claimed = claim instanceof Expr.Num || claim instanceof Expr.Literal
                    || claim instanceof Expr.Negate n && n.operand() instanceof Expr.Num
                    ? ExprText.of(claim, ExprText.SHORT) : num.inline(c.right());
            String tolerance = c.check().tolerance() == null ? "1e-9, the default"
                    : ExprText.of(c.check().tolerance(), ExprText.SHORT);
            sb.append("      ").append(ExprText.of(c.check().left(), ExprText.SHORT)).append(" is ").append(num.inline(c.left()))
                    .append(", not ").append(claimed).append(" (tolerance ").append(tolerance).append(")\n");
        }
    }

    /** The statement on {@code line}, without its comment, cut short with {@code …} when very long. */
    private String source(int line) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        int hash = text.indexOf('#');
        String s = (hash >= 0 ? text.substring(0, hash) : text).strip();
        return s.length() > ExprText.SHORT ? s.substring(0, ExprText.SHORT - 1) + "…" : s;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
