package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import java.util.Locale;

/** Tensors as text at a fixed number of decimals: {@code 0.400377}, {@code [1.000000, 2.000000]}, aligned matrices. */
final class Numbers {
    private final int precision;

    Numbers(int precision) {
        this.precision = precision;
    }

    String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%." + precision + "e", v);
        }
        String s = String.format(Locale.ROOT, "%." + precision + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** On one line: {@code 0.5}, {@code [a, b]}, {@code [[a, b], [c, d]]}. */
    String inline(Tensor t) {
        if (t.rank() == 0) {
            return number(t.item());
        }
        double[][] rows = t.toMatrix();
        StringBuilder sb = new StringBuilder(t.rank() == 2 ? "[" : "");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i > 0 ? ", " : "").append('[');
            for (int j = 0; j < rows[i].length; j++) {
                sb.append(j > 0 ? ", " : "").append(number(rows[i][j]));
            }
            sb.append(']');
        }
        return sb.append(t.rank() == 2 ? "]" : "").toString();
    }

    /** Matrices with more than one row as aligned rows, each following line indented by {@code indent}. */
    String block(Tensor t, String indent) {
        if (t.rank() < 2 || t.shape().rows() == 1) {
            return inline(t);
        }
        double[][] rows = t.toMatrix();
        int width = 0;
        String[][] cells = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            cells[i] = new String[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                cells[i][j] = number(rows[i][j]);
                width = Math.max(width, cells[i][j].length());
            }
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i > 0 ? "\n" + indent + " " : "").append('[');
            for (int j = 0; j < cells[i].length; j++) {
                sb.append(j > 0 ? ", " : "").append(" ".repeat(width - cells[i][j].length())).append(cells[i][j]);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
