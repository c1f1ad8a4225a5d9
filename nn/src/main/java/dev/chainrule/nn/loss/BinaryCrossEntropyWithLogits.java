package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/**
 * Binary cross-entropy of logits {@code x}, computed stably as {@code mean(max(x, 0) - x·y + log(1 + e^-|x|))}.
 * δ: {@code (σ(x) - y) / n}.
 */
public record BinaryCrossEntropyWithLogits() implements Loss {
    @Override
    public Tensor apply(Tensor logits, Tensor target) {
        Loss.requireSameShape("BCE with logits", logits, target);
        Tensor softplusOfMinusAbs = logits.abs().neg().exp().add(1.0).log();
        return logits.relu().sub(logits.mul(target)).add(softplusOfMinusAbs).mean();
    }

    @Override
    public String describe() {
        return "BCE with logits";
    }
}
