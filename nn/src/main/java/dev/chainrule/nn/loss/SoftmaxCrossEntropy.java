package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/**
 * Softmax followed by cross-entropy, fused and stable: {@code -Σ y ⊙ log_softmax(z)}, summed or averaged over the
 * samples. Targets are one-hot tensors (or any probability rows/columns), or class indices via
 * {@link #apply(Tensor, int[], Layout)}. δ: {@code softmax(z) - y}, divided by the number of samples for the mean.
 * The classes of a sample lie along a row when samples are rows and along a column when they are columns: the
 * layout is the model's, which the trainer passes to {@link #apply(Tensor, Tensor, Layout)}; without one, samples
 * are rows (PyTorch's {@code F.cross_entropy}).
 *
 * <pre>{@code
 * Tensor logits = Tensor.param("z", new double[][] {{2.0, 0.5, -1.0}, {0.1, 0.2, 3.0}});
 * Tensor L = new SoftmaxCrossEntropy().apply(logits, new int[] {0, 2});                   // mean over 2 samples
 * Tensor S = SoftmaxCrossEntropy.summed().apply(logits.transpose(), new int[] {0, 2}, Layout.SAMPLES_AS_COLUMNS);
 * }</pre>
 *
 * @param mean average over samples (true) or sum (false)
 */
public record SoftmaxCrossEntropy(boolean mean) implements Loss {
    /** Averaged over the samples: PyTorch's {@code F.cross_entropy}. */
    public SoftmaxCrossEntropy() {
        this(true);
    }

    /** Summed over the samples (seed 001's {@code E}). */
    public static SoftmaxCrossEntropy summed() {
        return new SoftmaxCrossEntropy(false);
    }

    /** The loss with samples as rows. */
    @Override
    public Tensor apply(Tensor logits, Tensor target) {
        return apply(logits, target, Layout.SAMPLES_AS_ROWS);
    }

    @Override
    public Tensor apply(Tensor logits, Tensor target, Layout layout) {
        Loss.requireSameShape("softmax cross-entropy", logits, target);
        int axis = logits.rank() == 1 ? 0 : layout.featureAxis();
        Tensor total = target.mul(logits.logSoftmax(axis)).sum().neg();
        int samples = logits.rank() == 1 ? 1 : logits.shape().dims()[layout.sampleAxis()];
        return mean ? total.div(samples) : total;
    }

    /** The loss against class indices {@code 0..C-1}, one per sample, with samples as rows. */
    public Tensor apply(Tensor logits, int[] classes) {
        return apply(logits, classes, Layout.SAMPLES_AS_ROWS);
    }

    /** The loss against class indices {@code 0..C-1}, one per sample laid out as {@code layout}. */
    public Tensor apply(Tensor logits, int[] classes, Layout layout) {
        return apply(logits, oneHot(logits, classes, layout), layout);
    }

    private static Tensor oneHot(Tensor logits, int[] classes, Layout layout) {
        if (logits.rank() != 2) {
            throw new IllegalArgumentException("softmax cross-entropy: class indices need a matrix of logits, got shape "
                    + logits.shape());
        }
        int[] dims = logits.shape().dims();
        int samples = dims[layout.sampleAxis()];
        int k = dims[layout.featureAxis()];
        if (classes.length != samples) {
            throw new IllegalArgumentException("softmax cross-entropy: " + classes.length + " labels for " + samples
                    + " samples");
        }
        double[] data = new double[samples * k];
        for (int i = 0; i < samples; i++) {
            if (classes[i] < 0 || classes[i] >= k) {
                throw new IllegalArgumentException("softmax cross-entropy: label " + classes[i] + " of sample " + i
                        + " is outside 0.." + (k - 1));
            }
            data[layout == Layout.SAMPLES_AS_ROWS ? i * k + classes[i] : classes[i] * samples + i] = 1.0;
        }
        return Tensor.of(logits.shape(), data);
    }

    @Override
    public String describe() {
        return "softmax cross-entropy (" + (mean ? "mean" : "sum") + ")";
    }
}
