package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.CheckResult;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.Map;

/**
 * The machine-readable result of {@code chainrule grad --format json}, exactly as the language contract states:
 * {@code target}, {@code values}, {@code grads}, {@code updated} (only with a learning rate) and {@code checks};
 * and, when a value or gradient became NaN or infinite, {@code non_finite} with the first step that did it. A scalar
 * is a number, a vector an array, a matrix an array of rows; numbers read back to the same double; NaN and the
 * infinities are the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, so the output stays JSON.
 */
final class JsonReport {
    private JsonReport() {
    }

    static String render(Derivation d) {
        Evaluation e = d.evaluation();
        StringBuilder sb = new StringBuilder("{\"target\": ").append(string(e.target().name()));
        sb.append(", \"values\": {");
        appendAll(sb, e, false);
        sb.append("}, \"grads\": {");
        appendAll(sb, e, true);
        sb.append('}');
        if (d.learningRate().isPresent()) {
            sb.append(", \"updated\": {");
            String sep = "";
            for (Map.Entry<String, Tensor> u : d.updated().entrySet()) {
                sb.append(sep).append(string(u.getKey())).append(": ").append(tensor(u.getValue()));
                sep = ", ";
            }
            sb.append('}');
        }
        sb.append(", \"checks\": [");
        String sep = "";
        for (CheckResult c : e.checks()) {
            sb.append(sep).append("{\"line\": ").append(c.check().line())
                    .append(", \"source\": ").append(string(c.check().source()))
                    .append(", \"passed\": ").append(c.passed())
                    .append(", \"max_error\": ").append(number(c.maxError())).append('}');
            sep = ", ";
        }
        sb.append(']');
        e.nonFinite().ifPresent(n -> sb.append(", \"non_finite\": {\"kind\": ")
                .append(string(n.kind().name().toLowerCase(java.util.Locale.ROOT))).append(", \"line\": ").append(n.line())
                .append(", \"column\": ").append(n.column()).append(", \"step\": ").append(string(n.step()))
                .append(", \"message\": ").append(string(n.message())).append('}'));
        return sb.append('}').toString();
    }

    private static void appendAll(StringBuilder sb, Evaluation e, boolean grads) {
        String sep = "";
        for (Binding b : e.bindings()) {
            sb.append(sep).append(string(b.name())).append(": ").append(tensor(grads ? e.gradient(b) : b.value()));
            sep = ", ";
        }
    }

    static String tensor(Tensor t) {
        return Numbers.nested(t, JsonReport::number);
    }

    /** The shortest text that reads back to the same double; NaN and the infinities as JSON strings. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        return Double.toString(v);
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
