package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import java.util.Locale;
import java.util.function.DoubleFunction;

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
        return nested(t, this::number);
    }

    /** A scalar as its number, a vector as {@code [a, b]}, a matrix as {@code [[a, b], [c, d]]}, each number by {@code format}. */
    static String nested(Tensor t, DoubleFunction<String> format) {
        if (t.rank() == 0) {
            return format.apply(t.item());
        }
        double[][] rows = t.toMatrix();
        StringBuilder sb = new StringBuilder(t.rank() == 2 ? "[" : "");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i > 0 ? ", " : "").append('[');
            for (int j = 0; j < rows[i].length; j++) {
                sb.append(j > 0 ? ", " : "").append(format.apply(rows[i][j]));
            }
            sb.append(']');
        }
        return sb.append(t.rank() == 2 ? "]" : "").toString();
    }

    /** Matrices with more than one row as aligned rows, each following line indented by {@code indent}. */
    String block(Tensor t, String indent) {
        return block(t, indent, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #block(Tensor, String)}, showing at most {@code maxRows} by {@code maxCols} elements (at least 3 of
     * each): the first ones and the last, with {@code ⋮} and {@code …} for those left out.
     */
    String block(Tensor t, String indent, int maxRows, int maxCols) {
        int cols = t.rank() == 0 ? 1 : t.shape().cols();
        if (t.rank() == 0 || (t.rank() == 1 || t.shape().rows() == 1) && cols <= maxCols) {
            return inline(t);
        }
        double[][] rows = t.toMatrix();
        int[] shownRows = shown(rows.length, maxRows);
        int[] shownCols = shown(cols, maxCols);
        int width = 0;
        for (int i : shownRows) {
            for (int j : shownCols) {
                width = i < 0 || j < 0 ? width : Math.max(width, number(rows[i][j]).length());
            }
        }
        StringBuilder sb = new StringBuilder(t.rank() == 2 ? "[" : "");
        for (int k = 0; k < shownRows.length; k++) {
            sb.append(k > 0 ? "\n" + indent + " " : "");
            if (shownRows[k] < 0) {
                sb.append(" ⋮");
                continue;
            }
            sb.append('[');
            for (int l = 0; l < shownCols.length; l++) {
                String cell = shownCols[l] < 0 ? "…" : number(rows[shownRows[k]][shownCols[l]]);
                sb.append(l > 0 ? ", " : "").append(" ".repeat(shownCols[l] < 0 ? 0 : width - cell.length())).append(cell);
            }
            sb.append(']');
        }
        return sb.append(t.rank() == 2 ? "]" : "").toString();
    }

    /** The indices to show of {@code n}: all, or the first {@code max - 2}, a gap (-1) and the last. */
    private static int[] shown(int n, int max) {
        int[] out = new int[Math.min(n, max)];
        for (int k = 0; k < out.length; k++) {
            out[k] = n <= max || k < max - 2 ? k : k == max - 2 ? -1 : n - 1;
        }
        return out;
    }
}
