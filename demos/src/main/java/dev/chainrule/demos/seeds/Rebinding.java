package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.autograd.lang.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .chain} program run again with some of its names bound to other values: a new input, the parameters
 * after an update, a document's rounded number. The model stays written once, in the program; only numbers change.
 * The program's checks are left out, as they state claims about the original numbers.
 *
 * <pre>{@code
 * Evaluation step = ChainProgram.parse(source).evaluate();
 * Map<String, Tensor> values = new LinkedHashMap<>(step.updated(1.0));   // every param after one step
 * values.put("x", Tensor.of(new double[][] {{1}, {0}, {0}, {0}, {1}}));   // a new input
 * Evaluation next = Rebinding.evaluate(source, values);
 * next.binding("x2").orElseThrow().value();                              // the output for the new input
 * }</pre>
 */
final class Rebinding {
    private Rebinding() {
    }

    /** Evaluates {@link #source(String, Map)}. */
    static Evaluation evaluate(String source, Map<String, Tensor> values) {
        return ChainProgram.parse(source(source, values)).evaluate();
    }

    /**
     * {@code source} with the assignment of each name in {@code values} replaced by that value written as a literal
     * (exactly: every double reads back as itself), a {@code param} staying a {@code param}, and without checks.
     *
     * @throws IllegalArgumentException if the program assigns no such name
     */
    static String source(String source, Map<String, Tensor> values) {
        String[] lines = source.split("\r?\n", -1);
        List<Statement> statements = ChainProgram.parse(source).statements();
        Set<String> unused = new LinkedHashSet<>(values.keySet());
        StringBuilder out = new StringBuilder();
        int first = statements.isEmpty() ? lines.length + 1 : statements.get(0).line();
        append(out, lines, 1, first);
        for (int k = 0; k < statements.size(); k++) {
            Statement s = statements.get(k);
            int end = k + 1 < statements.size() ? statements.get(k + 1).line() : lines.length + 1;
            if (s instanceof Statement.Assign a && values.containsKey(a.name())) {
                unused.remove(a.name());
                out.append(a.param() ? "param " : "").append(a.name()).append(" = ").append(literal(values.get(a.name())))
                        .append('\n');
            } else if (s instanceof Statement.Assign) {
                append(out, lines, s.line(), end);
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("the program assigns no " + String.join(", ", unused));
        }
        return out.toString();
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), 1-based. */
    private static void append(StringBuilder out, String[] lines, int from, int to) {
        for (int i = from; i < to && i <= lines.length; i++) {
            out.append(lines[i - 1]).append('\n');
        }
    }

    /** {@code t} as a {@code .chain} literal: a number, {@code [a, b]} or {@code [[a, b], [c, d]]}. */
    static String literal(Tensor t) {
        return switch (t.rank()) {
            case 0 -> Double.toString(t.item());
            case 1 -> row(t.toArray());
            default -> {
                StringBuilder sb = new StringBuilder("[");
                double[][] rows = t.toMatrix();
                for (int i = 0; i < rows.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(row(rows[i]));
                }
                yield sb.append(']').toString();
            }
        };
    }

    private static String row(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int j = 0; j < values.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(values[j]);
        }
        return sb.append(']').toString();
    }
}
