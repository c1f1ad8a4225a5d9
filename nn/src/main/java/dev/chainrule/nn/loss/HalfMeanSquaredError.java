package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Tensor;

/**
 * {@code ½ mean((ŷ - y)²)}: the TensorFlow Playground's loss (its {@code SQUARE} error {@code ½(ŷ - y)²} averaged
 * over the points) and scikit-learn's {@code squared_loss} of {@code MLPRegressor}. δ: {@code (ŷ - y) / n}.
 *
 * <pre>{@code
 * Tensor yhat = Tensor.param("yhat", 0.8, -0.6);
 * Tensor L = new HalfMeanSquaredError().apply(yhat, Tensor.of(1.0, -1.0));   // ½ (0.04 + 0.16) / 2 = 0.05
 * L.grad().of(yhat);                                                         // [-0.1, 0.2]
 * }</pre>
 */
public record HalfMeanSquaredError() implements Loss {
    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("½MSE", prediction, target);
        return Functional.mse(prediction, target).mul(0.5);
    }

    @Override
    public String describe() {
        return "½MSE";
    }
}
