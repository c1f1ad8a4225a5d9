package dev.chainrule.nn.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Counts of (true class, predicted class) pairs: {@code counts[t][p]} samples of class {@code t} were predicted as
 * {@code p} (rows are the truth, columns the prediction, as in scikit-learn). Immutable: the array is copied in and
 * {@link #counts()} copies it out. Per-class precision, recall and F1 come from the counts; a ratio whose
 * denominator is 0 is reported as 0 (scikit-learn's {@code zero_division=0}).
 *
 * <pre>{@code
 * ConfusionMatrix cm = Metrics.confusionMatrix(new int[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1});
 * cm.get(0, 1);        // 1: one sample of class 0 predicted as 1
 * cm.precision(1);     // 2 / 3
 * cm.recall(0);        // 1 / 2
 * System.out.println(cm);
 * }</pre>
 *
 * @param counts a square matrix of non-negative counts, at least 1 x 1
 */
public record ConfusionMatrix(int[][] counts) {
    public ConfusionMatrix {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("confusion matrix: counts must be a non-empty square matrix");
        }
        int[][] copy = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] == null || counts[t].length != counts.length) {
                throw new IllegalArgumentException("confusion matrix: row " + t + " has "
                        + (counts[t] == null ? 0 : counts[t].length) + " counts but there are " + counts.length
                        + " classes (it must be square)");
            }
            for (int p = 0; p < counts.length; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException("confusion matrix: count [" + t + "][" + p + "] is "
                            + counts[t][p] + ", must be >= 0");
                }
            }
            copy[t] = counts[t].clone();
        }
        counts = copy;
    }

    /** A copy of the counts. */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    /** The number of classes. */
    public int classes() {
        return counts.length;
    }

    /** How many samples of class {@code trueClass} were predicted as {@code predictedClass}. */
    public int get(int trueClass, int predictedClass) {
        return counts[index("trueClass", trueClass)][index("predictedClass", predictedClass)];
    }

    /** The number of samples. */
    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    /** The fraction on the diagonal. */
    public double accuracy() {
        int right = 0;
        for (int c = 0; c < counts.length; c++) {
            right += counts[c][c];
        }
        return ratio(right, total());
    }

    /** How many samples truly are of class {@code c}. */
    public int support(int c) {
        int n = 0;
        for (int p : counts[index("class", c)]) {
            n += p;
        }
        return n;
    }

    /** How many samples were predicted as class {@code c}. */
    public int predicted(int c) {
        int n = 0;
        for (int[] row : counts) {
            n += row[index("class", c)];
        }
        return n;
    }

    /** {@code TP / (TP + FP)} of class {@code c}: of the samples predicted as {@code c}, the fraction that are. */
    public double precision(int c) {
        return ratio(counts[index("class", c)][c], predicted(c));
    }

    /** {@code TP / (TP + FN)} of class {@code c}: of the samples of class {@code c}, the fraction found. */
    public double recall(int c) {
        return ratio(counts[index("class", c)][c], support(c));
    }

    /** {@code 2PR / (P + R)} of class {@code c}, which equals {@code 2TP / (2TP + FP + FN)}. */
    public double f1(int c) {
        int tp = counts[index("class", c)][c];
        return ratio(2 * tp, support(c) + predicted(c));
    }

    /** The precision of every class. */
    public double[] precisions() {
        return perClass(this::precision);
    }

    /** The recall of every class. */
    public double[] recalls() {
        return perClass(this::recall);
    }

    /** The F1 of every class. */
    public double[] f1s() {
        return perClass(this::f1);
    }

    /** A table of precision, recall, F1 and support per class, and the accuracy (as scikit-learn's report). */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%8s %9s %9s %9s %9s%n",
                "class", "precision", "recall", "f1", "support"));
        for (int c = 0; c < counts.length; c++) {
            sb.append(String.format(Locale.ROOT, "%8d %9.4f %9.4f %9.4f %9d%n", c, precision(c), recall(c), f1(c),
                    support(c)));
        }
        return sb.append(String.format(Locale.ROOT, "%8s %29.4f %9d", "accuracy", accuracy(), total())).toString();
    }

    /** Equal when the counts are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    /** The counts as a table, rows the true classes and columns the predicted ones. */
    @Override
    public String toString() {
        int width = Math.max(4, String.valueOf(Math.max(counts.length - 1, maxCount())).length() + 1);
        StringBuilder sb = new StringBuilder("true \\ predicted\n").append(" ".repeat(width));
        for (int p = 0; p < counts.length; p++) {
            sb.append(pad(String.valueOf(p), width));
        }
        for (int t = 0; t < counts.length; t++) {
            sb.append('\n').append(pad(String.valueOf(t), width));
            for (int p = 0; p < counts.length; p++) {
                sb.append(pad(String.valueOf(counts[t][p]), width));
            }
        }
        return sb.toString();
    }

    private int maxCount() {
        int m = 0;
        for (int[] row : counts) {
            for (int c : row) {
                m = Math.max(m, c);
            }
        }
        return m;
    }

    private static String pad(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }

    private int index(String what, int c) {
        if (c < 0 || c >= counts.length) {
            throw new IndexOutOfBoundsException(what + " " + c + " is outside 0.." + (counts.length - 1));
        }
        return c;
    }

    private double[] perClass(java.util.function.IntToDoubleFunction f) {
        double[] out = new double[counts.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = f.applyAsDouble(c);
        }
        return out;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
