package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/**
 * A scalar measure of how far predictions are from targets, built from tensor ops so that its gradient — the
 * output δ of the seeds — comes from reverse mode.
 *
 * <pre>{@code
 * Loss loss = new BinaryCrossEntropy();
 * Tensor L = loss.apply(yhat, y);
 * Tensor delta = L.grad().of(yhat);    // (ŷ - y) / (ŷ(1 - ŷ)) / n
 * }</pre>
 */
public interface Loss {
    /** The loss of {@code prediction} against {@code target} (shapes must broadcast), a scalar. */
    Tensor apply(Tensor prediction, Tensor target);

    /** A short description, e.g. {@code MSE}. */
    String describe();

    /** Fails naming the loss when the shapes of prediction and target differ. */
    static void requireSameShape(String loss, Tensor prediction, Tensor target) {
        if (!prediction.shape().equals(target.shape())) {
            throw new IllegalArgumentException(loss + ": prediction has shape " + prediction.shape()
                    + " but target has shape " + target.shape());
        }
    }
}
