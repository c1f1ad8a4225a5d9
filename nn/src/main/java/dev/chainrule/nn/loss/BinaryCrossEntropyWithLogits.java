package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/**
 * Binary cross-entropy of logits {@code x}, computed stably as {@code mean(max(x, 0) - x·y + log(1 + e^-|x|))}.
 * δ: {@code (σ(x) - y) / n}. {@code max(x, 0)} is written {@code (x + |x|) / 2}, whose rule gives ½ at 0: with
 * {@code relu} (rule 0 at 0) the δ of a logit of exactly 0 — every logit of a zero-initialised output layer — would
 * be {@code -y / n} instead of {@code (½ - y) / n}.
 *
 * <pre>{@code
 * Tensor logits = Tensor.param("z", 0.0, 2.0);
 * Tensor L = new BinaryCrossEntropyWithLogits().apply(logits, Tensor.of(1.0, 0.0));
 * L.grad().of(logits);                 // (σ(z) - y) / 2 = [-0.25, 0.4404]
 * }</pre>
 */
public record BinaryCrossEntropyWithLogits() implements Loss {
    @Override
    public Tensor apply(Tensor logits, Tensor target) {
        Loss.requireSameShape("BCE with logits", logits, target);
        Tensor softplusOfMinusAbs = logits.abs().neg().exp().add(1.0).log();
        Tensor positivePart = logits.add(logits.abs()).mul(0.5);
        return positivePart.sub(logits.mul(target)).add(softplusOfMinusAbs).mean();
    }

    @Override
    public String describe() {
        return "BCE with logits";
    }
}
