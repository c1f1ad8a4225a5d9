package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/** {@code mean((ŷ - y)²)} over all elements. δ: {@code 2(ŷ - y) / n}. */
public record MeanSquaredError() implements Loss {
    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("MSE", prediction, target);
        return prediction.sub(target).square().mean();
    }

    @Override
    public String describe() {
        return "MSE";
    }
}
