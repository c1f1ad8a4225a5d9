package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/**
 * A scalar measure of how far predictions are from targets, built from tensor ops so that its gradient — the
 * output δ of the seeds — comes from reverse mode. A loss that needs to know where the samples are (softmax
 * cross-entropy: which axis holds a sample's classes) reads it from {@link #apply(Tensor, Tensor, Layout)}, to which
 * the trainer passes its model's layout; the others treat every element alike.
 *
 * <pre>{@code
 * Loss loss = new BinaryCrossEntropy();
 * Tensor L = loss.apply(yhat, y);
 * Tensor delta = L.grad().of(yhat);    // (ŷ - y) / (ŷ(1 - ŷ)) / n
 * }</pre>
 */
public interface Loss {
    /** The loss of {@code prediction} against {@code target} (same shapes), samples as rows, a scalar. */
    Tensor apply(Tensor prediction, Tensor target);

    /**
     * The loss with samples laid out as {@code layout}: the same as {@link #apply(Tensor, Tensor)} for losses that
     * treat every element alike.
     */
    default Tensor apply(Tensor prediction, Tensor target, Layout layout) {
        return apply(prediction, target);
    }

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
