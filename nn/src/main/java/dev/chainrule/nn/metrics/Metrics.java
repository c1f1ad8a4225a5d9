package dev.chainrule.nn.metrics;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/**
 * Classification metrics from true and predicted class indices ({@code 0, 1, ...}, one per sample), and the
 * conversions from model outputs to such indices. Every method checks its arguments and fails with a message naming
 * the one that is wrong: labels of different lengths, no labels at all, a negative label.
 *
 * <pre>{@code
 * int[] yTrue = {0, 1, 1, 0};
 * int[] yPred = Metrics.threshold(net.forward(params, X));   // one sigmoid output per sample
 * Metrics.accuracy(yTrue, yPred);                           // e.g. 0.75
 * Metrics.recall(yTrue, yPred);                             // per class, e.g. [1.0, 0.5]
 * }</pre>
 */
public final class Metrics {
    private Metrics() {
    }

    /** The fraction of samples whose predicted class is the true one. */
    public static double accuracy(int[] yTrue, int[] yPred) {
        check(yTrue, yPred, -1);
        int right = 0;
        for (int i = 0; i < yTrue.length; i++) {
            right += yTrue[i] == yPred[i] ? 1 : 0;
        }
        return (double) right / yTrue.length;
    }

    /** The confusion matrix over classes {@code 0..m}, where {@code m} is the largest label in either array. */
    public static ConfusionMatrix confusionMatrix(int[] yTrue, int[] yPred) {
        check(yTrue, yPred, -1);
        int max = 0;
        for (int i = 0; i < yTrue.length; i++) {
            max = Math.max(max, Math.max(yTrue[i], yPred[i]));
        }
        return count(yTrue, yPred, max + 1);
    }

    /** The confusion matrix over classes {@code 0..classes-1}; a label outside that range is an error. */
    public static ConfusionMatrix confusionMatrix(int[] yTrue, int[] yPred, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("confusion matrix: classes must be >= 1, got " + classes);
        }
        check(yTrue, yPred, classes);
        return count(yTrue, yPred, classes);
    }

    /** Precision of each class, {@code TP / (TP + FP)}; 0 for a class that is never predicted. */
    public static double[] precision(int[] yTrue, int[] yPred) {
        return confusionMatrix(yTrue, yPred).precisions();
    }

    /** Recall of each class, {@code TP / (TP + FN)}; 0 for a class that never occurs. */
    public static double[] recall(int[] yTrue, int[] yPred) {
        return confusionMatrix(yTrue, yPred).recalls();
    }

    /** F1 of each class, the harmonic mean of its precision and recall; 0 when both are 0. */
    public static double[] f1(int[] yTrue, int[] yPred) {
        return confusionMatrix(yTrue, yPred).f1s();
    }

    /**
     * The class of each sample: the index of its largest output (the first one on ties, as NumPy's {@code argmax}).
     * Samples are the rows or the columns of {@code scores}, as {@code layout} says; a vector is one sample.
     *
     * @throws IllegalArgumentException if a sample has only one output (use {@link #threshold}) or a NaN output
     */
    public static int[] argmax(Tensor scores, Layout layout) {
        if (scores.rank() == 0) {
            throw new IllegalArgumentException("argmax: a scalar output has one class only; for a single sigmoid output"
                    + " use threshold");
        }
        int[] dims = scores.rank() == 1 ? new int[] {1, scores.size()} : scores.shape().dims();
        boolean rows = scores.rank() == 1 || layout == Layout.SAMPLES_AS_ROWS;
        int samples = rows ? dims[0] : dims[1];
        int classes = rows ? dims[1] : dims[0];
        if (classes < 2) {
            throw new IllegalArgumentException("argmax: outputs of shape " + scores.shape() + " have " + classes
                    + " value per sample (" + layout + "), which always gives class 0; for a single sigmoid output use"
                    + " threshold");
        }
        double[] data = scores.toArray();
        int[] out = new int[samples];
        for (int s = 0; s < samples; s++) {
            int best = 0;
            for (int c = 0; c < classes; c++) {
                double v = data[rows ? s * classes + c : c * samples + s];
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("argmax: output " + c + " of sample " + s + " is NaN");
                }
                if (v > data[rows ? s * classes + best : best * samples + s]) {
                    best = c;
                }
            }
            out[s] = best;
        }
        return out;
    }

    /**
     * Class 1 where the probability is above 0.5, else 0 (exactly 0.5 is class 0, as in scikit-learn). The outputs
     * must hold one value per sample: a scalar, a vector, an {@code n x 1} column (samples as rows) or a
     * {@code 1 x n} row (samples as columns).
     */
    public static int[] threshold(Tensor probabilities) {
        return threshold(probabilities, 0.5);
    }

    /** Class 1 where the output is above {@code cut}, else 0; shapes as for {@link #threshold(Tensor)}. */
    public static int[] threshold(Tensor outputs, double cut) {
        if (Double.isNaN(cut)) {
            throw new IllegalArgumentException("threshold: cut is NaN");
        }
        if (outputs.rank() == 2 && outputs.shape().rows() != 1 && outputs.shape().cols() != 1) {
            throw new IllegalArgumentException("threshold: outputs of shape " + outputs.shape() + " have more than one"
                    + " value per sample; threshold needs one probability per sample (use argmax for several classes)");
        }
        double[] data = outputs.toArray();
        int[] out = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            if (Double.isNaN(data[i])) {
                throw new IllegalArgumentException("threshold: the output of sample " + i + " is NaN");
            }
            out[i] = data[i] > cut ? 1 : 0;
        }
        return out;
    }

    private static ConfusionMatrix count(int[] yTrue, int[] yPred, int classes) {
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < yTrue.length; i++) {
            counts[yTrue[i]][yPred[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** Same non-zero length, labels {@code >= 0} and, when {@code classes > 0}, below {@code classes}. */
    private static void check(int[] yTrue, int[] yPred, int classes) {
        if (yTrue == null || yPred == null) {
            throw new IllegalArgumentException((yTrue == null ? "yTrue" : "yPred") + " is null");
        }
        if (yTrue.length != yPred.length) {
            throw new IllegalArgumentException("yTrue has " + yTrue.length + " labels but yPred has " + yPred.length
                    + ": they must have one label per sample each");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("yTrue and yPred are empty: there are no samples to score");
        }
        checkLabels("yTrue", yTrue, classes);
        checkLabels("yPred", yPred, classes);
    }

    private static void checkLabels(String name, int[] labels, int classes) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + labels[i]
                        + ": labels must be class indices >= 0");
            }
            if (classes > 0 && labels[i] >= classes) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + labels[i] + ", outside 0.." + (classes - 1)
                        + " (" + classes + " classes)");
            }
        }
    }
}
