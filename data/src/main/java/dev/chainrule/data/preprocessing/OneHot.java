package dev.chainrule.data.preprocessing;

import java.util.Arrays;

/**
 * One-hot encoding of class labels and back: label {@code c} becomes a row with 1 in the column of {@code c} and 0
 * elsewhere, as {@code OneHotEncoder} or {@code np.eye(k)[y]}. Immutable.
 *
 * <pre>{@code
 * OneHot oneHot = OneHot.fit(new int[] {2, 0, 1, 2});   // categories [0, 1, 2]
 * double[][] t = oneHot.encode(new int[] {2, 0});       // [[0, 0, 1], [1, 0, 0]]
 * int[] back = oneHot.decode(t);                        // [2, 0]
 * int[] predicted = oneHot.decode(softmaxOutputs);      // the most probable class of each row
 * }</pre>
 *
 * <p>The columns are the categories in increasing order. {@link #decode} picks the column with the largest value
 * (the first one on ties), so it also turns predicted probabilities into classes.
 */
public final class OneHot {
    private final int[] categories;

    private OneHot(int[] categories) {
        this.categories = categories;
    }

    /** The categories are the distinct labels, sorted. */
    public static OneHot fit(int[] labels) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("OneHot: no labels to fit");
        }
        return new OneHot(Arrays.stream(labels).distinct().sorted().toArray());
    }

    /** The categories {@code 0, 1, …, classes - 1}. */
    public static OneHot ofClasses(int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("OneHot: classes must be >= 1, got " + classes);
        }
        int[] c = new int[classes];
        Arrays.setAll(c, i -> i);
        return new OneHot(c);
    }

    /** The categories, one per column, in increasing order. */
    public int[] categories() {
        return categories.clone();
    }

    /** The number of columns. */
    public int size() {
        return categories.length;
    }

    /** One row per label; fails on a label that is not a category. */
    public double[][] encode(int[] labels) {
        double[][] out = new double[labels.length][categories.length];
        for (int i = 0; i < labels.length; i++) {
            int column = Arrays.binarySearch(categories, labels[i]);
            if (column < 0) {
                throw new IllegalArgumentException("OneHot: label " + labels[i] + " in row " + i
                        + " is not one of the categories " + Arrays.toString(categories));
            }
            out[i][column] = 1.0;
        }
        return out;
    }

    /** The category of each row's largest entry (the first on ties). */
    public int[] decode(double[][] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != categories.length) {
                throw new IllegalArgumentException("OneHot: row " + i + " has " + rows[i].length
                        + " values but there are " + categories.length + " categories");
            }
            int best = 0;
            for (int j = 1; j < rows[i].length; j++) {
                if (rows[i][j] > rows[i][best]) {
                    best = j;
                }
            }
            if (Arrays.stream(rows[i]).anyMatch(Double::isNaN)) {
                throw new IllegalArgumentException("OneHot: row " + i + " contains NaN");
            }
            out[i] = categories[best];
        }
        return out;
    }

    @Override
    public String toString() {
        return "OneHot" + Arrays.toString(categories);
    }
}
