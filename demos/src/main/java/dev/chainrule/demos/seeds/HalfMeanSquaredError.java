package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.MeanSquaredError;

/**
 * {@code ½ (ŷ − y)²} averaged over the samples: half of nn's {@link MeanSquaredError}. It is the TensorFlow
 * Playground's loss (its {@code Errors.SQUARE}, with labels ±1 and a tanh output; seed 002, Exercise 3), so that a
 * step of SGD with learning rate η on a batch moves the weights as the Playground's does
 * ({@code η · mean (ŷ − y) · ∂ŷ/∂w}) and the loss reported is the one it shows; and it is seed 004's
 * {@code C = ½(ŷ − y)²} of one sample, averaged when a whole data set is scored. (nn's {@code HalfSumSquaredError}
 * sums instead, so its value on a test set grows with the number of samples.)
 *
 * <pre>{@code
 * Tensor out = Tensor.param("out", 0.8, -0.6);
 * new HalfMeanSquaredError().apply(out, Tensor.of(1.0, -1.0));   // (½·0.04 + ½·0.16) / 2 = 0.05
 * }</pre>
 */
record HalfMeanSquaredError() implements Loss {
    private static final Loss MSE = new MeanSquaredError();

    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        return MSE.apply(prediction, target).mul(0.5);
    }

    @Override
    public String describe() {
        return "½ mean (ŷ − y)²";
    }
}
