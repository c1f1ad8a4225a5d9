package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.ExprText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --format dot}: the program's computation graph at the level of named values, in Graphviz's DOT language.
 * One node per named value with its definition, shape, value and gradient; an edge from each name a definition
 * uses to the name it defines (dashed when the use is inside {@code grad(T, name)}). Parameters are orange,
 * inputs blue, computed values white, the target red; values the target does not depend on are grey.
 *
 * <pre>{@code
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --format dot | dot -Tsvg > graph.svg
 * }</pre>
 */
final class DotReport {
    /** Larger matrices are shown by their corners, so that a node stays readable. */
    private static final int MAX_ROWS = 7;
    private static final int MAX_COLS = 7;

    private final Evaluation e;
    private final Numbers num;
    private final StringBuilder sb = new StringBuilder();

    private DotReport(Evaluation e, int precision) {
        this.e = e;
        this.num = new Numbers(precision);
    }

    static String render(Derivation d) {
        return new DotReport(d.evaluation(), d.precision()).build(d.file());
    }

    private String build(String file) {
        Map<String, Map<String, Boolean>> uses = new LinkedHashMap<>();
        for (Binding b : e.bindings()) {
            Map<String, Boolean> names = new LinkedHashMap<>();
            collect(b.statement().value(), false, names);
            uses.put(b.name(), names);
        }
        Set<String> reached = reached(e.target().name(), uses);
        String t = e.target().name();
        sb.append("// chainrule grad ").append(oneLine(file)).append(": the named values of the program and ∂")
                .append(t).append("/∂(name) at each.\n");
        sb.append("digraph chainrule {\n");
        sb.append("  rankdir=LR;\n");
        sb.append("  labelloc=t;\n");
        sb.append("  fontname=\"Helvetica\";\n");
        String warning = e.nonFinite().map(n -> "\n✗ line " + n.line() + ", " + n.step() + ": " + n.message()).orElse("");
        sb.append("  label=").append(quoted(DocumentReport.baseName(file) + ": every gradient is ∂" + t + "/∂(name)"
                + warning)).append(";\n");
        sb.append("  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\"];\n");
        sb.append("  edge [color=\"#555555\"];\n");
        for (Binding b : e.bindings()) {
            node(b, t, reached.contains(b.name()));
        }
        for (Map.Entry<String, Map<String, Boolean>> u : uses.entrySet()) {
            for (Map.Entry<String, Boolean> from : u.getValue().entrySet()) {
                sb.append("  ").append(quoted(from.getKey())).append(" -> ").append(quoted(u.getKey()))
                        .append(from.getValue() ? " [style=dashed, label=\"grad\"]" : "").append(";\n");
            }
        }
        return sb.append("}\n").toString();
    }

    /** The names {@code e} uses, each mapped to true when every use is inside {@code grad(…)}. */
    static void collect(Expr e, boolean inGrad, Map<String, Boolean> names) {
        switch (e) {
            case Expr.Name n -> names.merge(n.name(), inGrad, Boolean::logicalAnd);
            case Expr.Negate n -> collect(n.operand(), inGrad, names);
            case Expr.Transposed t -> collect(t.operand(), inGrad, names);
            case Expr.Binary b -> {
                collect(b.left(), inGrad, names);
                collect(b.right(), inGrad, names);
            }
            case Expr.Call c -> {
                boolean grad = inGrad || c.function().equals("grad");
                c.args().forEach(a -> collect(a, grad, names));
                c.keywords().forEach(k -> collect(k.value(), grad, names));
            }
            default -> { }
        }
    }

    /** The target and every name it is computed from. */
    private static Set<String> reached(String target, Map<String, Map<String, Boolean>> uses) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(uses.getOrDefault(n, Map.of()).keySet());
            }
        }
        return seen;
    }

    private void node(Binding b, String target, boolean reached) {
        boolean isTarget = b.name().equals(target);
        String kind = b.param() ? "param" : TextReport.computed(b) ? "" : "input";
        Tensor v = b.value();
        StringBuilder label = new StringBuilder("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\">");
        label.append("<tr><td colspan=\"2\"><b>").append(html(b.name())).append("</b> ")
                .append(html((isTarget ? "target " : "") + (kind.isEmpty() ? "" : kind + " ")
                        + (v.rank() == 0 ? "scalar" : v.shape().toString())))
                .append("</td></tr>");
        if (TextReport.computed(b)) {
            label.append("<tr><td colspan=\"2\"><font face=\"Courier\">")
                    .append(html(b.name() + " = " + ExprText.of(b.statement().value(), ExprText.SHORT))).append("</font></td></tr>");
        }
        row(label, "value", v);
        row(label, "∂" + target + "/∂" + b.name(), e.gradient(b));
        label.append("</table>");
        sb.append("  ").append(quoted(b.name())).append(" [label=<").append(label).append(">");
        if (isTarget) {
            sb.append(", fillcolor=\"#f8d7da\", color=\"#b00020\", penwidth=2.5");
        } else if (b.param()) {
            sb.append(", fillcolor=\"#ffe8c2\", color=\"#b86e00\"");
        } else if (kind.equals("input")) {
            sb.append(", fillcolor=\"#dde8f6\", color=\"#2f5d94\"");
        }
        if (!reached) {
            sb.append(", style=\"rounded,filled,dashed\", fontcolor=\"#888888\"");
        }
        sb.append("];\n");
    }

    private void row(StringBuilder label, String name, Tensor t) {
        label.append("<tr><td align=\"right\" valign=\"top\">").append(html(name))
                .append("</td><td align=\"left\"><font face=\"Courier\">").append(matrix(t)).append("</font></td></tr>");
    }

    /** A tensor as lines of text, each ending in a left-aligned break. */
    private String matrix(Tensor t) {
        StringBuilder out = new StringBuilder();
        for (String line : num.block(t, "", MAX_ROWS, MAX_COLS).split("\n")) {
            out.append(html(line)).append("<br align=\"left\"/>");
        }
        return out.toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
