package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/**
 * {@code ½ Σ (ŷ - y)²} (seeds 001 and 004). δ: {@code ŷ - y}.
 *
 * <pre>{@code
 * Tensor yhat = Tensor.param("yhat", 0.5490);
 * new HalfSumSquaredError().apply(yhat, Tensor.of(1.0)).grad().of(yhat);   // ŷ - y = -0.451
 * }</pre>
 */
public record HalfSumSquaredError() implements Loss {
    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("½SSE", prediction, target);
        return prediction.sub(target).square().sum().mul(0.5);
    }

    @Override
    public String describe() {
        return "½SSE";
    }
}
