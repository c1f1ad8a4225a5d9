package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Tensor;

/**
 * {@code mean((ŷ - y)²)} over all elements ({@link Functional#mse}). δ: {@code 2(ŷ - y) / n}.
 *
 * <pre>{@code
 * Tensor yhat = Tensor.param("yhat", 0.8, 0.3);
 * Tensor L = new MeanSquaredError().apply(yhat, Tensor.of(1.0, 0.0));   // 0.065
 * L.grad().of(yhat);                                                     // [-0.2, 0.3]
 * }</pre>
 */
public record MeanSquaredError() implements Loss {
    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("MSE", prediction, target);
        return Functional.mse(prediction, target);
    }

    @Override
    public String describe() {
        return "MSE";
    }
}
