package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/**
 * Softmax followed by cross-entropy, fused and stable: {@code -Σ y ⊙ log_softmax(z)}, summed or averaged over the
 * samples. Targets are one-hot tensors (or any probability rows/columns), or class indices via {@link #apply(Tensor, int[])}.
 * δ: {@code softmax(z) - y}, divided by the number of samples for the mean.
 *
 * <pre>{@code
 * Loss ce = new SoftmaxCrossEntropy(Layout.SAMPLES_AS_ROWS, true);
 * Tensor L = ((SoftmaxCrossEntropy) ce).apply(logits, new int[] {0, 2, 1});
 * }</pre>
 *
 * @param layout where the samples are (classes along the other axis)
 * @param mean   average over samples (true) or sum (false)
 */
public record SoftmaxCrossEntropy(Layout layout, boolean mean) implements Loss {
    /** Samples as rows, averaged: PyTorch's {@code F.cross_entropy}. */
    public SoftmaxCrossEntropy() {
        this(Layout.SAMPLES_AS_ROWS, true);
    }

    @Override
    public Tensor apply(Tensor logits, Tensor target) {
        Loss.requireSameShape("softmax cross-entropy", logits, target);
        int axis = logits.rank() == 1 ? 0 : layout.featureAxis();
        Tensor total = target.mul(logits.logSoftmax(axis)).sum().neg();
        int samples = logits.rank() == 1 ? 1 : logits.shape().dims()[layout.sampleAxis()];
        return mean ? total.div(samples) : total;
    }

    /** The loss against class indices {@code 0..C-1}, one per sample. */
    public Tensor apply(Tensor logits, int[] classes) {
        return apply(logits, oneHot(logits, classes));
    }

    private Tensor oneHot(Tensor logits, int[] classes) {
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
