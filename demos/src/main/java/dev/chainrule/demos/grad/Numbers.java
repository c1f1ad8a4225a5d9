package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Tensors as text at a fixed number of decimals: {@code 0.400377}, {@code [1.000000, 2.000000]}, aligned matrices.
 * A tensor of more than {@link #THRESHOLD} elements is summarised as NumPy does, by its first and last
 * {@link #EDGE} rows and columns around {@code …} and {@code ⋮}, unless printing in full was asked for.
 */
final class Numbers {
    /** NumPy's {@code threshold}: larger tensors are summarised. */
    static final int THRESHOLD = 1000;
    /** NumPy's {@code edgeitems}: the rows and columns shown at each end of a summarised tensor. */
    static final int EDGE = 3;

    private final int precision;
    private final boolean full;

    Numbers(int precision) {
        this(precision, false);
    }

    Numbers(int precision, boolean full) {
        this.precision = precision;
        this.full = full;
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

    /** On one line: {@code 0.5}, {@code [a, b]}, {@code [[a, b], [c, d]]}; summarised when large. */
    String inline(Tensor t) {
        if (summarised(t)) {
            return block(t, "", 2 * EDGE + 1, 2 * EDGE + 1).replace("\n", "");
        }
        return nested(t, this::number);
    }

    private boolean summarised(Tensor t) {
        return !full && t.size() > THRESHOLD;
    }

    /** A scalar as its number, a vector as {@code [a, b]}, a matrix as {@code [[a, b], [c, d]]}, each number by {@code format}. */
    static String nested(Tensor t, DoubleFunction<String> format) {
        if (t.rank() == 0) {
            return format.apply(t.item());
        }
        StringBuilder sb = new StringBuilder(t.rank() == 2 ? "[" : "");
        int rows = t.shape().rows();
        int cols = t.shape().cols();
        for (int i = 0; i < rows; i++) {
            sb.append(i > 0 ? ", " : "").append('[');
            for (int j = 0; j < cols; j++) {
                sb.append(j > 0 ? ", " : "").append(format.apply(t.rank() == 2 ? t.get(i, j) : t.get(j)));
            }
            sb.append(']');
        }
        return sb.append(t.rank() == 2 ? "]" : "").toString();
    }

    /** Matrices with more than one row as aligned rows, each following line indented by {@code indent}. */
    String block(Tensor t, String indent) {
        int edge = summarised(t) ? 2 * EDGE + 1 : Integer.MAX_VALUE;
        return block(t, indent, edge, edge);
    }

    /**
     * Like {@link #block(Tensor, String)}, showing at most {@code maxRows} by {@code maxCols} elements (at least 3 of
     * each): as many first ones as last ones, with {@code ⋮} and {@code …} for those left out.
     */
    String block(Tensor t, String indent, int maxRows, int maxCols) {
        int cols = t.rank() == 0 ? 1 : t.shape().cols();
        int rows = t.rank() == 0 ? 1 : t.shape().rows();
        if (t.rank() == 0 || (t.rank() == 1 || rows == 1) && cols <= maxCols) {
            return nested(t, this::number);
        }
        int[] shownRows = shown(rows, maxRows);
        int[] shownCols = shown(cols, maxCols);
        int width = 0;
        for (int i : shownRows) {
            for (int j : shownCols) {
                width = i < 0 || j < 0 ? width : Math.max(width, number(at(t, i, j)).length());
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
                String cell = shownCols[l] < 0 ? "…" : number(at(t, shownRows[k], shownCols[l]));
                sb.append(l > 0 ? ", " : "").append(" ".repeat(shownCols[l] < 0 ? 0 : width - cell.length())).append(cell);
            }
            sb.append(']');
        }
        return sb.append(t.rank() == 2 ? "]" : "").toString();
    }

    private static double at(Tensor t, int i, int j) {
        return t.rank() == 2 ? t.get(i, j) : t.get(j);
    }

    /** The indices to show of {@code n}: all, or the first and the last {@code (max - 1) / 2} around a gap (-1). */
    private static int[] shown(int n, int max) {
        if (n <= max) {
            int[] all = new int[n];
            java.util.Arrays.setAll(all, k -> k);
            return all;
        }
        int edge = Math.max(1, (max - 1) / 2);
        int[] out = new int[2 * edge + 1];
        for (int k = 0; k < edge; k++) {
            out[k] = k;
            out[edge + 1 + k] = n - edge + k;
        }
        out[edge] = -1;
        return out;
    }
}
