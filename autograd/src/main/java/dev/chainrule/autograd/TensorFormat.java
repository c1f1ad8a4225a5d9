package dev.chainrule.autograd;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** NumPy-like text for tensors: up to 8 decimals, trailing zeros dropped, columns aligned on the decimal point. */
final class TensorFormat {
    private TensorFormat() {
    }

    static String numpy(Tensor t) {
        if (t.rank() == 0) {
            return Double.toString(t.data[0]);
        }
        String[] cells = new String[t.data.length];
                int intWidth = 0;
        int fracWidth = 0;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = number(t.data[i]);
            int dot = point(cells[i]);
            intWidth = Math.max(intWidth, dot);
            fracWidth = Math.max(fracWidth, cells[i].length() - dot);
        }
        StringBuilder sb = new StringBuilder();
        int rows = t.shape.rows();
        int cols = t.shape.cols();
        if (t.rank() == 2) {
            sb.append('[');
        }
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sb.append("\n ");
            }
            sb.append('[');
            for (int j = 0; j < cols; j++) {
                if (j > 0) {
                    sb.append(' ');
                }
                String cell = cells[i * cols + j];
                int dot = point(cell);
                sb.append(" ".repeat(intWidth - dot)).append(cell).append(" ".repeat(fracWidth - (cell.length() - dot)));
            }
            sb.append(']');
        }
        if (t.rank() == 2) {
            sb.append(']');
        }
        return sb.toString();
    }

    /** Where the decimal point is (or the exponent starts), so that columns align on it. */
    private static int point(String cell) {
        int dot = cell.indexOf('.');
        return dot >= 0 ? dot : cell.length();
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-4 || a >= 1e8)) {
            return String.format("%.8e", v).replaceAll("\\.?0+e", "e");
        }
        String s = new BigDecimal(v).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".";
    }
}
