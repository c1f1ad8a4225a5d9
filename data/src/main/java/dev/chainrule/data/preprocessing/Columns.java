package dev.chainrule.data.preprocessing;

/** Checks and helpers for column-wise scalers. Package-private. */
final class Columns {
    /** The double epsilon, 2^-52 ({@code np.finfo(np.float64).eps}). */
    static final double EPS = Math.ulp(1.0);

    private Columns() {
    }

    static int check(String who, double[][] x, int expectedColumns) {
        if (x.length == 0) {
            throw new IllegalArgumentException(who + ": x has no rows");
        }
        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(who + ": row " + i + " of x has " + x[i].length
                        + " values but row 0 has " + d);
            }
        }
        if (expectedColumns >= 0 && d != expectedColumns) {
            throw new IllegalArgumentException(who + ": x has " + d + " features but the scaler was fitted on "
                    + expectedColumns);
        }
        return d;
    }

    /** Column sums, row after row, as NumPy sums a C-ordered array over axis 0. */
    static double[] sums(double[][] x) {
        double[] s = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < s.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }
}
