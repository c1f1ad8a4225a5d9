package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/**
 * {@code Σ (y - ŷ)²} (seed 000). δ: {@code 2(ŷ - y)}.
 *
 * <pre>{@code
 * Tensor yhat = Tensor.param("yhat", 0.4);
 * new SquaredError().apply(yhat, Tensor.of(1.0)).grad().of(yhat);          // 2(ŷ - y) = -1.2
 * }</pre>
 */
public record SquaredError() implements Loss {
    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("squared error", prediction, target);
        return target.sub(prediction).square().sum();
    }

    @Override
    public String describe() {
        return "squared error";
    }
}
