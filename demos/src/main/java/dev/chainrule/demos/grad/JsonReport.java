package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.CheckResult;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.Map;

/**
 * The machine-readable result of {@code chainrule grad --format json}, exactly as the language contract states:
 * {@code target}, {@code values}, {@code grads}, {@code updated} (only with a learning rate) and {@code checks}.
 * A scalar is a number, a vector an array, a matrix an array of rows; numbers read back to the same double.
 */
final class JsonReport {
    private JsonReport() {
    }

    static String render(Evaluation e) {
        StringBuilder sb = new StringBuilder("{\"target\": ").append(string(e.target().name()));
        sb.append(", \"values\": {");
        appendAll(sb, e, false);
        sb.append("}, \"grads\": {");
        appendAll(sb, e, true);
        sb.append('}');
        if (e.learningRate().isPresent()) {
            sb.append(", \"updated\": {");
            String sep = "";
            for (Map.Entry<String, Tensor> u : e.updated().entrySet()) {
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
        return sb.append("]}").toString();
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

    /** The shortest text that reads back to the same double; NaN and infinities as Python's json writes them. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
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
