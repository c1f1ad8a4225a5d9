package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Rule;
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
 * The derivation as a document a teacher can paste, in the style of a worked solution: a title from the file name,
 * the program, then each named value in program order with its defining equation, its value and its gradient
 * (both boxed) and the local derivatives of the step that made it; the checks with ✓ or ✗; the update with η.
 * All mathematics is LaTeX (see {@link Tex}); the subclasses supply the markup around it.
 */
abstract class DocumentReport {
    /** The LaTeX of names, expressions and tensors at the report's precision. */
    protected final Tex tex;
    private final Derivation d;
    private final Evaluation e;
    private final String title;
    private final String insert;
    private final StringBuilder out = new StringBuilder();

    DocumentReport(Derivation d) {
        this(d, null, "");
    }

    /**
     * A report titled {@code title} (the file's base name when null), with {@code insert}, already in the format's
     * markup, placed after the introduction.
     */
    DocumentReport(Derivation d, String title, String insert) {
        this.d = d;
        this.e = d.evaluation();
        this.tex = new Tex(d.precision(), d.full());
        this.title = title;
        this.insert = insert;
    }

    // ---------------------------------------------------------------- the markup, supplied by each format

    /** The start of the document, with its title. */
    abstract String begin(String title);

    /** The end of the document. */
    abstract String end();

    /** A section ({@code level} 2) or subsection (3) heading whose text is already marked up. */
    abstract String heading(int level, String content);

    /** Prose, escaped for the format. */
    abstract String text(String prose);

    /** Inline code, escaped for the format. */
    abstract String code(String code);

    /** Strong emphasis of content already marked up. */
    abstract String strong(String content);

    /** A display equation. */
    abstract String display(String math);

    /** The program's source, verbatim. */
    abstract String listing(String source);

    /** A list of checks: {@code items[i]} is marked ✓ when {@code passed[i]}, else ✗. */
    abstract String checklist(String[] items, boolean[] passed);

    // ---------------------------------------------------------------- the document

    /** Inline mathematics: the same in Markdown and in LaTeX. */
    static String math(String latex) {
        return "$" + latex + "$";
    }

    final String render() {
        String file = d.file();
        String base = baseName(file);
        String t = Tex.name(e.target().name());
        out.append(begin(title != null ? title : base));
        paragraph(text("The derivation in ") + (file.equals("<stdin>") ? text("standard input") : code(fileName(file)))
                + text(", worked by ") + code("chainrule grad") + text(". The target is ") + math(t)
                + text("; every gradient below is ") + math("\\partial " + t + " / \\partial(\\cdot)")
                + text(", and numbers are rounded to " + d.precision() + " decimals."));
        out.append(insert);
        out.append(heading(2, text("Program"))).append(listing(d.source().strip()));
        out.append(heading(2, text("Forward and backward pass")));
        for (Binding b : e.bindings()) {
            binding(b, t);
        }
        e.nonFinite().ifPresent(this::nonFinite);
        if (!e.checks().isEmpty()) {
            checks();
        }
        if (d.learningRate().isPresent()) {
            update(t);
        }
        return out.append(end()).toString();
    }

    private void binding(Binding b, String target) {
        Tensor v = b.value();
        String name = Tex.name(b.name());
        String kind = b == e.target() ? "target, " : b.param() ? "parameter, " : TextReport.computed(b) ? "" : "input, ";
        String shape = switch (v.rank()) {
            case 0 -> text("scalar");
            case 1 -> math(String.valueOf(v.size())) + text("-vector");
            default -> math(v.shape().rows() + " \\times " + v.shape().cols());
        };
        out.append(heading(3, math(name) + text(" (" + kind) + shape + text(")")));
        Expr definition = b.statement().value();
        out.append(display(name + " = " + (written(definition) ? "" : Tex.of(definition) + " = ")
                + boxed(v)));
        out.append(display(Tex.partial(target, name) + " = " + boxed(e.gradient(b))));
        if (TextReport.computed(b)) {
            List<LocalDerivative> locals = e.localDerivatives(b);
            if (!locals.isEmpty()) {
                paragraph(text("Local derivatives" + (locals.stream().anyMatch(l -> l.form() == Rule.Form.MAP)
                        ? " (G is the gradient arriving from above):" : ":")));
                int shown = d.full() ? locals.size() : Math.min(locals.size(), Derivation.STEPS_SHOWN);
                if (shown < locals.size()) {
                    paragraph(text("The first " + shown + " of " + locals.size() + " (--full shows them all):"));
                }
                for (LocalDerivative l : locals.subList(0, shown)) {
                    out.append(display(Tex.partial(Tex.operand(l.output()), Tex.operand(l.operand())) + " = "
                            + Tex.formula(l) + l.values().map(n -> " = " + tex.tensor(n)).orElse("")));
                }
            }
        }
    }

    /** A value written as it is (a number or a matrix), whose definition would only repeat it. */
    private static boolean written(Expr e) {
        return e instanceof Expr.Num || e instanceof Expr.Literal
                || e instanceof Expr.Negate n && n.operand() instanceof Expr.Num;
    }

    private void checks() {
        out.append(heading(2, text("Checks")));
        String[] items = new String[e.checks().size()];
        boolean[] passed = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            CheckResult c = e.checks().get(i);
            passed[i] = c.passed();
            var check = c.check();
            StringBuilder item = new StringBuilder(math(Tex.of(check.left()) + " = " + Tex.of(check.right())));
            if (check.tolerance() != null) {
                item.append(text(" within ")).append(math(Tex.of(check.tolerance())));
            }
            item.append(text(" (line " + check.line() + "): max error ")).append(math(error(c.maxError())));
            if (!c.passed()) {
                Expr claim = check.right();
                String claimed = written(claim) ? Tex.of(claim) : tex.tensor(c.right());
                item.append(text("; in fact ")).append(math(Tex.of(check.left()) + " = " + tex.tensor(c.left())))
                        .append(text(", not ")).append(math(claimed));
            }
            items[i] = item.toString();
        }
        out.append(checklist(items, passed));
        long ok = e.checks().stream().filter(CheckResult::passed).count();
        paragraph(strong(text(ok + " of " + items.length + " checks passed"
                + (ok == items.length ? "." : "; the claims that do not hold are marked."))));
    }

    private void nonFinite(NonFinite n) {
        out.append(heading(2, text("Not a number")));
        paragraph(strong(text((n.kind() == NonFinite.Kind.VALUE ? "A value" : "A gradient") + " became NaN or infinite"
                + " on line " + n.line() + ", at ")) + code(n.step()) + text(": " + n.message() + "."));
    }

    private void update(String target) {
        double eta = d.learningRate().getAsDouble();
        String etaTex = Tex.scientific(ExprText.plain(eta));
        out.append(heading(2, text("Update with ") + math("\\eta = " + etaTex)));
        out.append(display("\\theta \\leftarrow \\theta - \\eta \\, " + Tex.partial(target, "\\theta")));
        String factor = eta < 0 ? "(" + etaTex + ")" : etaTex;
        for (Map.Entry<String, Tensor> u : d.updated().entrySet()) {
            String name = Tex.name(u.getKey());
            out.append(display(name + "^{\\text{new}} = " + name + " - " + factor + " \\cdot "
                    + Tex.partial(target, name) + " = " + boxed(u.getValue())));
        }
    }

    private String boxed(Tensor t) {
        return "\\boxed{" + tex.tensor(t) + "}";
    }

    private static String error(double maxError) {
        if (maxError == 0) {
            return "0";
        }
        if (Double.isNaN(maxError)) {
            return "\\text{NaN}";
        }
        return Double.isInfinite(maxError) ? "\\infty" : Tex.scientific(String.format(Locale.ROOT, "%.2e", maxError));
    }

    private void paragraph(String content) {
        out.append(content).append("\n\n");
    }

    /** {@code dir/seed000-ex1.chain} → {@code seed000-ex1}; standard input is {@code stdin}. */
    static String baseName(String file) {
        if (file.equals("<stdin>")) {
            return "stdin";
        }
        String name = fileName(file);
        return name.endsWith(".chain") && name.length() > ".chain".length()
                ? name.substring(0, name.length() - ".chain".length()) : name;
    }

    /** The last segment of a path. */
    private static String fileName(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }
}
