package dev.chainrule.demos.seeds;

import java.util.Locale;

/**
 * A number, or a matrix of numbers, as a course document prints it: each value with the number of decimals it
 * shows, so that a computed value can be judged to the printed digits. Written like a {@code .chain} literal — a
 * number ({@code "0.1959"}) or rows ({@code "[[0.59438], [0.477189]]"}) — and compared with NumPy's broadcasting:
 * a single number stands for every element, a single row for every row, a single column for every column.
 *
 * <pre>{@code
 * Printed p = Printed.of("[[0.59438], [0.477189]]");
 * p.verdict(0.5943797, 0, 0);      // AGREES: 0.5943797 rounds to the printed 0.59438
 * Printed.of("0.1010").verdict(0.101780, 0, 0);   // DISAGREES: 7.8 units of the last printed digit away
 * }</pre>
 *
 * @param text  the number or rows as written
 * @param cells the numbers as written, row by row
 */
record Printed(String text, String[][] cells) {

    /** How a computed number compares with the printed one. */
    enum Verdict {
        /** The computed number, rounded to the printed decimals, is the printed number. */
        AGREES("✓"),
        /** Off by one in the last printed digit: what rounding an already rounded intermediate does. */
        LAST_DIGIT("≈"),
        /** Further away: a slip. */
        DISAGREES("✗");

        final String mark;

        Verdict(String mark) {
            this.mark = mark;
        }
    }

    /** Parses a number or {@code [[a, b], [c, d]]}; throws {@link IllegalArgumentException} for anything else. */
    static Printed of(String text) {
        String t = text.strip();
        if (!t.startsWith("[")) {
            return checked(text, new String[][] {{t}});
        }
        if (!t.startsWith("[[") || !t.endsWith("]]")) {
            throw new IllegalArgumentException("printed numbers: write a number or rows like [[1, 2], [3, 4]], got " + text);
        }
        String[] rows = t.substring(2, t.length() - 2).split("]\\s*,\\s*\\[");
        String[][] cells = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            cells[i] = rows[i].split("\\s*,\\s*");
            if (cells[i].length != cells[0].length) {
                throw new IllegalArgumentException("printed numbers: rows of different lengths in " + text);
            }
        }
        return checked(text, cells);
    }

    private static Printed checked(String text, String[][] cells) {
        for (String[] row : cells) {
            for (String cell : row) {
                if (!cell.strip().matches("-?\\d+(\\.\\d+)?")) {
                    throw new IllegalArgumentException("printed numbers: '" + cell + "' in " + text + " is not a decimal number");
                }
            }
        }
        return new Printed(text, cells);
    }

    int rows() {
        return cells.length;
    }

    int cols() {
        return cells[0].length;
    }

    /** Whether these numbers broadcast over a matrix of {@code rows × cols}. */
    boolean fits(int rows, int cols) {
        return (rows() == 1 || rows() == rows) && (cols() == 1 || cols() == cols);
    }

    /** The printed number that stands for element {@code (i, j)} of the computed matrix, as written. */
    String cell(int i, int j) {
        return cells[rows() == 1 ? 0 : i][cols() == 1 ? 0 : j].strip();
    }

    /** Its value. */
    double value(int i, int j) {
        return Double.parseDouble(cell(i, j));
    }

    /** The decimals it shows. */
    int digits(int i, int j) {
        String c = cell(i, j);
        int dot = c.indexOf('.');
        return dot < 0 ? 0 : c.length() - dot - 1;
    }

    /** How far {@code computed} (element {@code (i, j)}) is from its printed number, in units of the last digit. */
    double units(double computed, int i, int j) {
        return Math.abs(computed - value(i, j)) * Math.pow(10, digits(i, j));
    }

    /** The verdict on element {@code (i, j)}, computed as {@code computed}. */
    Verdict verdict(double computed, int i, int j) {
        double u = units(computed, i, j);
        return u <= 0.5 + 1e-9 ? Verdict.AGREES : u <= 1.5 + 1e-9 ? Verdict.LAST_DIGIT : Verdict.DISAGREES;
    }

    /** {@code computed} shown with two digits more than the printed number of element {@code (i, j)}. */
    String show(double computed, int i, int j) {
        return String.format(Locale.ROOT, "%." + (digits(i, j) + 2) + "f", computed);
    }
}
