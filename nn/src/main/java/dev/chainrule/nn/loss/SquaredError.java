package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/** {@code Σ (y - ŷ)²} (seed 000). δ: {@code 2(ŷ - y)}. */
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
